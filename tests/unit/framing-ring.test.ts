import { circle } from '@turf/circle';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { frameView, marginFor, project, ringBounds, subjectOf, type LngLat, type Rect } from '$lib/state/framing';

// Real places (data/sites.geojson; static/basemap/cities.geojson for León).
const SEVILLA: LngLat = [-5.97317, 37.38283];
const LEON: LngLat = [-5.57, 42.6056];
const DESKTOP = { width: 920, height: 740 };
const panel: Rect = { x: 508, y: 0, width: 412, height: 740 };

/** The ring the map draws (@turf/circle, as near-overlay.ts draws it, finer). */
const drawnRing = (center: LngLat, km: number): LngLat[] => circle([...center], km, { steps: 720, units: 'kilometers' }).geometry.coordinates[0]! as LngLat[];

function bboxOf(points: LngLat[]): [number, number, number, number] {
	const xs = points.map((p) => p[0]);
	const ys = points.map((p) => p[1]);
	return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

describe('ringBounds: the bounding box of the radius ring', () => {
	it('matches the box of the circle @turf/circle draws (to ~0.01°)', () => {
		for (const [center, km] of [
			[SEVILLA, 400],
			[LEON, 50],
			[LEON, 3200],
			[[12.5, 60] as LngLat, 800]
		] as const) {
			const box = ringBounds(center, km);
			const drawn = bboxOf(drawnRing(center, km));
			for (let i = 0; i < 4; i++) expect(box[i], `${center.join(',')} ${km} km [${i}]`).toBeCloseTo(drawn[i]!, 1);
			// Never smaller than what is drawn: the whole ring is inside.
			expect(box[0]).toBeLessThanOrEqual(drawn[0] + 1e-9);
			expect(box[2]).toBeGreaterThanOrEqual(drawn[2] - 1e-9);
			expect(box[1]).toBeLessThanOrEqual(drawn[1] + 1e-9);
			expect(box[3]).toBeGreaterThanOrEqual(drawn[3] - 1e-9);
		}
	});

	it('spans every longitude for a circle around a pole', () => {
		expect(ringBounds([0, 85], 1000)).toEqual([-180, expect.any(Number), 180, 90]);
	});
});

describe('subjectOf with near= and within=', () => {
	const base = {
		view: null,
		selection: null,
		regions: [],
		matching: [{ id: 'cta-sevilla', lngLat: SEVILLA, region: 'ES61' }],
		all: [{ id: 'cta-sevilla', lngLat: SEVILLA, region: 'ES61' }],
		regionBounds: { ES61: [-7.513, 36.019, -1.63, 38.729] as [number, number, number, number] }
	};

	it('frames the ring with the matching sites; the open item and the region filter give way to it', () => {
		const ring = { center: LEON, km: 400 };
		const expected = { kind: 'ring', center: LEON, km: 400, sites: [SEVILLA] };
		expect(subjectOf({ ...base, ring })).toEqual(expected);
		expect(subjectOf({ ...base, ring, selection: { kind: 'site', id: 'cta-sevilla' } })).toEqual(expected);
		expect(subjectOf({ ...base, ring, regions: ['ES61'] })).toEqual(expected);
	});

	it('an explicit at= still wins, and without a radius nothing changes', () => {
		expect(subjectOf({ ...base, ring: { center: LEON, km: 400 }, view: { lat: 40, lon: -3, zoom: 6 } })?.kind).toBe('view');
		expect(subjectOf({ ...base, ring: null })).toEqual({ kind: 'sites', sites: [SEVILLA] });
	});
});

describe('frameView of a ring', () => {
	it('puts every point of the drawn ring inside the map, clear of the panel, with the margin', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -9, max: 15, noNaN: true }),
				fc.double({ min: 36, max: 50, noNaN: true }),
				fc.constantFrom(10, 25, 50, 100, 200, 400, 800),
				fc.boolean(),
				(lon, lat, km, withPanel) => {
					const center: LngLat = [lon, lat];
					const overlays = withPanel ? [panel] : [];
					const view = frameView({ ...DESKTOP, obstructions: overlays, subject: { kind: 'ring', center, km, sites: [] } });
					expect(view).not.toBeNull();
					const margin = marginFor(DESKTOP.width, DESKTOP.height);
					for (const p of drawnRing(center, km).filter((_, i) => i % 30 === 0)) {
						const px = project(view!, DESKTOP.width, DESKTOP.height, p);
						expect(px.x).toBeGreaterThanOrEqual(margin - 0.5);
						expect(px.y).toBeGreaterThanOrEqual(margin - 0.5);
						expect(px.y).toBeLessThanOrEqual(DESKTOP.height - margin + 0.5);
						expect(px.x).toBeLessThanOrEqual((withPanel ? panel.x : DESKTOP.width) - margin + 0.5);
					}
				}
			),
			{ numRuns: 60 }
		);
	});

	it('fills the free area: a 400 km ring is neither tiny nor cut (its width or height spans most of the frame)', () => {
		const view = frameView({ ...DESKTOP, obstructions: [], subject: { kind: 'ring', center: SEVILLA, km: 400, sites: [] } })!;
		const pts = drawnRing(SEVILLA, 400).map((p) => project(view, DESKTOP.width, DESKTOP.height, p));
		const h = Math.max(...pts.map((p) => p.y)) - Math.min(...pts.map((p) => p.y));
		expect(h / view.frame.height).toBeGreaterThan(0.9);
		expect(h / view.frame.height).toBeLessThanOrEqual(1.0001);
	});
});

describe('a ring with sites outside it', () => {
	it('frames the ring alone: sites beyond the radius (the matching set before the ranking loads) do not widen it', () => {
		const far: LngLat = [14.5, 46.05];
		const alone = frameView({ ...DESKTOP, obstructions: [], subject: { kind: 'ring', center: LEON, km: 200, sites: [] } })!;
		const withFar = frameView({ ...DESKTOP, obstructions: [], subject: { kind: 'ring', center: LEON, km: 200, sites: [LEON, far] } })!;
		expect(withFar.zoom).toBeCloseTo(alone.zoom, 9);
		expect(withFar.center[0]).toBeCloseTo(alone.center[0], 9);
		expect(withFar.center[1]).toBeCloseTo(alone.center[1], 9);
	});
});
