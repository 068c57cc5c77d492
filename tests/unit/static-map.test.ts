import { describe, expect, test } from 'vitest';
import { geoMercator } from 'd3-geo';
import { readDataset } from '$lib/server/load';
import { regionBounds } from '$lib/data/geometry';
import { spreadSharedPoints } from '$lib/data/derive';
import { STAGE_COLORS, VALLEY } from '$lib/map/palette';
import { constrain, d3Mercator, fitCamera, MAX_BOUNDS, project, visibleBounds, type Camera } from '$lib/map/mercator';
import { defaultCamera, regionCamera, renderSplitMap, renderStaticMap, staticStyle } from '$lib/server/static-map';

/** MapLibre's documented Web Mercator (tile size 512): the slippy-map tile formula scaled to pixels. */
function slippy([lon, lat]: [number, number], zoom: number): [number, number] {
	const n = 512 * 2 ** zoom;
	const rad = (lat * Math.PI) / 180;
	return [((lon + 180) / 360) * n, ((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n];
}

describe('Web Mercator matched to MapLibre', () => {
	test('known points at zoom 0 on a 512 px world', () => {
		const cam: Camera = { center: [0, 0], zoom: 0 };
		const size = { width: 512, height: 512 };
		expect(project([-180, 0], cam, size).x).toBeCloseTo(0, 9);
		expect(project([180, 0], cam, size).x).toBeCloseTo(512, 9);
		expect(project([0, 0], cam, size).y).toBeCloseTo(256, 9);
		expect(project([0, 85.051129], cam, size).y).toBeCloseTo(0, 3);
		expect(project([0, -85.051129], cam, size).y).toBeCloseTo(512, 3);
	});

	test('pixel offsets from the centre equal the tile formula at any zoom', () => {
		for (const zoom of [2.5, 4.37, 7, 9.9]) {
			const cam: Camera = { center: [-3.7, 40.4], zoom };
			const size = { width: 1280, height: 800 };
			const c = slippy(cam.center, zoom);
			for (const p of [
				[-5.66, 42.6],
				[9.19, 45.46],
				[14.5, 46.05],
				[-6, 37.39]
			] as Array<[number, number]>) {
				const s = slippy(p, zoom);
				const got = project(p, cam, size);
				expect(got.x).toBeCloseTo(s[0] - c[0] + 640, 6);
				expect(got.y).toBeCloseTo(s[1] - c[1] + 400, 6);
			}
		}
	});

	test("d3-geo's geoMercator with the derived scale and translate draws the same pixels", () => {
		const cam: Camera = { center: [4.2, 43.1], zoom: 5.3 };
		const size = { width: 720, height: 440 };
		const { scale, translate } = d3Mercator(cam, size);
		expect(scale).toBeCloseTo((512 * 2 ** 5.3) / (2 * Math.PI), 9);
		const d3 = geoMercator().scale(scale).translate(translate);
		for (const p of [
			[-7.9, 36.1],
			[16.4, 47.2],
			[4.2, 43.1]
		] as Array<[number, number]>) {
			const [x, y] = d3(p) as [number, number];
			const want = project(p, cam, size);
			expect(x).toBeCloseTo(want.x, 6);
			expect(y).toBeCloseTo(want.y, 6);
		}
	});

	test('fitCamera: the bounds touch the padded frame on the limiting side, centred in the free area', () => {
		const size = { width: 1280, height: 800 };
		const padding = { top: 40, right: 56, bottom: 40, left: 300 };
		const bounds: [number, number, number, number] = [-8.7, 36.5, 16.4, 46.6];
		const cam = fitCamera(bounds, size, { padding });
		const nw = project([bounds[0], bounds[3]], cam, size);
		const se = project([bounds[2], bounds[1]], cam, size);
		// Width limits here: west edge at the left padding, east edge at width − right padding.
		expect(nw.x).toBeCloseTo(300, 6);
		expect(se.x).toBeCloseTo(1280 - 56, 6);
		// Vertically centred in the free area between the paddings.
		expect((nw.y + se.y) / 2).toBeCloseTo(40 + (800 - 80) / 2, 6);
		expect(se.y - nw.y).toBeLessThanOrEqual(720 + 1e-6);
	});

	test('fitCamera honours maxZoom; constrain keeps the view inside maxBounds and zooms in when they are smaller', () => {
		const size = { width: 600, height: 400 };
		expect(fitCamera([9, 45, 9.01, 45.01], size, { maxZoom: 8 }).zoom).toBe(8);
		const far = constrain({ center: [-31, 30], zoom: 5 }, size, 2.5, 14, MAX_BOUNDS);
		const [w, s] = visibleBounds(far, size);
		expect(w).toBeGreaterThanOrEqual(MAX_BOUNDS[0] - 1e-9);
		expect(s).toBeGreaterThanOrEqual(MAX_BOUNDS[1] - 1e-9);
		const tooWide = constrain({ center: [5, 50], zoom: 2.5 }, { width: 4000, height: 400 }, 2.5, 14, MAX_BOUNDS);
		expect(tooWide.zoom).toBeGreaterThan(2.5);
	});
});

describe('SVG map of the real data', () => {
	const data = readDataset();
	const style = staticStyle(data);
	const links = { href: (id: string) => `/sites/${id}`, label: (p: Record<string, unknown>) => String(p.name) };

	test('a region page map: accessible picture, a named link per site of the region, live-map colours', () => {
		const region = data.regions.find((r) => r.properties.id === 'ITC4')!;
		const size = { width: 720, height: 440 };
		const camera = regionCamera(regionBounds(data.regions).ITC4!, [], size);
		const svg = renderStaticMap({ style, camera, size, title: 'Map of Lombardia', description: 'Sites of Lombardia', id: 'r', links });
		expect(svg).toMatch(/^<svg [^>]*role="group" aria-labelledby="r-title" aria-describedby="r-desc"/);
		expect(svg).toContain('<title id="r-title">Map of Lombardia</title><desc id="r-desc">Sites of Lombardia</desc>');
		expect(svg).toContain('<g role="img" aria-labelledby="r-title" aria-describedby="r-desc">');
		for (const s of data.sites.filter((x) => x.properties.region === region.properties.id)) {
			expect(svg, s.properties.id).toContain(`<a href="/sites/${s.properties.id}" aria-label="${s.properties.name.replace(/&/g, '&amp;')}">`);
		}
		expect(svg).toContain(`stroke="${VALLEY.line.toLowerCase()}"`);
		const operating = data.sites.find((x) => x.properties.region === 'ITC4' && x.properties.status === 'operating');
		if (operating) expect(svg).toContain(`fill="${STAGE_COLORS[operating.properties.stages[0]!].toLowerCase()}"`);
	});

	test('a map in two parts (the poster): the picture draws every site, the links layer only names them', () => {
		const size = { width: 1280, height: 800 };
		const camera = defaultCamera(data, size);
		const o = { style, camera, size, title: 't', description: 'd', id: 'p', links };
		const whole = renderStaticMap(o);
		const { picture, links: layer } = renderSplitMap(o);
		expect(picture).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 1280 800"/);
		expect(picture).not.toContain('<a ');
		expect(layer).not.toContain('<path');
		expect(layer).not.toContain('<text');
		// Every link of the whole map is in the layer, at the same place (its first circle's centre).
		const targets = (svg: string) =>
			new Map([...svg.matchAll(/<a href="([^"]+)"[^>]*><title>[^<]*<\/title><circle cx="([\d.]+)" cy="([\d.]+)"/g)].map((m) => [m[1], `${m[2]},${m[3]}`]));
		expect(targets(layer)).toEqual(targets(whole));
		expect(targets(layer).size).toBe(data.sites.length);
		// …and every symbol drawn on the whole map is drawn on the picture.
		const circles = (svg: string) => [...svg.matchAll(/<circle cx="[^"]+" cy="[^"]+" r="[^"]+" fill="#[0-9a-f]+"[^>]*\/>/g)].map((m) => m[0]).sort();
		expect(circles(picture)).toEqual(circles(whole));
	});

	test('the default view: every site is a link (clustered ones too), no site projects outside the picture', () => {
		const size = { width: 1280, height: 800 };
		const camera = defaultCamera(data, size);
		const svg = renderStaticMap({ style, camera, size, title: 't', description: 'd', id: 'p', links });
		const hrefs = [...svg.matchAll(/<a href="\/sites\/([^"]+)"/g)].map((m) => m[1]);
		expect(new Set(hrefs)).toEqual(new Set(data.sites.map((s) => s.properties.id)));
		for (const s of spreadSharedPoints(data.sites)) {
			const p = project(s.geometry.coordinates, camera, size);
			expect(p.x).toBeGreaterThanOrEqual(0);
			expect(p.x).toBeLessThanOrEqual(size.width);
		}
	});

	test('path data: relative steps always follow an explicit "l" (a bare pair after M would be an absolute line)', () => {
		const size = { width: 1280, height: 800 };
		for (const wholePixels of [false, true]) {
			const svg = renderStaticMap({ style, camera: defaultCamera(data, size), size, title: 't', description: 'd', id: 'p', wholePixels });
			const paths = [...svg.matchAll(/ d="([^"]+)"/g)].map((m) => m[1]!);
			expect(paths.length).toBeGreaterThan(5);
			for (const d of paths) expect(d).not.toMatch(/M-?[\d.]+ -?[\d.]+ -?[\d.]/);
		}
	});

	test('without links the whole SVG is one image (share cards)', () => {
		const size = { width: 600, height: 315 };
		const svg = renderStaticMap({ style, camera: defaultCamera(data, size), size, title: 't', description: 'd', id: 'c' });
		expect(svg).toMatch(/^<svg [^>]*role="img"/);
		expect(svg).not.toContain('<a ');
	});
});

describe('texts of the static maps', () => {
	test('every language fills the same placeholders', async () => {
		const { staticTexts } = await import('$lib/i18n/static-texts');
		const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		const en = staticTexts('en');
		for (const lang of ['es', 'it'] as const) {
			const other = staticTexts(lang);
			for (const key of Object.keys(en) as Array<keyof typeof en>) expect(holes(other[key]), `${lang}.${key}`).toEqual(holes(en[key]));
		}
	});
});
