/**
 * Where a site sits in its dataset, by id: what the parts loaded later (the list, the as-of and
 * near code) ask; the first view asks none, so it is not in ./list.
 */
import type { SiteFeature } from '$lib/data/schema';

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
