/** The matching sites ranked from a place, by site id (the app state's "near"; part of the near chunk). */
import type { SiteFeature } from '$lib/data/schema';
import type { LonLat } from './near';
import type { IdSet } from './id-set';
import { positionOf } from './positions';
import { distanceKm, nearIndex, rankNearIndices, type NearIndex } from './near-index';

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

/** Every site's id, one array per dataset. */
const idLists = new WeakMap<readonly SiteFeature[], string[]>();
function siteIds(sites: readonly SiteFeature[]): string[] {
	let ids = idLists.get(sites);
	if (!ids) idLists.set(sites, (ids = sites.map((s) => s.properties.id)));
	return ids;
}

/**
 * Great-circle km (turf's) by site id, for the ranked sites only. Worked out when asked and
 * kept by position: the list asks for the rows it shows, a download for every row, and a
 * ranking of thousands of sites does not pay for the rest.
 */
export class KmById {
	/** By position: NaN not ranked, -1 ranked and not yet measured (filled on the first question). */
	#kms: Float64Array | null = null;
	constructor(
		private readonly sites: readonly SiteFeature[],
		private readonly origin: LonLat,
		private readonly indices: readonly number[]
	) {}

	get(id: string): number | undefined {
		// The lookup by id is built once per dataset, when a distance is first asked for by id.
		const i = positionOf(this.sites, id);
		const kms = (this.#kms ??= this.#ranked());
		if (i === undefined || Number.isNaN(kms[i])) return undefined;
		if (kms[i] === -1) kms[i] = distanceKm(this.origin, this.sites[i]!.geometry.coordinates);
		return kms[i];
	}

	#ranked(): Float64Array {
		const kms = new Float64Array(this.sites.length).fill(NaN);
		for (const i of this.indices) kms[i] = -1;
		return kms;
	}
}

export type NearResult = {
	/** Matching site ids, nearest first. */
	ids: string[];
	/** Their positions in the sites array, in the same order. */
	indices: number[];
	/** Great-circle km from the place, by site id. */
	km: KmById;
};

/** The sites among `matching` (null: every site) ranked from `origin` (within the radius when given). */
export function rankMatching(sites: readonly SiteFeature[], origin: LonLat, within: number | null, matching: IdSet | null): NearResult {
	const include = matching && matching.size < sites.length ? (i: number) => matching.has(sites[i]!.properties.id) : undefined;
	const indices = rankNearIndices(siteIndex(sites), origin, { within, include });
	const all = siteIds(sites);
	return { ids: indices.map((i) => all[i]!), indices, km: new KmById(sites, origin, indices) };
}

/** The part of a ranking that `keep` lets through (order and distances kept). */
export function keepRanked(ranked: NearResult, keep: IdSet): NearResult {
	const ids: string[] = [];
	const indices: number[] = [];
	ranked.ids.forEach((id, k) => {
		if (!keep.has(id)) return;
		ids.push(id);
		indices.push(ranked.indices[k]!);
	});
	return { ids, indices, km: ranked.km };
}
