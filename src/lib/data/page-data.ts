/** The JSON of a region's or a site's share page (src/lib/server/page-data.ts writes it at build). */
import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import type { Initiative, Network, RegionProperties, SiteFeature, SiteProperties } from './schema';

/** `origin`: the public origin given at build (SITE_URL), '' without one. */
export type RegionPageData = { origin: string; region: RegionProperties; sites: SiteFeature[]; network: Network };

export type SitePageData = {
	origin: string;
	site: SiteProperties;
	region: { id: string; name: string } | null;
	initiatives: Array<Pick<Initiative, 'id' | 'short_name' | 'name'>>;
};

/** A share page's data file, fetched by its universal load (prerendering inlines the response). A missing id is a 404. */
export async function fetchPageData<T extends RegionPageData | SitePageData>(fetch: typeof globalThis.fetch, kind: 'regions' | 'sites', id: string): Promise<T> {
	const response = await fetch(`${base}/page-data/${kind}/${id}.json`);
	if (!response.ok) error(404, `No ${kind === 'regions' ? 'region' : 'site'} ${id}`);
	return (await response.json()) as T;
}
