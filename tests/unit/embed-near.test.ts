import { describe, expect, it } from 'vitest';
import { nearPlaceOf, parseHostMessage } from '../../src/lib/embed/protocol';
import { EXPLORE_TEXT } from '../../src/lib/i18n/index';

const known = { regionIds: new Set(['ES61']), siteIds: new Set(['cta-sevilla']) };

describe('bvm:near (postMessage API v1)', () => {
	it('accepts a site, a point, a radius, and clear', () => {
		const site = parseHostMessage({ type: 'bvm:near', v: 1, site: 'cta-sevilla', within: 400 }, known);
		expect(site).toEqual({ type: 'bvm:near', v: 1, site: 'cta-sevilla', within: 400 });
		expect(nearPlaceOf(site as Extract<typeof site, { type: 'bvm:near' }>)).toEqual({ kind: 'site', id: 'cta-sevilla' });
		const point = parseHostMessage({ type: 'bvm:near', v: 1, lat: 45.464211, lon: 9.191383 }, known);
		expect(nearPlaceOf(point as Extract<typeof point, { type: 'bvm:near' }>)).toEqual({ kind: 'point', lat: 45.4642, lon: 9.1914 });
		const clear = parseHostMessage({ type: 'bvm:near', v: 1, clear: true }, known);
		expect(nearPlaceOf(clear as Extract<typeof clear, { type: 'bvm:near' }>)).toBeNull();
	});

	it('rejects unknown sites, impossible points and radii, and extra keys', () => {
		for (const bad of [
			{ type: 'bvm:near', v: 1, site: 'nowhere' },
			{ type: 'bvm:near', v: 1, lat: 91, lon: 0 },
			{ type: 'bvm:near', v: 1, lat: 0, lon: 0, within: 0 },
			{ type: 'bvm:near', v: 1, lat: 0, lon: 0, within: 1e9 },
			{ type: 'bvm:near', v: 1, site: 'cta-sevilla', zoom: 3 },
			{ type: 'bvm:near', v: 2, site: 'cta-sevilla' },
			{ type: 'bvm:near', v: 1, clear: false }
		]) {
			expect(parseHostMessage(bad, known), JSON.stringify(bad)).toBeNull();
		}
	});
});

describe('near and as-of texts', () => {
	it('have the same placeholders in every language', () => {
		const holes = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const [key, en] of Object.entries(EXPLORE_TEXT.en)) {
			for (const lang of ['es', 'it'] as const) expect(holes(EXPLORE_TEXT[lang][key as keyof typeof EXPLORE_TEXT.en]), `${lang} ${key}`).toEqual(holes(en));
		}
	});
});
