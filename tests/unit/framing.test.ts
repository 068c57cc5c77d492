import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { freeAreas, frameView, marginFor, project, SITE_ZOOM_RANGE, subjectOf, type BBox, type LngLat, type Rect, type Subject } from '$lib/state/framing';

// Real places of the dataset (data/sites.geojson, data/regions.geojson bounds).
const BESSINES: LngLat = [1.36831, 46.10888];
const SEGOVIA: LngLat = [-4.11839, 40.94808];
const HUELVA: LngLat = [-6.94004, 37.26638];
const CORDOBA: LngLat = [-4.77275, 37.89155];
const SEVILLA: LngLat = [-5.97317, 37.38283];
const CUBILLOS: LngLat = [-6.5636, 42.62519];
const ES61: BBox = [-7.513, 36.019, -1.63, 38.729];
const ES41: BBox = [-7.077, 40.116, -1.798, 43.22];

/** Desktop 1280×800 map area minus the sidebar (920×740), with a panel open. */
const DESKTOP = { width: 920, height: 740 };
const desktopOverlays: Rect[] = [
	{ x: 508, y: 0, width: 412, height: 740 }, // panel column
	{ x: 12, y: 420, width: 260, height: 285 }, // legend
	{ x: 460, y: 10, width: 40, height: 100 }, // zoom + fit buttons, moved left of the panel
	{ x: 0, y: 718, width: 500, height: 22 }, // attribution
	{ x: 10, y: 10, width: 36, height: 36 } // map help button
];

function inside(p: { x: number; y: number }, r: Rect, by = 0): boolean {
	return p.x >= r.x + by && p.x <= r.x + r.width - by && p.y >= r.y + by && p.y <= r.y + r.height - by;
}

function expectFramed(width: number, height: number, overlays: Rect[], subject: Subject, points: LngLat[]) {
	const view = frameView({ width, height, obstructions: overlays, subject });
	expect(view).not.toBeNull();
	const margin = marginFor(width, height);
	for (const p of points) {
		const px = project(view!, width, height, p);
		expect(inside(px, { x: 0, y: 0, width, height }, margin), `${p.join(',')} inside the map with margin`).toBe(true);
		for (const o of overlays) expect(inside(px, o, -margin), `${p.join(',')} clear of overlay ${JSON.stringify(o)}`).toBe(false);
	}
	return view!;
}

