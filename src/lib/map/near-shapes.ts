/** What the map draws for "near": the radius ring, straight lines to the nearest sites, the place itself. Pure. */
import { circle } from '@turf/circle';
import type { Feature, FeatureCollection } from 'geojson';
import type { LonLat } from '$lib/state/near';
import { EMPTY_OVERLAY, NEAR_LINES } from './near-overlay';

/** Vertices of the ring: smooth at any zoom the app uses. */
const RING_STEPS = 96;

export function nearOverlay(origin: LonLat | null, within: number | null, nearest: readonly LonLat[]): FeatureCollection {
	if (!origin) return EMPTY_OVERLAY;
	const features: Feature[] = [];
	if (within !== null) {
		const ring = circle([origin[0], origin[1]], within, { steps: RING_STEPS, units: 'kilometers' });
		features.push({ type: 'Feature', geometry: { type: 'LineString', coordinates: ring.geometry.coordinates[0]! }, properties: { role: 'ring' } });
	}
	for (const to of nearest.slice(0, NEAR_LINES)) {
		features.push({ type: 'Feature', geometry: { type: 'LineString', coordinates: [[...origin], [...to]] }, properties: { role: 'line' } });
	}
	features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [...origin] }, properties: { role: 'origin' } });
	return { type: 'FeatureCollection', features };
}
