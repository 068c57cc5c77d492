/**
 * Dates as sources give them: `2022`, `2022-12` or `2022-12-05`, marked `~2014` when a source gives
 * it only approximately, and `2019-09-19 or 2024-09-19` when the sources allow several. Pure, so the
 * schema, the panel and the downloads read them the same way.
 */

export type DatePart = { year: number; month?: number; day?: number };
export type EventDate = {
	/** The dates the sources allow, in the order written (one for a plain date). */
	options: DatePart[];
	/** `~`: the source gives the date only approximately. */
	approximate: boolean;
	/** Approximate, or more than one possible date: shown as uncertain. */
	uncertain: boolean;
};

const PART = /^(~?)(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function parsePart(text: string): { part: DatePart; approximate: boolean } | null {
	const m = PART.exec(text);
	if (!m) return null;
	const year = Number(m[2]);
	const month = m[3] === undefined ? undefined : Number(m[3]);
	const day = m[4] === undefined ? undefined : Number(m[4]);
	if (month !== undefined && (month < 1 || month > 12)) return null;
	if (day !== undefined) {
		const probe = new Date(Date.UTC(year, month! - 1, day));
		if (probe.getUTCMonth() !== month! - 1 || probe.getUTCDate() !== day) return null;
	}
	return { part: { year, month, day }, approximate: m[1] === '~' };
}

/** `null` when the text is not one of the accepted forms (or names an impossible day). */
export function parseEventDate(text: string): EventDate | null {
	const pieces = text.split(' or ');
	const parsed = pieces.map(parsePart);
	if (parsed.some((p) => p === null)) return null;
	const ok = parsed as Array<{ part: DatePart; approximate: boolean }>;
	const approximate = ok.some((p) => p.approximate);
	return { options: ok.map((p) => p.part), approximate, uncertain: approximate || ok.length > 1 };
}

/** Sort key: the earliest date the text allows (a year sorts before its months). */
export function dateSortKey(date: EventDate): number {
	return Math.min(...date.options.map((d) => d.year * 10000 + (d.month ?? 0) * 100 + (d.day ?? 0)));
}

export const EVENT_DATE_HINT = 'must be YYYY, YYYY-MM or YYYY-MM-DD, optionally ~ (approximate) or several joined by " or "';

/** One date in the reader's language at the precision the source gives (`2022`, `Dec 2022`, `5 Dec 2022`). */
export function formatDatePart(d: DatePart, locale: string): string {
	const utc = new Date(Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1));
	const options: Intl.DateTimeFormatOptions =
		d.day !== undefined
			? { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }
			: d.month !== undefined
				? { month: 'short', year: 'numeric', timeZone: 'UTC' }
				: { year: 'numeric', timeZone: 'UTC' };
	return new Intl.DateTimeFormat(locale, options).format(utc);
}

/** Words for an uncertain date, per language. */
export type DateWords = { about: string; or: string };

/** The date as a reader sees it: `about 2014`, `19 Sept 2019 or 19 Sept 2024`, `Dec 2022`. */
export function formatEventDate(date: EventDate, locale: string, words: DateWords): string {
	const text = date.options.map((d) => formatDatePart(d, locale)).join(` ${words.or} `);
	return date.approximate ? `${words.about} ${text}` : text;
}