describe('frameView', () => {
	it('keeps the margin at 8 % of the smaller side', () => {
		expect(marginFor(400, 300)).toBe(24);
		expect(marginFor(1280, 800)).toBe(64);
	});

	it('frames the two operating black-mass sites (France and Spain) clear of the panel, legend and buttons', () => {
		const view = expectFramed(DESKTOP.width, DESKTOP.height, desktopOverlays, { kind: 'sites', sites: [BESSINES, SEGOVIA] }, [BESSINES, SEGOVIA]);
		expect(view.zoom).toBeGreaterThan(4);
	});

	it('frames a region outline with its sites, corners included, and is not tighter than the region', () => {
		const corners: LngLat[] = [
			[ES61[0], ES61[1]],
			[ES61[2], ES61[3]]
		];
		const view = expectFramed(DESKTOP.width, DESKTOP.height, desktopOverlays, { kind: 'regions', bounds: [ES61], sites: [HUELVA, CORDOBA] }, [
			...corners,
			HUELVA,
			CORDOBA
		]);
		expect(view.zoom).toBeLessThan(8.1);
	});

	it('frames two regions together in a 400×300 embed', () => {
		expectFramed(400, 300, [{ x: 0, y: 282, width: 400, height: 18 }], { kind: 'regions', bounds: [ES41, ES61], sites: [HUELVA] }, [
			[ES41[0], ES41[3]],
			[ES61[2], ES61[1]],
			HUELVA
		]);
	});

	it('keeps a small set of sites in its surroundings: never closer than a site view', () => {
		const two: LngLat[] = [SEVILLA, [-5.9, 37.4]];
		const view = frameView({ width: 1000, height: 700, obstructions: [], subject: { kind: 'sites', sites: two } })!;
		const single = frameView({ width: 1000, height: 700, obstructions: [], subject: { kind: 'site', site: SEVILLA } })!;
		expect(view.zoom).toBeLessThanOrEqual(single.zoom + 1e-9);
	});

	it('centres a site in the free area, at a zoom that shows its province and towns', () => {
		const view = expectFramed(DESKTOP.width, DESKTOP.height, desktopOverlays, { kind: 'site', site: CUBILLOS }, [CUBILLOS]);
		const px = project(view, DESKTOP.width, DESKTOP.height, CUBILLOS);
		expect(px.x).toBeCloseTo(view.frame.x + view.frame.width / 2, 6);
		expect(px.y).toBeCloseTo(view.frame.y + view.frame.height / 2, 6);
		expect(view.zoom).toBeGreaterThanOrEqual(SITE_ZOOM_RANGE[0]);
		expect(view.zoom).toBeLessThanOrEqual(SITE_ZOOM_RANGE[1]);
	});

	it('shows more context around a site in a small embed than on a desktop', () => {
		const desktop = frameView({ width: 1280, height: 800, obstructions: [], subject: { kind: 'site', site: CUBILLOS } })!;
		const small = frameView({ width: 400, height: 300, obstructions: [], subject: { kind: 'site', site: CUBILLOS } })!;
		expect(small.zoom).toBeLessThan(desktop.zoom);
		expect(small.zoom).toBeGreaterThanOrEqual(SITE_ZOOM_RANGE[0]);
	});

	it('puts a site above a phone bottom sheet', () => {
		const sheet: Rect = { x: 0, y: 230, width: 390, height: 276 };
		const view = expectFramed(390, 506, [sheet], { kind: 'site', site: SEVILLA }, [SEVILLA]);
		expect(project(view, 390, 506, SEVILLA).y).toBeLessThan(230);
	});

	it('lets an explicit view win', () => {
		const view = frameView({ width: 800, height: 600, obstructions: desktopOverlays, subject: { kind: 'view', center: [2, 41], zoom: 6.5 } });
		expect(view).toMatchObject({ center: [2, 41], zoom: 6.5 });
	});

	it('returns null when there is nothing to frame', () => {
		expect(frameView({ width: 800, height: 600, obstructions: [], subject: { kind: 'sites', sites: [] } })).toBeNull();
	});

	it('still frames the subject when overlays leave no useful free area', () => {
		const view = frameView({ width: 300, height: 200, obstructions: [{ x: 0, y: 0, width: 300, height: 190 }], subject: { kind: 'site', site: SEVILLA } })!;
		const px = project(view, 300, 200, SEVILLA);
		expect(inside(px, { x: 0, y: 0, width: 300, height: 200 })).toBe(true);
	});
});

describe('freeAreas', () => {
	it('is the whole map without overlays, and excludes each overlay', () => {
		expect(freeAreas(100, 80, [])).toEqual([{ x: 0, y: 0, width: 100, height: 80 }]);
		const areas = freeAreas(100, 80, [{ x: 60, y: 0, width: 40, height: 80 }]);
		expect(areas).toEqual([{ x: 0, y: 0, width: 60, height: 80 }]);
	});

	it('ignores the parts of overlays outside the map', () => {
		expect(freeAreas(100, 80, [{ x: -50, y: -50, width: 40, height: 40 }])).toEqual([{ x: 0, y: 0, width: 100, height: 80 }]);
	});
});

