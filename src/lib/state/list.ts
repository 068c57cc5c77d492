/** Ordering and viewport tests for the synchronised site list (pure, no DOM). */
import type { SiteFeature } from '$lib/data/schema';

/** [west, south, east, north] in degrees, as MapLibre's `getBounds().toArray().flat()` gives. */
export type Bounds = [number, number, number, number];

const byName = new Intl.Collator('en', { sensitivity: 'base' });

/**
 * Sites grouped by region in `regionOrder` (valleys first, then the other regions, as the caller
 * orders them), regions missing from the order last (by code), then by name; ties keep input order.
 */
export function sortForList(sites: readonly SiteFeature[], regionOrder: readonly string[]): SiteFeature[] {
	return listOrder(sites, regionOrder).map((i) => sites[i]!);
}

/** The positions of `sites` in the order sortForList gives them. */
export function listOrder(sites: readonly SiteFeature[], regionOrder: readonly string[]): number[] {
	const rank = new Map(regionOrder.map((id, i) => [id, i]));
	const unknown = regionOrder.length;
	return sites
		.map((site, index) => ({ site, index, rank: rank.get(site.properties.region) ?? unknown }))
		.sort(
			(a, b) =>
				a.rank - b.rank ||
				(a.rank === unknown ? compareCodes(a.site.properties.region, b.site.properties.region) : 0) ||
				byName.compare(a.site.properties.name, b.site.properties.name) ||
				a.index - b.index
		)
		.map((entry) => entry.index);
}

function compareCodes(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether the site's point lies in the bounds (edges included; handles a box crossing the antimeridian). */
export function inBounds(site: SiteFeature, [west, south, east, north]: Bounds): boolean {
	const [lon, lat] = site.geometry.coordinates;
	if (lat < south || lat > north) return false;
	return west <= east ? lon >= west && lon <= east : lon >= west || lon <= east;
}
