import { describe, expect, test } from 'vitest';
import {
	POSTERS,
	boundsOffsets,
	drawnCamera,
	posterBaseCamera,
	posterCamera,
	posterKind,
	posterPlacement,
	posterScale,
	type PosterKind
} from '$lib/map/poster';
import { MAX_BOUNDS, project, type Size } from '$lib/map/mercator';

// The poster is placed by CSS alone and the live map opens by camera arithmetic: for any box the
// two must put every point at the same pixel. The CSS is evaluated here as a browser would
// (container units of the box), and compared with MapLibre's camera as mercator.ts mirrors it.

const SITES: Array<[number, number]> = [
	[-5.9, 37.4],
	[-4.7, 41.6],
	[9.19, 45.46],
	[14.5, 46.05],
	[1.2, 46.0],
	[15.6, 40.7]
];

/** Evaluates the poster's inline CSS for a box: the design area's top-left corner and scale in the box. */
function placeByCss(css: string, box: Size): { x: number; y: number; scale: number; design: Size } {
	const cqw = box.width / 100;
	const cqh = box.height / 100;
	const units = (expr: string) =>
		expr
			.replace(/(-?[\d.]+)cqw/g, (_, v) => String(Number(v) * cqw))
			.replace(/(-?[\d.]+)cqh/g, (_, v) => String(Number(v) * cqh))
			.replace(/(-?[\d.]+)px/g, '$1')
			.replace(/calc\(/g, '(');
	const value = (expr: string) => Function(`"use strict"; const min = Math.min, max = Math.max; return ${units(expr)};`)() as number;
	const prop = (name: string) => new RegExp(`(?:^|;)${name}:([^;]+)`).exec(css)![1]!;
	const width = value(prop('width'));
	const height = value(prop('height'));
	const shift = /translate\(-50%, -50%\) translate\((calc\(.+\)), (calc\(.+\))\)$/.exec(prop('transform'))!;
	const tx = value(shift[1]!);
	const ty = value(shift[2]!);
	return { x: box.width / 2 - width / 2 + tx, y: box.height / 2 - height / 2 + ty, scale: width, design: { width, height } };
}

describe('poster placement (CSS) and the live map camera agree', () => {
	for (const kind of ['wide', 'narrow'] as PosterKind[]) {
		const { size: design } = POSTERS[kind];
		const base = posterBaseCamera(SITES, design);
		const css = posterPlacement(base, design);
		for (const box of [
			{ width: 1280, height: 800 },
			{ width: 920, height: 674 },
			{ width: 412, height: 516 },
			{ width: 412, height: 830 },
			{ width: 360, height: 740 },
			{ width: 800, height: 470 },
			{ width: 600, height: 300 },
			{ width: 1920, height: 1000 }
		]) {
			test(`${kind} poster in a ${box.width}×${box.height} box`, () => {
				const placed = placeByCss(css, box);
				const s = placed.scale / design.width;
				expect(s).toBeCloseTo(posterScale(box, design), 9);
				const live = posterCamera(base, box, design);
				for (const site of SITES) {
					const inDesign = project(site, base, design);
					const byCss = { x: placed.x + inDesign.x * s, y: placed.y + inDesign.y * s };
					const byCamera = project(site, live, box);
					expect(Math.hypot(byCss.x - byCamera.x, byCss.y - byCamera.y)).toBeLessThan(0.01);
				}
			});
		}
	}

	test('the picture (design area plus bleed, an <img>) lines up with the design area of the links over it', () => {
		for (const kind of ['wide', 'narrow'] as PosterKind[]) {
			const { size: design, bleed } = POSTERS[kind];
			const base = posterBaseCamera(SITES, design);
			const b = { x: Math.round(design.width * bleed.x), y: Math.round(design.height * bleed.y) };
			const drawing = { width: design.width + 2 * b.x, height: design.height + 2 * b.y };
			for (const box of [
				{ width: 1280, height: 800 },
				{ width: 412, height: 830 },
				{ width: 600, height: 300 }
			]) {
				const links = placeByCss(posterPlacement(base, design), box);
				const picture = placeByCss(posterPlacement(base, design, MAX_BOUNDS, drawing), box);
				const s = links.scale / design.width;
				expect(picture.scale / drawing.width, `${kind} ${box.width}×${box.height}`).toBeCloseTo(s, 9);
				expect(picture.design.height / drawing.height).toBeCloseTo(s, 9);
				expect(picture.x + b.x * s).toBeCloseTo(links.x, 6);
				expect(picture.y + b.y * s).toBeCloseTo(links.y, 6);
			}
		}
	});

	test('a tall phone embed is shifted: the south edge of the basemap sits on the box bottom, as MapLibre constrains it', () => {
		const design = POSTERS.narrow.size;
		const base = posterBaseCamera(SITES, design);
		const box = { width: 412, height: 1100 };
		const live = posterCamera(base, box, design);
		expect(live.center[1]).toBeGreaterThan(base.center[1]);
		expect(project([0, MAX_BOUNDS[1]], live, box).y).toBeCloseTo(box.height, 6);
		expect(boundsOffsets(base).every(Number.isFinite)).toBe(true);
	});

	test('the narrow poster is for boxes up to 640 px wide; the drawn camera is read back from the SVG', () => {
		expect(posterKind(640)).toBe('narrow');
		expect(posterKind(641)).toBe('wide');
		expect(drawnCamera('4.286705,41.852558,5.142537')).toEqual({ center: [4.286705, 41.852558], zoom: 5.142537 });
		expect(drawnCamera(undefined)).toBeNull();
		expect(drawnCamera('4,x,5')).toBeNull();
	});
});
