/**
 * "As of": the status a site had in a given year, from its dated history (`properties.history`,
 * oldest first, as check:data enforces).
 * - A site is hidden before its first event (not yet announced).
 * - An event counts from the end of its year: as of 2021, everything dated 2021 or earlier has happened.
 * - Uncertain dates never overclaim: a step forward ("operating ~2014", "2019-09-19 or 2024-09-19")
 *   counts from the latest year the text allows, a stop (paused, cancelled, ended) from the earliest.
 *   A status decided by an approximate or alternative date is marked uncertain.
 * - Nothing dated after today has happened, whatever year is asked: a planned opening never
 *   shows a site as operating.
 */
import type { HistoryEventKind, Status } from '$lib/data/schema';
import { EVENT_STATUSES } from '$lib/data/history';
import { parseEventDate as parseDate } from '$lib/data/dates';
import { sliderYears, type DayStamp, type YearSpan } from './asof-years';

/** The data's event kinds (schema HISTORY_EVENTS). */
export type EventKind = HistoryEventKind;

const STOPS: ReadonlySet<EventKind> = new Set(['paused', 'cancelled', 'ended']);

/** What the resolver needs of a history event (the data's `{ event, date, … }`). */
export type DatedEvent = { event: EventKind; date: string };

export type EventDate = {
	/** Earliest and latest year the text allows (equal for a plain date). */
	first: number;
	last: number;
	/** Month and day of a plain date, when given. */
	month: number | null;
	day: number | null;
	/** Written as approximate ("~2014") or as alternatives ("2019 or 2024"). */
	uncertain: boolean;
};

/** The years an event's date allows, read by the data's one date parser (data/dates.ts); null when it is not a valid date. */
export function eventYears(text: string): EventDate | null {
	// Scrubbing the slider asks again for every site at every step: each text is read once.
	const known = readDates.get(text);
	if (known !== undefined) return known;
	const read = readEventYears(text);
	if (readDates.size < 100_000) readDates.set(text, read);
	return read;
}

const readDates = new Map<string, EventDate | null>();

function readEventYears(text: string): EventDate | null {
	const date = parseDate(text);
	if (!date) return null;
	const years = date.options.map((d) => d.year);
	// Month and day matter only for a single date (a planned opening later this year has not happened).
	const only = date.options.length === 1 ? date.options[0] : undefined;
	return { first: Math.min(...years), last: Math.max(...years), month: only?.month ?? null, day: only?.day ?? null, uncertain: date.uncertain };
}

/** The year from which the event counts: forward steps from the latest year allowed, stops from the earliest. */
function countsFrom(event: EventKind, date: EventDate): number {
	return STOPS.has(event) ? date.first : date.last;
}

/** The earliest day the event may have happened on (the first of its month or year). */
function earliestDay(date: EventDate): DayStamp {
	return date.first * 10_000 + (date.month ?? 1) * 100 + (date.day ?? 1);
}

export type AsofResult =
	/** Shown in this status; `uncertain` when the deciding event's date is approximate. */
	| { kind: 'shown'; status: Status; event: EventKind | null; uncertain: boolean }
	/** Not yet announced, or paused/cancelled/ended by then. */
	| { kind: 'hidden'; event: EventKind | null }
	/** No dated history: the year it entered the network is not known. */
	| { kind: 'undated' };

/**
 * The site's standing at the end of `year`, given today. `current`: its status today, which
 * decides between the statuses an event allows (an announced project may be `planned`).
 */
export function statusAsOf(history: readonly DatedEvent[] | undefined, current: Status, year: number, today: DayStamp): AsofResult {
	let dated = 0;
	let decided: { event: EventKind; uncertain: boolean } | null = null;
	// The history's order is its chronology; the last event that has happened by then decides.
	for (const entry of history ?? []) {
		const date = eventYears(entry.date);
		if (!date) continue;
		dated++;
		if (countsFrom(entry.event, date) <= year && earliestDay(date) <= today) decided = { event: entry.event, uncertain: date.uncertain };
	}
	if (dated === 0) return { kind: 'undated' };
	if (!decided) return { kind: 'hidden', event: null };
	const allowed = EVENT_STATUSES[decided.event];
	const status = allowed.includes(current) ? current : allowed[0];
	return status ? { kind: 'shown', status, event: decided.event, uncertain: decided.uncertain } : { kind: 'hidden', event: decided.event };
}

/**
 * As `statusAsOf`, and a site without dated history is shown in its current status from the
 * current year on (that much is known today), counted as undated before it.
 */
export function siteAsOf(history: readonly DatedEvent[] | undefined, current: Status, year: number, today: DayStamp): AsofResult {
	const result = statusAsOf(history, current, year, today);
	if (result.kind !== 'undated' || year < Math.floor(today / 10_000)) return result;
	return { kind: 'shown', status: current, event: null, uncertain: false };
}

/**
 * The years from which a site's standing may change: the year each dated event counts from, and
 * this year (siteAsOf shows an undated site from then). Between two of them every test statusAsOf
 * makes of the year has the same answer, so the standing is the same.
 */
export function turningYears(history: readonly DatedEvent[] | undefined, today: DayStamp): number[] {
	const years = new Set<number>([Math.floor(today / 10_000)]);
	for (const entry of history ?? []) {
		const date = eventYears(entry.date);
		if (date) years.add(countsFrom(entry.event, date));
	}
	return [...years].sort((a, b) => a - b);
}

/** The first and the last year the histories name (computed at build: see ./asof-years). */
export function historySpan(histories: Iterable<readonly DatedEvent[] | undefined>): YearSpan | null {
	let first = Infinity;
	let last = -Infinity;
	for (const history of histories) {
		for (const event of history ?? []) {
			const date = eventYears(event.date);
			if (!date) continue;
			first = Math.min(first, date.first);
			last = Math.max(last, date.last);
		}
	}
	return Number.isFinite(first) ? { first, last } : null;
}

/** The slider's range: the first event's year to the last year any event names, at least this year. */
export function historyYears(histories: Iterable<readonly DatedEvent[] | undefined>, today: DayStamp): { min: number; max: number } | null {
	return sliderYears(historySpan(histories), today);
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
