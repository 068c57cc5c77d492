/**
 * "As of": the status a site had in a given year, from its dated history.
 * - A site is hidden before its first event (not yet announced).
 * - An event counts from the end of its year: as of 2021, everything dated 2021 or earlier has happened.
 * - Approximate dates are read conservatively: "~2014" counts from 2014 and is marked uncertain;
 *   "2019 or 2024" (or any text naming several years) counts only from the latest year named.
 * - Nothing dated after today has happened, whatever year is asked: a planned opening never
 *   shows a site as operating.
 */
import type { Status } from '$lib/data/schema';

export const EVENT_KINDS = ['announced', 'permitted', 'construction', 'operating', 'paused', 'cancelled', 'ended'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** The status an event puts a site in; null: the site is no longer part of the network then (hidden). */
export const EVENT_STATUS: Record<EventKind, Status | null> = {
	announced: 'announced',
	permitted: 'planned',
	construction: 'under-construction',
	operating: 'operating',
	paused: null,
	cancelled: null,
	ended: null
};

/** What the resolver needs of a history event. */
export type DatedEvent = { kind: EventKind; date: string };

export type EventDate = {
	/** The year from which the event is taken to have happened (the latest year the text names). */
	year: number;
	/** 1-12 when given. */
	month: number | null;
	day: number | null;
	/** Written as approximate ("~2014", "c. 2014") or as alternatives ("2019 or 2024"). */
	approximate: boolean;
};

/** A calendar day as a comparable number, e.g. 2026-12-01 → 20261201. */
export type DayStamp = number;

export function dayStamp(date: Date): DayStamp {
	return date.getUTCFullYear() * 10_000 + (date.getUTCMonth() + 1) * 100 + date.getUTCDate();
}

const EXACT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Reads YYYY, YYYY-MM, YYYY-MM-DD, or approximate text naming years; null when no year is named. */
export function parseEventDate(text: string): EventDate | null {
	const trimmed = text.trim();
	const exact = EXACT.exec(trimmed);
	if (exact) {
		const month = exact[2] ? Number(exact[2]) : null;
		const day = exact[3] ? Number(exact[3]) : null;
		if ((month !== null && (month < 1 || month > 12)) || (day !== null && (day < 1 || day > 31))) return null;
		return { year: Number(exact[1]), month, day, approximate: false };
	}
	const years = [...trimmed.matchAll(/(?<!\d)(\d{4})(?!\d)/g)].map((m) => Number(m[1]));
	if (years.length === 0) return null;
	return { year: Math.max(...years), month: null, day: null, approximate: true };
}

/** The earliest day an event dated like this may have happened on (the first of its month or year). */
function earliestDay(date: EventDate): DayStamp {
	return date.year * 10_000 + (date.month ?? 1) * 100 + (date.day ?? 1);
}

export type AsofResult =
	/** Shown in this status; `uncertain` when the deciding event's date is approximate. */
	| { kind: 'shown'; status: Status; event: EventKind | null; uncertain: boolean }
	/** Not yet announced, or cancelled/ended/paused by then. */
	| { kind: 'hidden'; event: EventKind | null }
	/** No dated history: the year it entered the network is not known. */
	| { kind: 'undated' };

/**
 * The site's standing as of the end of `year`, given today. Events are taken in date order
 * (the history's own order among equal dates).
 */
export function statusAsOf(history: readonly DatedEvent[] | undefined, year: number, today: DayStamp): AsofResult {
	const dated = (history ?? []).flatMap((event, order) => {
		const date = parseEventDate(event.date);
		return date ? [{ event, date, order }] : [];
	});
	if (dated.length === 0) return { kind: 'undated' };
	dated.sort((a, b) => a.date.year - b.date.year || earliestDay(a.date) - earliestDay(b.date) || a.order - b.order);
	let last: (typeof dated)[number] | null = null;
	for (const entry of dated) {
		if (entry.date.year > year || earliestDay(entry.date) > today) break;
		last = entry;
	}
	if (!last) return { kind: 'hidden', event: null };
	const status = EVENT_STATUS[last.event.kind];
	return status ? { kind: 'shown', status, event: last.event.kind, uncertain: last.date.approximate } : { kind: 'hidden', event: last.event.kind };
}

/**
 * As `statusAsOf`, for a site whose current status is known: a site without dated history is
 * shown in its current status from the current year on (that much is known today) and counted
 * as undated before it.
 */
export function siteAsOf(history: readonly DatedEvent[] | undefined, current: Status, year: number, today: DayStamp): AsofResult {
	const result = statusAsOf(history, year, today);
	if (result.kind !== 'undated' || year < Math.floor(today / 10_000)) return result;
	return { kind: 'shown', status: current, event: null, uncertain: false };
}

/** The slider's range: the first event's year to the last year any event names (planned dates included). */
export function historyYears(histories: Iterable<readonly DatedEvent[] | undefined>, today: DayStamp): { min: number; max: number } | null {
	let min = Infinity;
	let max = Math.floor(today / 10_000);
	for (const history of histories) {
		for (const event of history ?? []) {
			const date = parseEventDate(event.date);
			if (!date) continue;
			min = Math.min(min, date.year);
			max = Math.max(max, date.year);
		}
	}
	return Number.isFinite(min) ? { min, max } : null;
}

export type AsofSummary = { shown: number; byStatus: Map<Status, number>; undated: number };

/** The counts the live region announces ("As of 2021: 9 sites, 5 operating"). */
export function summarise(results: Iterable<AsofResult>): AsofSummary {
	const summary: AsofSummary = { shown: 0, byStatus: new Map(), undated: 0 };
	for (const r of results) {
		if (r.kind === 'shown') {
			summary.shown++;
			summary.byStatus.set(r.status, (summary.byStatus.get(r.status) ?? 0) + 1);
		} else if (r.kind === 'undated') summary.undated++;
	}
	return summary;
}
