/**
 * The years of "as of" that the first view needs without the as-of code itself (./asof, a chunk
 * fetched when a year is asked for): today as a day stamp, and the slider's range from the span of
 * the data's dated history, which the build computes (`historySpan` in ./asof, sent with the map
 * geometry) so the browser parses no date until a year is asked for.
 */

/** A calendar day as a comparable number, e.g. 2026-12-01 → 20261201. */
export type DayStamp = number;

export function dayStamp(date: Date): DayStamp {
	return date.getUTCFullYear() * 10_000 + (date.getUTCMonth() + 1) * 100 + date.getUTCDate();
}

/** The first and the last year that the dated history of the data names (null: no dated history). */
export type YearSpan = { first: number; last: number };

/** The slider's range: the first event's year to the last year any event names, at least this year. */
export function sliderYears(span: YearSpan | null, today: DayStamp): { min: number; max: number } | null {
	if (!span) return null;
	const max = Math.max(span.last, Math.floor(today / 10_000));
	return { min: Math.min(span.first, max), max };
}
