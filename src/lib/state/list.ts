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

const positions = new WeakMap<readonly SiteFeature[], Map<string, number>>();

/**
 * The index of site `id` in `sites` (undefined when absent). The lookup is built on the first
 * question about a list, not on every change: a change of 50,000 matches asks none.
 */
export function positionOf(sites: readonly SiteFeature[], id: string): number | undefined {
	let byId = positions.get(sites);
	if (!byId) positions.set(sites, (byId = new Map(sites.map((site, i) => [site.properties.id, i]))));
	return byId.get(id);
}

/** Where a list key moves from entry `i` of `length` (arrows by one, PageUp/PageDown by `page`, Home/End), or undefined for other keys. */
export function listKeyTarget(key: string, i: number, length: number, page = 10): number | undefined {
	const end = length - 1;
	const moves: Record<string, number> = {
		ArrowDown: Math.min(i + 1, end),
		ArrowUp: Math.max(i - 1, 0),
		Home: 0,
		End: end,
		PageDown: Math.min(i + page, end),
		PageUp: Math.max(i - page, 0)
	};
	return length > 0 && key in moves ? moves[key] : undefined;
}
