/** The printable factsheet of a region: its sites as table rows by stage and status, and the date of its data. */
import type { RegionProperties, SiteFeature } from './schema';
import { STAGES, STATUSES, type Stage, type Status } from './vocab';

export type FactsheetRow = { id: string; name: string; stage: Stage; status: Status; town: string };

/** One row per site, ordered by main stage (value-chain order), then status (operating first), then name. */
export function factsheetRows(sites: readonly SiteFeature[]): FactsheetRow[] {
	return sites
		.map((s) => ({ id: s.properties.id, name: s.properties.name, stage: s.properties.stages[0] ?? STAGES[0], status: s.properties.status, town: s.properties.town }))
		.sort((a, b) => STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage) || STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status) || a.name.localeCompare(b.name));
}

/** The latest day anything on the factsheet was checked: sites' `verified`, figures' and facts' `accessed` (YYYY-MM-DD). */
export function dataDate(region: RegionProperties, sites: readonly SiteFeature[]): string | null {
	const dates = [
		...sites.map((s) => s.properties.verified),
		...[region.population, region.area_km2, region.capital, ...(region.why ?? [])].flatMap((f) => f?.sources.map((s) => s.accessed) ?? [])
	].filter((d): d is string => typeof d === 'string');
	return dates.length ? dates.reduce((a, b) => (a > b ? a : b)) : null;
}
