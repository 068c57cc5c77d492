/** The JSON of a region's or a site's share page (src/lib/server/page-data.ts writes it at build). */
import type { Initiative, Network, RegionProperties, SiteFeature, SiteProperties } from './schema';

/** `origin`: the public origin given at build (SITE_URL), '' without one. */
export type RegionPageData = { origin: string; region: RegionProperties; sites: SiteFeature[]; network: Network };

export type SitePageData = {
	origin: string;
	site: SiteProperties;
	region: { id: string; name: string } | null;
	initiatives: Array<Pick<Initiative, 'id' | 'short_name' | 'name'>>;
};