// Overlays along the edges (as every overlay of the app is), any map size, sites in Iberia and Italy.
const edgeRect = (w: number, h: number) =>
	fc
		.record({
			side: fc.constantFrom('left', 'right', 'top', 'bottom'),
			depth: fc.double({ min: 0.05, max: 0.35, noNaN: true }),
			from: fc.double({ min: 0, max: 0.6, noNaN: true }),
			len: fc.double({ min: 0.1, max: 0.4, noNaN: true })
		})
		.map(({ side, depth, from, len }): Rect => {
			if (side === 'left' || side === 'right') {
				const width = Math.round(w * depth);
				return { x: side === 'left' ? 0 : w - width, y: Math.round(h * from), width, height: Math.round(h * len) };
			}
			const height = Math.round(h * depth);
			return { x: Math.round(w * from), y: side === 'top' ? 0 : h - height, width: Math.round(w * len), height };
		});

describe('frameView, any size and overlays along the edges', () => {
	it('puts every site inside the map, clear of every overlay', () => {
		const arb = fc.record({ w: fc.integer({ min: 320, max: 1600 }), h: fc.integer({ min: 240, max: 1000 }) }).chain(({ w, h }) =>
			fc.record({
				w: fc.constant(w),
				h: fc.constant(h),
				overlays: fc.array(edgeRect(w, h), { maxLength: 3 }),
				sites: fc.array(fc.tuple(fc.double({ min: -8, max: 11, noNaN: true }), fc.double({ min: 36, max: 47, noNaN: true })), { minLength: 1, maxLength: 8 })
			})
		);
		fc.assert(
			fc.property(arb, ({ w, h, overlays, sites }) => {
				const view = frameView({ width: w, height: h, obstructions: overlays, subject: { kind: 'sites', sites: sites as LngLat[] } })!;
				const margin = marginFor(w, h);
				// Only when a free area of useful size is left (otherwise the rule ignores the overlays).
				if (view.frame.width < 64 || view.frame.height < 64) return;
				for (const s of sites) {
					const px = project(view, w, h, s as LngLat);
					if (!inside(px, { x: 0, y: 0, width: w, height: h }, margin - 1e-6)) return false;
					if (overlays.some((o) => inside(px, o, -margin + 1e-6))) return false;
				}
				return true;
			}),
			{ numRuns: 300 }
		);
	});
});

describe('subjectOf', () => {
	const all = [
		{ id: 'huelva', lngLat: HUELVA, region: 'ES61' },
		{ id: 'segovia', lngLat: SEGOVIA, region: 'ES41' },
		{ id: 'bessines', lngLat: BESSINES, region: 'FRI2' }
	];
	const base = { view: null, selection: null, regions: [], matching: all, all, regionBounds: { ES61, ES41 } };

	it('lets at= win over everything', () => {
		expect(subjectOf({ ...base, view: { lat: 40, lon: -4, zoom: 6 }, selection: { kind: 'site', id: 'huelva' } })).toEqual({
			kind: 'view',
			center: [-4, 40],
			zoom: 6
		});
	});

	it('centres an open site, even one outside the filters', () => {
		expect(subjectOf({ ...base, matching: [], selection: { kind: 'site', id: 'bessines' } })).toEqual({ kind: 'site', site: BESSINES });
	});

	it('frames an open region with its matching sites, and region filters with theirs', () => {
		expect(subjectOf({ ...base, selection: { kind: 'region', id: 'ES61' } })).toEqual({ kind: 'regions', bounds: [ES61], sites: [HUELVA] });
		expect(subjectOf({ ...base, regions: ['ES41', 'ES61'] })).toEqual({ kind: 'regions', bounds: [ES41, ES61], sites: [HUELVA, SEGOVIA] });
	});

	it('frames the matching sites otherwise, and every site when nothing matches', () => {
		expect(subjectOf({ ...base, matching: [all[2]!] })).toEqual({ kind: 'sites', sites: [BESSINES] });
		expect(subjectOf({ ...base, matching: [] })).toEqual({ kind: 'sites', sites: [HUELVA, SEGOVIA, BESSINES] });
	});
});
