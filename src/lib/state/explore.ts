/**
 * As of a year, applied to the dataset (pure; the app state calls it in its derivations): each
 * site takes the status it had then, and sites not yet announced drop out. A chunk of its own
 * (with ./asof and the date parser), fetched when a link or the slider asks for a year.
 */
import type { SiteFeature, Status } from '$lib/data/schema';
import type { FilterRecord } from './filters';
import { siteAsOf, summarise, type AsofResult, type AsofSummary, type DatedEvent, type DayStamp } from './asof';

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
