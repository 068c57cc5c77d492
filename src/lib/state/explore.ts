/**
 * Near and as-of applied to the dataset (pure; the app state calls these in its derivations):
 * - as of a year, each site takes the status it had then and sites not yet announced drop out;
 * - near a place, the matching sites are ranked by distance and cut at the radius.
 */
import type { SiteFeature, Status } from '$lib/data/schema';
import type { FilterRecord } from './filters';
import { siteAsOf, summarise, type AsofResult, type AsofSummary, type DatedEvent, type DayStamp } from './asof';
import type { NearPlace } from './explore-params';
import { nearIndex, rankNear, type LonLat, type NearIndex } from './near';

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

/** Every site's [lon, lat], one array per dataset (so the index is built once). */
const positions = new WeakMap<readonly SiteFeature[], LonLat[]>();
export function siteIndex(sites: readonly SiteFeature[]): NearIndex {
	let points = positions.get(sites);
	if (!points) {
		points = sites.map((s) => s.geometry.coordinates);
		positions.set(sites, points);
	}
	return nearIndex(points);
}

export type NearResult = {
	/** Matching site ids, nearest first. */
	ids: string[];
	/** Great-circle km from the place, by site id. */
	km: Map<string, number>;
};

/** The sites among `matching` (null: every site) ranked from `origin` (within the radius when given). */
export function rankMatching(sites: readonly SiteFeature[], origin: LonLat, within: number | null, matching: ReadonlySet<string> | null): NearResult {
	const include = matching && matching.size < sites.length ? (i: number) => matching.has(sites[i]!.properties.id) : undefined;
	const ranked = rankNear(siteIndex(sites), origin, { within, include });
	const ids: string[] = [];
	const km = new Map<string, number>();
	for (const r of ranked) {
		const id = sites[r.index]!.properties.id;
		ids.push(id);
		km.set(id, r.km);
	}
	return { ids, km };
}
