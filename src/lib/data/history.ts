/**
 * A site's status history: the rules `check:data` enforces (events oldest first; the last event
 * matches the current status) and the rows the panel and the downloads show. Pure.
 */
import { dateSortKey, parseEventDate, type EventDate } from './dates';
import type { HistoryEvent, HistoryEventKind, SiteFeature, Status } from './schema';

/**
 * The current status each last event allows. A project that is announced may be `announced` or,
 * once its plans are detailed, `planned`; a permit leads to a `planned` plant or an `exploration`
 * site. `paused`, `cancelled` and `ended` have no current status yet: a site whose last event is
 * one of them cannot be shown as active.
 */
export const EVENT_STATUSES: Record<HistoryEventKind, readonly Status[]> = {
	announced: ['announced', 'planned'],
	permitted: ['planned', 'exploration'],
	construction: ['under-construction'],
	operating: ['operating'],
	paused: [],
	cancelled: [],
	ended: []
};

type Format = (file: string, id: string, path: string, message: string) => string;

/** `file › id › properties.history[n].field` for each broken rule. */
export function historyErrors(sites: SiteFeature[], file: string, format: Format): string[] {
	const errors: string[] = [];
	for (const { properties: p } of sites) {
		const history = p.history ?? [];
		let previous = -Infinity;
		history.forEach((event, n) => {
			const key = dateSortKey(parseEventDate(event.date)!);
			if (key < previous) errors.push(format(file, p.id, `properties.history[${n}].date`, `"${event.date}" is earlier than the event before it; list events oldest first`));
			previous = Math.max(previous, key);
		});
		const last = history.at(-1);
		if (last && !EVENT_STATUSES[last.event].includes(p.status)) {
			const allowed = EVENT_STATUSES[last.event];
			const expected = allowed.length ? `status ${allowed.map((s) => `"${s}"`).join(' or ')}` : 'no current status (the site is not active)';
			errors.push(
				format(
					file,
					p.id,
					`properties.history[${history.length - 1}].event`,
					`the last event "${last.event}" means ${expected}, but properties.status is "${p.status}"`
				)
			);
		}
	}
	return errors;
}

export type HistoryRow = { event: HistoryEventKind; date: EventDate; raw: string; source: HistoryEvent };

/** The events with their parsed dates, oldest first (the data file's order). */
export function historyRows(history: HistoryEvent[] | undefined): HistoryRow[] {
	return (history ?? []).map((e) => ({ event: e.event, date: parseEventDate(e.date)!, raw: e.date, source: e }));
}

/** One line per site for the CSV: `operating 2022-12; paused ~2014 (uncertain)`. */
export function historyText(history: HistoryEvent[] | undefined): string {
	return historyRows(history)
		.map((r) => `${r.event} ${r.raw}${r.date.uncertain ? ' (uncertain)' : ''}`)
		.join('; ');
}
