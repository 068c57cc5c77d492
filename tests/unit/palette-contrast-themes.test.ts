import { describe, expect, it } from 'vitest';
import { contrast, over } from '$lib/map/contrast';
import { MAP_PALETTES, THEMES, type MapPalette } from '$lib/map/themes';

// The same contrast rules for every theme: ≥ 3:1 for graphics (WCAG 1.4.11), ≥ 4.5:1 for map text (1.4.3).
function backgrounds(p: MapPalette): Record<string, string> {
	const { basemap: b, valley: v, networkRegion: n } = p;
	return {
		land: b.land,
		sea: b.sea,
		'land outside NUTS': b.landOutside,
		valley: over(v.fill, v.opacity.base, b.land),
		'hovered valley': over(v.fill, v.opacity.hover, b.land),
		'selected valley': over(v.fill, v.opacity.selected, b.land),
		'dimmed valley': over(v.dimmed.fill, v.dimmed.opacity, b.land),
		'selected network region': over(n.fill, 0.24, b.land)
	};
}

for (const theme of THEMES) {
	const p = MAP_PALETTES[theme];
	const bgs = backgrounds(p);
	const below = (colour: string, min: number, where = bgs) =>
		Object.entries(where)
			.map(([bg, c]) => [bg, contrast(colour, c)] as const)
			.filter(([, r]) => r < min)
			.map(([bg, r]) => `${colour} on ${bg}: ${r.toFixed(2)}`);

	describe(`${theme} map palette`, () => {
		it('site casing, cluster discs and network lines are ≥ 3:1 on every background', () => {
			expect(below(p.casing, 3)).toEqual([]);
			expect(below(p.cluster.fill, 3)).toEqual([]);
			for (const style of Object.values(p.initiatives)) expect(below(style.color, 3)).toEqual([]);
		});

		it('valley outlines (dimmed or not) and country borders are ≥ 3:1 on land and sea', () => {
			const landSea = { land: bgs.land!, sea: bgs.sea!, 'dimmed valley': bgs['dimmed valley']! };
			expect(below(p.valley.line, 3, landSea)).toEqual([]);
			expect(below(p.valley.dimmed.line, 3, landSea)).toEqual([]);
			expect(below(p.basemap.countryLine, 3, { land: p.basemap.land, sea: p.basemap.sea })).toEqual([]);
		});

		it('map text is ≥ 4.5:1 on its halo', () => {
			const halo = over(p.textHalo, 1, p.basemap.land);
			const cityHalo = over(p.basemap.cityHalo, 1, p.basemap.land);
			for (const text of [p.siteText, p.networkText, p.valley.label, p.valley.dimmed.label]) expect(contrast(text, halo), text).toBeGreaterThanOrEqual(4.5);
			for (const text of [p.basemap.cityText, p.basemap.provinceText]) expect(contrast(text, cityHalo), text).toBeGreaterThanOrEqual(4.5);
			expect(contrast(p.cluster.text, p.cluster.fill)).toBeGreaterThanOrEqual(4.5);
		});

		it('land and sea are told apart (coastlines) and the selected-site halo stands out', () => {
			expect(contrast(p.selectedHalo, p.basemap.land)).toBeGreaterThanOrEqual(3);
			expect(contrast(p.basemap.land, p.basemap.sea)).toBeGreaterThan(1.1);
		});
	});
}
