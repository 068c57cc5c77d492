import { describe, expect, it } from 'vitest';
import { distance } from '@turf/distance';
import { mapLayers } from '../../src/lib/map/layers';
import { EMPTY_OVERLAY, NEAR_LINES } from '../../src/lib/map/near-overlay';
import { nearOverlay } from '../../src/lib/map/near-shapes';
import type { LineString } from 'geojson';

describe('the map overlay of "near"', () => {
	it('draws a ring at the radius, lines to the nearest few and the place', () => {
		const origin = [-5.97317, 37.38283] as const;
		const nearest = Array.from({ length: 8 }, (_, i) => [-5 + i, 38] as [number, number]);
		const overlay = nearOverlay(origin, 400, nearest);
		const ring = overlay.features.find((f) => f.properties?.role === 'ring')!.geometry as LineString;
		for (const p of ring.coordinates) expect(distance([...origin], p, { units: 'kilometers' })).toBeCloseTo(400, 0);
		expect(overlay.features.filter((f) => f.properties?.role === 'line')).toHaveLength(NEAR_LINES);
		expect(overlay.features.filter((f) => f.properties?.role === 'origin')).toHaveLength(1);
		expect(nearOverlay(origin, null, []).features.map((f) => f.properties?.role)).toEqual(['origin']);
		expect(nearOverlay(null, 400, nearest)).toBe(EMPTY_OVERLAY);
	});

	it('is drawn under the sites', () => {
		const ids = mapLayers().map((l) => l.id);
		expect(ids.indexOf('near-ring')).toBeGreaterThan(-1);
		expect(ids.indexOf('near-ring')).toBeLessThan(ids.indexOf('sites-point'));
		expect(ids.indexOf('near-lines')).toBeLessThan(ids.indexOf('sites-point'));
	});
});
