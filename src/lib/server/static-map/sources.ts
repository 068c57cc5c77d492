/**
 * The features of each source of the live map's style, as the build sees them: the basemap files
 * of static/basemap, the app's regions and sites (the same derivations as the browser), and the
 * sites clustered as MapLibre's GeoJSON source clusters them (supercluster, same radius and zooms).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import Supercluster from 'supercluster';
import type { GeoJSONSourceSpecification, SourceSpecification } from '@maplibre/maplibre-gl-style-spec';

export type SourceFeature = { geometry: Geometry; properties: Record<string, unknown>; id?: string | number };

const basemapCache = new Map<string, FeatureCollection>();

/** A basemap file of static/basemap (read once per build). */
export function basemapFile(name: string): FeatureCollection {
	let fc = basemapCache.get(name);
	if (!fc) {
		fc = JSON.parse(readFileSync(resolve(process.cwd(), 'static/basemap', name), 'utf8')) as FeatureCollection;
		basemapCache.set(name, fc);
	}
	return fc;
}

const TILE_SIZE = 512;
const EXTENT = 8192;

type ClusterIndex = { index: Supercluster; byZoom: Map<number, SourceFeature[]> };
/** By data, then by the clustering settings (the aggregated SVG of a crowded view clusters the same data deeper). */
const clusterCache = new WeakMap<object, Map<string, ClusterIndex>>();
const settingsKey = (spec: GeoJSONSourceSpecification) => `${spec.clusterMaxZoom}/${spec.clusterMinPoints}/${spec.clusterRadius}`;

function clusterIndex(spec: GeoJSONSourceSpecification, data: FeatureCollection): ClusterIndex {
	let byData = clusterCache.get(data);
	if (!byData) clusterCache.set(data, (byData = new Map()));
	let entry = byData.get(settingsKey(spec));
	if (!entry) {
		// MapLibre passes the radius in tile units (pixels × EXTENT / tileSize) with an 8192 extent.
		const index = new Supercluster({
			maxZoom: spec.clusterMaxZoom ?? 14,
			minPoints: Math.max(2, spec.clusterMinPoints ?? 2),
			extent: EXTENT,
			radius: (spec.clusterRadius ?? 50) * (EXTENT / TILE_SIZE)
		});
		index.load(data.features as Array<Feature<Point, Record<string, unknown>>>);
		entry = { index, byZoom: new Map() };
		byData.set(settingsKey(spec), entry);
	}
	return entry;
}

function clustered(spec: GeoJSONSourceSpecification, data: FeatureCollection, zoom: number): SourceFeature[] {
	const entry = clusterIndex(spec, data);
	// GeoJSON tiles are requested at the integer zoom below the camera's (MapLibre's covering tiles).
	const z = Math.floor(zoom);
	let features = entry.byZoom.get(z);
	if (!features) {
		features = entry.index.getClusters([-180, -85, 180, 85], z).map((f) => ({
			geometry: f.geometry,
			properties: { ...f.properties },
			id: f.id
		}));
		entry.byZoom.set(z, features);
	}
	return features;
}

/** The sites inside a cluster drawn by `sourceFeatures` (every level down). */
export function clusterLeaves(spec: GeoJSONSourceSpecification, data: FeatureCollection, clusterId: number): SourceFeature[] {
	const entry = clusterCache.get(data)?.get(settingsKey(spec));
	if (!entry) return [];
	return entry.index.getLeaves(clusterId, Infinity).map((f) => ({ geometry: f.geometry, properties: { ...f.properties }, id: f.id }));
}

/** The features of one source at one zoom; `url` data are read from static/ by their file name. */
export function sourceFeatures(spec: SourceSpecification, zoom: number): SourceFeature[] {
	if (spec.type !== 'geojson') return [];
	const data: FeatureCollection =
		typeof spec.data === 'string' ? basemapFile(spec.data.slice(spec.data.lastIndexOf('/') + 1)) : (spec.data as FeatureCollection);
	// Above clusterMaxZoom supercluster returns the points themselves, as MapLibre does.
	if (spec.cluster) return clustered(spec, data, zoom);
	return data.features.map((f) => ({ geometry: f.geometry, properties: (f.properties ?? {}) as Record<string, unknown>, id: f.id }));
}
