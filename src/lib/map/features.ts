/** Derived copies of the app data in the shape the map's sources expect (pure, no MapLibre). */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { SiteFeature } from '$lib/data/schema';
import type { IdSet } from '$lib/state/id-set';

export type SitePoint = Feature<Point, { id: string; name: string; status: string; primary_stage: string | null; operating: boolean }>;
export type SiteCollection = FeatureCollection<Point, SitePoint['properties']>;

/** Site points with `primary_stage` (first stage, drives the colour) and `operating` (filled vs. ring). */
export function siteCollection(sites: readonly SiteFeature[]): SiteCollection {
	return {
		type: 'FeatureCollection',
		features: sites.map((s) => ({
			type: 'Feature',
			geometry: s.geometry,
			properties: {
				id: s.properties.id,
				name: s.properties.name,
				status: s.properties.status,
				primary_stage: s.properties.stages[0] ?? null,
				operating: s.properties.status === 'operating'
			}
		}))
	};
}

/**
 * The sites the map draws: every site when `visibleIds` is null, else only the matching ones.
 * One O(n) pass per filter change; the features are shared with `all`, not copied.
 */
export function visibleSiteCollection(all: SiteCollection, visibleIds: IdSet | null): SiteCollection {
	if (visibleIds === null) return all;
	return { type: 'FeatureCollection', features: all.features.filter((f) => visibleIds.has(f.properties.id)) };
}

/** Ids of the regions with at least one visible site (null = no filter: every region counts as having one). */
export function regionsWithVisibleSites(sites: readonly SiteFeature[], visibleIds: IdSet | null): Set<string> | null {
	if (visibleIds === null) return null;
	const regions = new Set<string>();
	for (const s of sites) if (visibleIds.has(s.properties.id)) regions.add(s.properties.region);
	return regions;
}

/** Anything with a point geometry: app sites and the map's site features alike. */
export type PointLike = { geometry: { coordinates: readonly number[] } };

/** [west, south, east, north] around every point (null when there is none). A loop: safe for 50k points. */
export function sitesBounds(sites: readonly PointLike[]): [number, number, number, number] | null {
	if (sites.length === 0) return null;
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const site of sites) {
		const [lon = NaN, lat = NaN] = site.geometry.coordinates;
		if (!Number.isFinite(lon) || !Number.isFinite(lat)) continue;
		w = Math.min(w, lon);
		e = Math.max(e, lon);
		s = Math.min(s, lat);
		n = Math.max(n, lat);
	}
	return Number.isFinite(w) ? [w, s, e, n] : null;
}
