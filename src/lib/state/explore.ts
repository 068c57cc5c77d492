/**
 * As of a year, applied to the dataset (pure; the app state calls it in its derivations): each
 * site takes the status it had then, and sites not yet announced drop out. A chunk of its own
 * (with ./asof and the date parser), fetched when a link or the slider asks for a year.
 */
import type { SiteFeature, Status } from '$lib/data/schema';
import type { FilterRecord } from './filters';
import { siteAsOf, summarise, turningYears, type AsofResult, type AsofSummary, type DatedEvent } from './asof';
import type { DayStamp } from './asof-years';
import type { IdSet } from './id-set';
import { positionOf } from './positions';

/** A site's dated history, if the data carries one (the `history` field of the data issue). */
export type HistoryOf = (site: SiteFeature) => readonly DatedEvent[] | undefined;

export type AsofView = {
	year: number;
	/** The filter records of the sites shown then, each with the status it had. */
	records: FilterRecord[];
	/** The same records by the site's position in the data (undefined: not shown then). */
	recordAt: Array<FilterRecord | undefined>;
	/** Sites shown then, with the status they had (the same objects as the data when unchanged). */
	sites: SiteFeature[];
	/** The same sites by their position in the data (undefined: not shown then). */
	siteAt: Array<SiteFeature | undefined>;
	/** Ids of the sites shown then. */
	ids: IdSet;
	/** Shown sites whose deciding event has an approximate date. */
	uncertain: ReadonlySet<string>;
	summary: AsofSummary;
};

/**
 * The ids of the sites at the positions where `at` has an entry (the sites shown in a year): no
 * set of thousands of ids per year, a lookup by position (built once per dataset) instead.
 */
class PositionedIds implements IdSet {
	constructor(
		private readonly sites: readonly SiteFeature[],
		private readonly at: readonly unknown[],
		readonly size: number
	) {}

	has(id: string): boolean {
		const i = positionOf(this.sites, id);
		return i !== undefined && this.at[i] !== undefined;
	}
}

/** The dataset as of `year` (records and sites in data order). */
export function asofView(records: readonly FilterRecord[], sites: readonly SiteFeature[], historyOf: HistoryOf, year: number, today: DayStamp): AsofView {
	const timelines = timelinesOf(records, sites, historyOf, today);
	const results: AsofResult[] = [];
	const shownRecords: FilterRecord[] = [];
	const recordAt: Array<FilterRecord | undefined> = new Array<FilterRecord | undefined>(sites.length);
	const shownSites: SiteFeature[] = [];
	const siteAt: Array<SiteFeature | undefined> = new Array<SiteFeature | undefined>(sites.length);
	const uncertain = new Set<string>();
	sites.forEach((site, i) => {
		const standing = standingIn(timelines[i]!, year);
		const result = standing.result;
		results.push(result);
		if (result.kind !== 'shown') return;
		standing.record ??= withStatus(records[i]!, result.status, (r, status) => ({ ...r, status }));
		standing.site ??= siteInStatus(site, result.status);
		shownRecords.push(standing.record);
		recordAt[i] = standing.record;
		shownSites.push(standing.site);
		siteAt[i] = standing.site;
		if (result.uncertain) uncertain.add(site.properties.id);
	});
	return {
		year,
		records: shownRecords,
		recordAt,
		sites: shownSites,
		siteAt,
		ids: new PositionedIds(sites, recordAt, shownRecords.length),
		uncertain,
		summary: summarise(results)
	};
}

/** A site's standing over a span of years, with its record and site in that status once asked for. */
type Standing = { result: AsofResult; record?: FilterRecord; site?: SiteFeature };
/** `standings[k]` holds before `years[k]`; the last one from the last year on. */
type Timeline = { years: number[]; standings: Standing[] };

/**
 * Every site's standing year by year, worked out once per dataset (siteAsOf at each year it may
 * change): a slider step then looks each site up instead of reading its history again.
 */
const timelines = new WeakMap<readonly SiteFeature[], { records: readonly FilterRecord[]; historyOf: HistoryOf; today: DayStamp; list: Timeline[] }>();

function timelinesOf(records: readonly FilterRecord[], sites: readonly SiteFeature[], historyOf: HistoryOf, today: DayStamp): Timeline[] {
	const known = timelines.get(sites);
	if (known && known.records === records && known.historyOf === historyOf && known.today === today) return known.list;
	const list = sites.map((site) => {
		const history = historyOf(site);
		const years = turningYears(history, today);
		const standingAt = (year: number): Standing => ({ result: siteAsOf(history, site.properties.status, year, today) });
		return { years, standings: [standingAt(years[0]! - 1), ...years.map(standingAt)] };
	});
	timelines.set(sites, { records, historyOf, today, list });
	return list;
}

function standingIn({ years, standings }: Timeline, year: number): Standing {
	let k = 0;
	while (k < years.length && years[k]! <= year) k++;
	return standings[k]!;
}

/** The site in `status`: itself, or its one copy in that status (see withStatus). */
export function siteInStatus(site: SiteFeature, status: Status): SiteFeature {
	return withStatus(site, status, (s, st) => ({ ...s, properties: { ...s.properties, status: st } }));
}

/** A record's or site's copy in another status, made once and reused by every year that shows it so. */
const copies = new WeakMap<object, Map<Status, object>>();

/**
 * The object itself in its own status, else its copy in `status`: the same copy at every year, so
 * scrubbing the slider does not make thousands of new objects per step, and what did not change
 * between two years is the very same object (the list's rows and the counts' profiles keep it).
 */
function withStatus<T extends FilterRecord | SiteFeature>(item: T, status: Status, copy: (item: T, status: Status) => T): T {
	const own = 'properties' in item ? item.properties.status : item.status;
	if (own === status) return item;
	let byStatus = copies.get(item);
	if (!byStatus) copies.set(item, (byStatus = new Map()));
	let made = byStatus.get(status) as T | undefined;
	if (!made) byStatus.set(status, (made = copy(item, status)));
	return made;
}
