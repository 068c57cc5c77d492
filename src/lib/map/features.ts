/** Derived copies of the app data in the shape the map's sources expect (pure, no MapLibre). */
import type { Feature, FeatureCollection } from 'geojson';
import type { RegionFeature, SiteFeature } from '$lib/data/schema';

/** Site points with `primary_stage` (first stage, drives the colour) and `operating` (filled vs. ring). */
export function siteCollection(sites: readonly SiteFeature[]): FeatureCollection {
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

/** Region polygons with the few properties the layers use (keeps the worker's copy small). */
export function regionCollection(regions: readonly RegionFeature[]): FeatureCollection {
	return {
		type: 'FeatureCollection',
		features: regions.map((r) => ({
			type: 'Feature',
			geometry: r.geometry,
			properties: { id: r.properties.id, kind: r.properties.kind, name: r.properties.name_local }
		}))
	};
}

/** Anchor points with the `kind` of their region added (valley labels are larger than network ones). */
export function anchorCollection(anchors: FeatureCollection, regions: readonly RegionFeature[]): FeatureCollection {
	const kinds = new Map(regions.map((r) => [r.properties.id, r.properties.kind]));
	return {
		type: 'FeatureCollection',
		features: anchors.features.map((f): Feature => {
			const id = f.properties?.id;
			const kind = (typeof id === 'string' && kinds.get(id)) || 'valley';
			return { ...f, properties: { ...f.properties, kind } };
		})
	};
}

/** [west, south, east, north] around every site (null when there is none). */
export function sitesBounds(sites: readonly SiteFeature[]): [number, number, number, number] | null {
	if (sites.length === 0) return null;
	const lons = sites.map((s) => s.geometry.coordinates[0]);
	const lats = sites.map((s) => s.geometry.coordinates[1]);
	return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}
