/**
 * What a region's or a site's share page shows, as the JSON files the pages' loads fetch
 * (`/page-data/{regions,sites}/<id>.json`, prerendered). The loads are universal, not server loads:
 * a single server load makes SvelteKit ship its server-data decoder (devalue) to every page,
 * the embed included (~1.9 KB gzipped).
 */
import { initiativesOfSite } from '$lib/data/derive';
import type { RegionPageData, SitePageData } from '$lib/data/page-data';
import { dataset } from './dataset';
import { siteOrigin } from './site-url';

/** Only what the dossier needs (not the polygon, not other regions' sites); null for an unknown id. */
export function regionPageData(id: string): RegionPageData | null {
	const { regions, sites, network } = dataset();
	const region = regions.find((r) => r.properties.id === id);
	if (!region) return null;
	return { origin: siteOrigin(), region: region.properties, sites: sites.filter((s) => s.properties.region === id), network };
}

/** Only what the page shows (not the whole dataset, not the region's polygon); null for an unknown id. */
export function sitePageData(id: string): SitePageData | null {
	const data = dataset();
	const site = data.sites.find((s) => s.properties.id === id);
	if (!site) return null;
	const region = data.regions.find((r) => r.properties.id === site.properties.region);
	const initiatives = initiativesOfSite(site.properties.id, site.properties.organisations, data.network);
	return {
		origin: siteOrigin(),
		site: site.properties,
		region: region ? { id: region.properties.id, name: region.properties.name_local } : null,
		initiatives: initiatives.map((i) => ({ id: i.id, short_name: i.short_name, name: i.name }))
	};
}
