/** Everything the page derives from the dataset once: lookups, map sources, legend content. */
import type { Dataset, RegionFeature, SiteFeature, Stage } from './schema';
import { STAGES } from './vocab';
import { placeSites } from './derive';
import type { MapGeometry } from './geometry';
import { filterRecords } from '$lib/state/records';
import type { FilterRecord } from '$lib/state/filters';

export type DatasetView = {
	regionsById: Map<string, RegionFeature>;
	sitesById: Map<string, SiteFeature>;
	known: { regionIds: Set<string>; siteIds: Set<string> };
	/** The sites where the map draws them (sites sharing a town point moved apart, positions from the build). */
	displaySites: SiteFeature[];
	stagesPresent: Stage[];
	/** What filtering and search work on, one record per site. */
	records: FilterRecord[];
	/** Valleys first, then the other network regions (list order and filter order). */
	regionOptions: Array<{ id: string; label: string; group: 'valley' | 'network' }>;
	initiativeOptions: Array<{ id: string; label: string }>;
};

/** `geometry` comes precomputed with the page data (see `mapGeometry`). */
export function viewOf(data: Dataset, geometry: MapGeometry): DatasetView {
	const regionsById = new Map(data.regions.map((r) => [r.properties.id, r]));
	const sitesById = new Map(data.sites.map((s) => [s.properties.id, s]));
	const used = new Set(data.sites.flatMap((s) => s.properties.stages));
	return {
		regionsById,
		sitesById,
		known: { regionIds: new Set(regionsById.keys()), siteIds: new Set(sitesById.keys()) },
		displaySites: placeSites(data.sites, geometry.spread),
		stagesPresent: STAGES.filter((stage) => used.has(stage)),
		records: filterRecords(data),
		regionOptions: [...data.regions]
			.sort((a, b) => Number(b.properties.kind === 'valley') - Number(a.properties.kind === 'valley'))
			.map((r) => ({ id: r.properties.id, label: r.properties.name_local, group: r.properties.kind })),
		initiativeOptions: data.network.initiatives.map((i) => ({ id: i.id, label: i.short_name }))
	};
}
