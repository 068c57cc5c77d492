/**
 * Map geometry derived from the dataset at build time (turf runs on the server, never in the
 * browser bundle): the map's `regions` source (polygons, the network's great-circle links, label
 * points inside each valley), where sites that share a town point are drawn, each region's
 * bounding box, and (not geometry, but derived the same way) the years the dated history spans.
 * The browser receives it in /app-data.json and only reads it.
 */
import type { Feature, FeatureCollection, LineString, Position } from 'geojson';
import bbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import centroid from '@turf/centroid';
import { distance } from '@turf/distance';
import greatCircle from '@turf/great-circle';
import type { Dataset, Initiative, RegionFeature } from './schema';
import { spreadPositions, type SpreadPositions } from './derive';
import { historySpan } from '$lib/state/asof';
import type { YearSpan } from '$lib/state/asof-years';

export type BBox = [west: number, south: number, east: number, north: number];

/** What the map draws and frames besides the data itself, computed once at build; sent with the page data. */
export type MapGeometry = {
	/** The map's `regions` source: polygons, network links and valley label points, told apart by `role`. */
	regions: FeatureCollection;
	/** Display positions of the sites that share a town point, by id (see `spreadPositions`). */
	spread: SpreadPositions;
	/** Each region's bounding box, by id (the camera frames a region with it). */
	bounds: Record<string, BBox>;
	/** The first and last year of the sites' dated history (the as-of slider's range; null: none dated). */
	historySpan: YearSpan | null;
};

export function mapGeometry(dataset: Dataset): MapGeometry {
	return {
		regions: regionCollection(dataset.regions, networkLines(dataset), valleyAnchors(dataset.regions)),
		spread: spreadPositions(dataset.sites),
		bounds: regionBounds(dataset.regions),
		historySpan: historySpan(dataset.sites.map((s) => s.properties.history))
	};
}

export function regionBounds(regions: RegionFeature[]): Record<string, BBox> {
	return Object.fromEntries(regions.map((r) => [r.properties.id, bbox(r).slice(0, 4) as BBox]));
}

/**
 * Horizontal scan through `lat`: the middle of the widest stretch inside the polygon. A fallback
 * for when the vertex centroid of a concave region falls outside it.
 */
function scanlineAnchor(region: RegionFeature, lat: number): [number, number] | null {
	const polygons = region.geometry.type === 'Polygon' ? [region.geometry.coordinates] : region.geometry.coordinates;
	const crossings: number[] = [];
	for (const ring of polygons.flat()) {
		for (let i = 1; i < ring.length; i++) {
			const [x1 = 0, y1 = 0] = ring[i - 1] ?? [];
			const [x2 = 0, y2 = 0] = ring[i] ?? [];
			if (y1 <= lat !== y2 <= lat) crossings.push(x1 + ((lat - y1) / (y2 - y1)) * (x2 - x1));
		}
	}
	crossings.sort((a, b) => a - b);
	let best: [number, number] | null = null;
	for (let i = 0; i + 1 < crossings.length; i += 2) {
		const [a = 0, b = 0] = [crossings[i], crossings[i + 1]];
		if (!best || b - a > best[1] - best[0]) best = [a, b];
	}
	return best ? [(best[0] + best[1]) / 2, lat] : null;
}

/** A point inside the region for labels and network lines: its centroid, or a scanline point if that falls outside. */
export function regionAnchor(region: RegionFeature): [number, number] {
	const [lon = 0, lat = 0] = centroid(region).geometry.coordinates;
	if (booleanPointInPolygon([lon, lat], region.geometry)) return [lon, lat];
	return scanlineAnchor(region, lat) ?? [lon, lat];
}

type NetworkNode = { id: string; position: Position };

function initiativeNodes(initiative: Initiative, dataset: Dataset): NetworkNode[] {
	const regions = initiative.regions.flatMap((id) => {
		const region = dataset.regions.find((r) => r.properties.id === id);
		return region ? [{ id, position: regionAnchor(region) }] : [];
	});
	const hubs = initiative.hub_sites.flatMap((id) => {
		const site = dataset.sites.find((s) => s.properties.id === id);
		return site ? [{ id, position: site.geometry.coordinates }] : [];
	});
	return [...regions, ...hubs];
}

export type NetworkLineProperties = {
	initiative: string;
	from: string;
	to: string;
	/** Great-circle length in km between the two ends (a region's label point, a hub site's point), to 0.1 km. */
	km: number;
};

/** Great-circle km between two [lon, lat] points (@turf/distance, mean Earth radius), to 0.1 km. */
export function linkKm(from: Position, to: Position): number {
	return Math.round(distance(from, to, { units: 'kilometers' }) * 10) / 10;
}

/** Great-circle arcs between every pair of an initiative's nodes (its regions and hub sites), with their length. */
export function networkLines(dataset: Dataset): FeatureCollection<LineString, NetworkLineProperties> {
	const features: Array<Feature<LineString, NetworkLineProperties>> = [];
	for (const initiative of dataset.network.initiatives) {
		const nodes = initiativeNodes(initiative, dataset);
		nodes.forEach((from, i) =>
			nodes.slice(i + 1).forEach((to) => {
				const arc = greatCircle(from.position, to.position, { npoints: 32 });
				// Arcs split only across the antimeridian, which European pairs never cross.
				if (arc.geometry.type !== 'LineString') return;
				features.push({
					type: 'Feature',
					geometry: arc.geometry,
					properties: { initiative: initiative.id, from: from.id, to: to.id, km: linkKm(from.position, to.position) }
				});
			})
		);
	}
	return { type: 'FeatureCollection', features };
}

/** Label points of the valleys (local names). */
export function valleyAnchors(regions: RegionFeature[]): FeatureCollection {
	return {
		type: 'FeatureCollection',
		features: regions
			.filter((r) => r.properties.kind === 'valley')
			.map((r) => ({
				type: 'Feature',
				geometry: { type: 'Point', coordinates: regionAnchor(r) },
				properties: { id: r.properties.id, name: r.properties.name_local }
			}))
	};
}

/** What a feature of the `regions` source draws: a region's polygon, a network link, or a region's label point. */
export type RegionRole = 'area' | 'link' | 'label';

/**
 * Everything drawn about regions in one collection (one source, one worker job, one set of tiles,
 * instead of three): polygons with the few properties the layers use, the network's links, and
 * label points with their region's `kind`. Each feature carries its `role`; polygons and label
 * points share the region id, so one feature-state (`dimmed`) applies to both.
 */
export function regionCollection(regions: readonly RegionFeature[], lines: FeatureCollection, anchors: FeatureCollection): FeatureCollection {
	const kinds = new Map(regions.map((r) => [r.properties.id, r.properties.kind]));
	const withRole = (f: Feature, role: RegionRole, extra: Record<string, unknown> = {}): Feature => ({
		...f,
		properties: { ...f.properties, ...extra, role }
	});
	return {
		type: 'FeatureCollection',
		features: [
			...regions.map((r): Feature => ({
				type: 'Feature',
				geometry: r.geometry,
				properties: { id: r.properties.id, kind: r.properties.kind, name: r.properties.name_local, role: 'area' }
			})),
			...lines.features.map((f) => withRole(f, 'link')),
			...anchors.features.map((f) => {
				const id = f.properties?.id;
				return withRole(f, 'label', { kind: (typeof id === 'string' && kinds.get(id)) || 'valley' });
			})
		]
	};
}
