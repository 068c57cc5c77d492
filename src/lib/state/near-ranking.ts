/** The matching sites ranked from a place, by site id (the app state's "near"; part of the near chunk). */
import type { SiteFeature } from '$lib/data/schema';
import type { LonLat } from './near';
import { nearIndex, rankNear, type NearIndex } from './near-index';

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
