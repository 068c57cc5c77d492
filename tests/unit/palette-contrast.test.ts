import { describe, expect, it } from 'vitest';
import { contrast, over, parseColor } from '$lib/map/contrast';
import { BASEMAP, CLUSTER, INITIATIVE_STYLES, NETWORK_LINE_OPACITY, NETWORK_REGION, SITE_CASING, STAGE_COLORS, VALLEY } from '$lib/map/palette';

// WCAG 2.2 SC 1.4.11: the parts of a graphic needed to understand it have at least 3:1 against what they sit on.
const NON_TEXT = 3;

/** Every background a site symbol or a network line can sit on, as drawn (fills composited over land). */
const BACKGROUNDS: Record<string, string> = {
	land: BASEMAP.land,
	sea: BASEMAP.sea,
	'land outside NUTS': BASEMAP.landOutside,
	valley: over(VALLEY.fill, VALLEY.opacity.base, BASEMAP.land),
	'hovered valley': over(VALLEY.fill, VALLEY.opacity.hover, BASEMAP.land),
	'selected valley': over(VALLEY.fill, VALLEY.opacity.selected, BASEMAP.land),
	'dimmed valley': over(VALLEY.dimmed.fill, VALLEY.dimmed.opacity, BASEMAP.land),
	'selected network region': over(NETWORK_REGION.fill, 0.24, BASEMAP.land)
};

describe('contrast helpers', () => {
	it('match the figures of the a11y audit', () => {
		expect(contrast('#33BBEE', '#f6f4ef')).toBeCloseTo(2.01, 2);
		expect(over(VALLEY.fill, VALLEY.opacity.base, BASEMAP.land)).toBe('#d3dfe0');
		expect(over(VALLEY.fill, VALLEY.opacity.selected, BASEMAP.land)).toBe('#b1c9d0');
		expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(parseColor('rgba(255,255,255,0.85)')).toEqual({ rgb: [255, 255, 255], alpha: 0.85 });
	});
});

describe('non-text contrast of the light palette (≥ 3:1)', () => {
	it('every site symbol, whatever its stage colour, has an edge of ≥ 3:1 on every background', () => {
		const failures: string[] = [];
		// The edge a reader sees is the casing: the stage colour itself may be light (it is inside the casing).
		for (const [bg, colour] of Object.entries(BACKGROUNDS)) {
			const ratio = contrast(SITE_CASING.color, colour);
			if (ratio < NON_TEXT) failures.push(`casing on ${bg}: ${ratio.toFixed(2)}`);
		}
		expect(failures).toEqual([]);
		expect(Object.keys(STAGE_COLORS).length).toBeGreaterThan(10);
	});

	it('network lines are opaque and ≥ 3:1 on land, sea and every valley fill', () => {
		expect(NETWORK_LINE_OPACITY).toBe(1);
		for (const [id, style] of Object.entries(INITIATIVE_STYLES)) {
			for (const [bg, colour] of Object.entries(BACKGROUNDS)) expect(contrast(style.color, colour), `${id} on ${bg}`).toBeGreaterThanOrEqual(NON_TEXT);
		}
	});

	it('valley outlines, dimmed or not, are ≥ 3:1 on land and sea', () => {
		for (const line of [VALLEY.line, VALLEY.dimmed.line]) {
			for (const bg of ['land', 'sea', 'dimmed valley', 'selected valley'])
				expect(contrast(line, BACKGROUNDS[bg]!), `${line} on ${bg}`).toBeGreaterThanOrEqual(NON_TEXT);
		}
	});

	it('cluster discs are ≥ 3:1 on every background', () => {
		for (const [bg, colour] of Object.entries(BACKGROUNDS)) expect(contrast(CLUSTER.fill, colour), bg).toBeGreaterThanOrEqual(NON_TEXT);
	});

	it('legend swatches are ≥ 3:1 on the legend card (white)', () => {
		const card = over('#ffffff', 0.95, BASEMAP.land);
		expect(contrast(SITE_CASING.color, card)).toBeGreaterThanOrEqual(NON_TEXT);
		expect(contrast(VALLEY.line, card)).toBeGreaterThanOrEqual(NON_TEXT);
		expect(contrast(NETWORK_REGION.line, card)).toBeGreaterThanOrEqual(NON_TEXT);
		for (const style of Object.values(INITIATIVE_STYLES)) expect(contrast(style.color, card)).toBeGreaterThanOrEqual(NON_TEXT);
	});

	it('map text (dimmed valley names, towns) is ≥ 4.5:1 on its halo', () => {
		expect(contrast(VALLEY.dimmed.label, '#ffffff')).toBeGreaterThanOrEqual(4.5);
		expect(contrast(BASEMAP.cityText, over(BASEMAP.cityHalo, 1, BASEMAP.land))).toBeGreaterThanOrEqual(4.5);
		expect(contrast(BASEMAP.provinceText, over(BASEMAP.cityHalo, 1, BASEMAP.land))).toBeGreaterThanOrEqual(4.5);
	});
});
