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

/** Sites nearest to `origin` first, ties by position (so equal distances keep the data's order). */
export function rankNear(index: NearIndex, origin: LonLat, options: RankOptions = {}): Ranked[] {
	const { within = null, limit = Infinity, include } = options;
	const n = index.points.length;
	if (n === 0 || limit <= 0) return [];
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
	const ranked: Ranked[] = [];
	for (const id of ids) {
		const km = distanceKm(origin, index.points[id]!);
		if (within === null || km <= within) ranked.push({ index: id, km });
	}
	// Already in distance order; this only settles ties (a stable sort of a sorted array is linear).
	ranked.sort((a, b) => a.km - b.km || a.index - b.index);
	return ranked.length > limit ? ranked.slice(0, limit) : ranked;
}

/** The nearest matching site regardless of any radius, or null when none matches. */
export function nearest(index: NearIndex, origin: LonLat, include?: (index: number) => boolean): Ranked | null {
	return rankNear(index, origin, { limit: 1, include })[0] ?? null;
}
