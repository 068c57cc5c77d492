/**
 * Near and as-of applied to the dataset (pure; the app state calls these in its derivations):
 * - as of a year, each site takes the status it had then and sites not yet announced drop out;
 * - near a place, the matching sites are ranked by distance and cut at the radius.
 */
import type { SiteFeature, Status } from '$lib/data/schema';
import type { FilterRecord } from './filters';
import { siteAsOf, summarise, type AsofResult, type AsofSummary, type DatedEvent, type DayStamp } from './asof';
import type { NearPlace } from './explore-params';
import type { LonLat } from './near';

/** A site's dated history, if the data carries one (the `history` field of the data issue). */
export type HistoryOf = (site: SiteFeature) => readonly DatedEvent[] | undefined;

export type AsofView = {
	year: number;
	/** The filter records of the sites shown then, each with the status it had. */
	records: FilterRecord[];
	/** Sites shown then, with the status they had (the same objects as the data when unchanged). */
	sites: SiteFeature[];
	/** Shown sites whose deciding event has an approximate date. */
	uncertain: ReadonlySet<string>;
	summary: AsofSummary;
};

/** The dataset as of `year` (records and sites in data order). */
export function asofView(records: readonly FilterRecord[], sites: readonly SiteFeature[], historyOf: HistoryOf, year: number, today: DayStamp): AsofView {
	const results: AsofResult[] = [];
	const shownRecords: FilterRecord[] = [];
	const shownSites: SiteFeature[] = [];
	const uncertain = new Set<string>();
	sites.forEach((site, i) => {
		const result = siteAsOf(historyOf(site), site.properties.status, year, today);
		results.push(result);
		if (result.kind !== 'shown') return;
		const record = records[i]!;
		shownRecords.push(result.status === record.status ? record : { ...record, status: result.status });
		shownSites.push(withStatus(site, result.status));
		if (result.uncertain) uncertain.add(site.properties.id);
	});
	return { year, records: shownRecords, sites: shownSites, uncertain, summary: summarise(results) };
}

function withStatus(site: SiteFeature, status: Status): SiteFeature {
	return site.properties.status === status ? site : { ...site, properties: { ...site.properties, status } };
}

/** Where a place is: a site's point, or the point itself; null for a site the data does not have. */
export function placePosition(place: NearPlace, sitesById: ReadonlyMap<string, SiteFeature>): LonLat | null {
	if (place.kind === 'point') return [place.lon, place.lat];
	return sitesById.get(place.id)?.geometry.coordinates ?? null;
}
