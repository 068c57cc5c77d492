/**
 * Distances from a place: which sites are near it, in order, with great-circle kilometres.
 * A kd-tree (kdbush) is built once per dataset and searched nearest-first (geokdbush), so a
 * query touches only the sites it returns, not every site. The kilometres are @turf/distance's
 * (mean Earth radius 6371.0088 km), the figure the tests and the downloads use.
 */
import { distance } from '@turf/distance';
import { around } from 'geokdbush';
import KDBush from 'kdbush';
import type { LonLat, RankOptions, Ranked } from './near';

export type NearIndex = {
	readonly tree: KDBush;
	readonly points: readonly LonLat[];
};

/** Great-circle distance in km between two [lon, lat] points, as @turf/distance computes it. */
export function distanceKm(a: LonLat, b: LonLat): number {
	return distance(a as [number, number], b as [number, number], { units: 'kilometers' });
}

const indexes = new WeakMap<readonly LonLat[], NearIndex>();

/** The index of these points; the same array gives the same index (built once per dataset). */
export function nearIndex(points: readonly LonLat[]): NearIndex {
	let index = indexes.get(points);
	if (!index) {
		const tree = new KDBush(Math.max(points.length, 1));
		for (const [lon, lat] of points) tree.add(lon, lat);
		if (points.length === 0) tree.add(0, 0); // kdbush needs one point; it is never returned (see rank)
		tree.finish();
		index = { tree, points };
		indexes.set(points, index);
	}
	return index;
}

/**
 * geokdbush measures with a 6371 km radius, @turf/distance with 6371.0088 km: its figures are
 * at most 1.4 ppm smaller, so searching a hair wider and then cutting on turf's figure keeps
 * exactly the sites whose turf distance is <= within.
 */
const SEARCH_MARGIN = 1 + 1e-5;

/** A ranking as two lists: positions nearest first, and their km in the same order. */
export type RankedLists = { indices: number[]; kms: number[] };

/** Sites nearest to `origin` first, ties by position (so equal distances keep the data's order). */
export function rankNear(index: NearIndex, origin: LonLat, options: RankOptions = {}): Ranked[] {
	const { indices, kms } = rankNearLists(index, origin, options);
	return indices.map((i, k) => ({ index: i, km: kms[k]! }));
}

/** As rankNear, without an object per site (the app's ranking of thousands of sites). */
export function rankNearLists(index: NearIndex, origin: LonLat, options: RankOptions = {}): RankedLists {
	const { within = null, limit = Infinity, include } = options;
	const n = index.points.length;
	if (n === 0 || limit <= 0) return { indices: [], kms: [] };
	const predicate = (i: number) => i < n && (!include || include(i));
	const maxKm = within === null ? Infinity : within * SEARCH_MARGIN + 1e-9;
	const ask = Number.isFinite(limit) ? limit + 1 : Infinity;
	let ids = around(index.tree, origin[0], origin[1], ask, maxKm, predicate);
	if (ids.length === ask) {
		// Sites tied at the cut come in tree order: fetch every site as close as the last one, so
		// the tie is settled by position below.
		const lastKm = distanceKm(origin, index.points[ids[ids.length - 1]!]!);
		if (lastKm === distanceKm(origin, index.points[ids[limit - 1]!]!)) {
			ids = around(index.tree, origin[0], origin[1], Infinity, Math.min(maxKm, lastKm * SEARCH_MARGIN + 1e-9), predicate);
		}
	}
	let indices: number[] = [];
	let kms: number[] = [];
	let sorted = true;
	for (const id of ids) {
		const km = distanceKm(origin, index.points[id]!);
		if (within !== null && km > within) continue;
		const last = kms.length - 1;
		if (last >= 0 && (kms[last]! > km || (kms[last] === km && indices[last]! > id))) sorted = false;
		indices.push(id);
		kms.push(km);
	}
	// geokdbush's order is by its own figure: turf's may settle ties (and hair-breadth differences) otherwise.
	if (!sorted) {
		const order = indices.map((_, k) => k).sort((a, b) => kms[a]! - kms[b]! || indices[a]! - indices[b]!);
		[indices, kms] = [order.map((k) => indices[k]!), order.map((k) => kms[k]!)];
	}
	return indices.length > limit ? { indices: indices.slice(0, limit), kms: kms.slice(0, limit) } : { indices, kms };
}

/** The nearest matching site regardless of any radius, or null when none matches. */
export function nearest(index: NearIndex, origin: LonLat, include?: (index: number) => boolean): Ranked | null {
	return rankNear(index, origin, { limit: 1, include })[0] ?? null;
}
