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
	/** Each point as a unit vector (x, y, z): see orderKeys. */
	readonly units: Float64Array;
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
		const units = new Float64Array(points.length * 3);
		points.forEach((p, i) => units.set(unitVector(p), i * 3));
		index = { tree, points, units };
		indexes.set(points, index);
	}
	return index;
}

const RADIANS = Math.PI / 180;
function unitVector([lon, lat]: LonLat): [number, number, number] {
	const cosLat = Math.cos(lat * RADIANS);
	return [cosLat * Math.cos(lon * RADIANS), cosLat * Math.sin(lon * RADIANS), Math.sin(lat * RADIANS)];
}

/**
 * Keys that grow with the great-circle distance from `origin`: the squared chord between unit
 * vectors, three products per site. They are not distances. geokdbush returns sites in the order
 * of its own haversine figure, which it keeps to itself; these keys find the few sites (nearly)
 * tied there, and only those are settled on turf's kilometres. Working out turf's figure for
 * every site in a radius was most of a ranking's time (16,000 sites within 400 km at 50,000).
 */
function orderKeys(index: NearIndex, origin: LonLat, ids: readonly number[]): Float64Array {
	const [ox, oy, oz] = unitVector(origin);
	const u = index.units;
	const keys = new Float64Array(ids.length);
	for (let k = 0; k < ids.length; k++) {
		const at = ids[k]! * 3;
		const dx = u[at]! - ox;
		const dy = u[at + 1]! - oy;
		const dz = u[at + 2]! - oz;
		keys[k] = dx * dx + dy * dy + dz * dz;
	}
	return keys;
}

/**
 * Keys this close may be in either order by turf's figure: their rounding (about 1e-16 per
 * coordinate) is far inside it, and so is the gap between geokdbush's and turf's figures.
 */
const nearlyTied = (a: number, b: number) => Math.abs(b - a) <= 1e-7 * Math.max(a, b) + 1e-17;

/**
 * geokdbush measures with a 6371 km radius, @turf/distance with 6371.0088 km: its figures are
 * at most 1.4 ppm smaller, so searching a hair wider and then cutting on turf's figure keeps
 * exactly the sites whose turf distance is <= within.
 */
const SEARCH_MARGIN = 1 + 1e-5;

/** Sites nearest to `origin` first, ties by position (so equal distances keep the data's order). */
export function rankNear(index: NearIndex, origin: LonLat, options: RankOptions = {}): Ranked[] {
	return rankNearIndices(index, origin, options).map((i) => ({ index: i, km: distanceKm(origin, index.points[i]!) }));
}

/**
 * As rankNear, positions only: nearest first by turf's figure, ties by position. Turf's figure
 * is worked out only where the order needs it (ties, the radius's edge), not for every site.
 */
export function rankNearIndices(index: NearIndex, origin: LonLat, options: RankOptions = {}): number[] {
	const { within = null, limit = Infinity, include } = options;
	const n = index.points.length;
	if (n === 0 || limit <= 0) return [];
	// `include` is geokdbush's predicate as it is: without it nothing is tested per site (the
	// placeholder point of an empty index is never reached: n === 0 returned above).
	const maxKm = within === null ? Infinity : within * SEARCH_MARGIN + 1e-9;
	const ask = Number.isFinite(limit) ? limit + 1 : Infinity;
	let ids = around(index.tree, origin[0], origin[1], ask, maxKm, include);
	if (ids.length === ask) {
		// Sites tied at the cut come in tree order: fetch every site as close as the last one, so
		// the tie is settled by position below.
		const [last, kept] = orderKeys(index, origin, [ids[ids.length - 1]!, ids[limit - 1]!]);
		if (nearlyTied(kept!, last!)) {
			const lastKm = distanceKm(origin, index.points[ids[ids.length - 1]!]!);
			ids = around(index.tree, origin[0], origin[1], Infinity, Math.min(maxKm, lastKm * SEARCH_MARGIN + 1e-9), include);
		}
	}
	const km = (id: number) => distanceKm(origin, index.points[id]!);
	ids = settleTies(ids, orderKeys(index, origin, ids), km);
	if (within !== null) while (ids.length > 0 && km(ids[ids.length - 1]!) > within) ids.pop();
	return ids.length > limit ? ids.slice(0, limit) : ids;
}

/** geokdbush's order with each (nearly) tied run put in turf's order, ties by position (in place). */
function settleTies(ids: number[], keys: Float64Array, km: (id: number) => number): number[] {
	const inTurfOrder = (run: readonly number[]) =>
		run
			.map((id) => ({ id, km: km(id) }))
			.sort((a, b) => a.km - b.km || a.id - b.id)
			.map((r) => r.id);
	let start = 0;
	for (let k = 1; k <= ids.length; k++) {
		if (k < ids.length && nearlyTied(keys[k - 1]!, keys[k]!)) continue;
		// Not geokdbush's order after all: never seen, but a full sort is still right.
		if (k < ids.length && keys[k]! < keys[k - 1]!) return inTurfOrder(ids);
		if (k - start > 1) inTurfOrder(ids.slice(start, k)).forEach((id, j) => (ids[start + j] = id));
		start = k;
	}
	return ids;
}

/** The nearest matching site regardless of any radius, or null when none matches. */
export function nearest(index: NearIndex, origin: LonLat, include?: (index: number) => boolean): Ranked | null {
	return rankNear(index, origin, { limit: 1, include })[0] ?? null;
}
