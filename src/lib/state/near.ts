/**
 * Distances from a place, the light part every page loads: the place type, the radius steps and
 * how kilometres are rounded. The ranking itself (kdbush, geokdbush, @turf/distance) is in
 * near-index.ts, a chunk fetched only when a link or an action asks for "near".
 */
import type { SiteFeature } from '$lib/data/schema';
import type { NearPlace } from './explore-params';

/** [lon, lat] in degrees, GeoJSON order. */
export type LonLat = readonly [number, number];

export type Ranked = {
	/** Position of the site in the array the index was built from. */
	index: number;
	km: number;
};

export type RankOptions = {
	/** Radius in km, edge included; null or absent = no limit. */
	within?: number | null;
	/** At most this many results (the nearest ones). */
	limit?: number;
	/** Only positions for which this is true (the sites matching the other filters). */
	include?: (index: number) => boolean;
};

/** Radii offered by the "widen" button and the radius control, in km. */
export const WITHIN_STEPS = [10, 25, 50, 100, 200, 400, 800, 1600, 3200] as const;

/**
 * The smallest step that takes in a site `km` away (edge included), or the distance itself
 * rounded up to the next 100 km beyond the last step: one click widens enough to show it.
 */
export function widenTo(km: number): number {
	for (const step of WITHIN_STEPS) if (km <= step) return step;
	return Math.ceil(km / 100) * 100;
}

/** Kilometres as the list shows them: one decimal under 10 km, whole numbers above. */
export function roundKm(km: number): number {
	return km < 10 ? Math.round(km * 10) / 10 : Math.round(km);
}

/** Where a place is: a site's point, or the point itself; null for a site the data does not have. */
export function placePosition(place: NearPlace, sitesById: ReadonlyMap<string, SiteFeature>): LonLat | null {
	if (place.kind === 'point') return [place.lon, place.lat];
	return sitesById.get(place.id)?.geometry.coordinates ?? null;
}
