import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { buildAppStyle } from '../../src/lib/map/style';

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
const data = { regions: empty, sites: empty, lines: empty, anchors: empty };
const origin = 'https://maps.example.org';

describe('buildAppStyle', () => {
	it('has each layer once, every one on a declared source', () => {
		const style = buildAppStyle({ origin }, data);
		const ids = style.layers.map((l) => l.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const layer of style.layers) if ('source' in layer) expect(style.sources).toHaveProperty(layer.source as string);
	});

	it('starts with the network links hidden when asked, without duplicating the layer', () => {
		const hidden = buildAppStyle({ origin, showNetwork: false }, data);
		const network = hidden.layers.filter((l) => l.id === 'network-lines');
		expect(network).toHaveLength(1);
		expect(network[0]!.layout).toMatchObject({ visibility: 'none' });
		const shown = buildAppStyle({ origin }, data).layers.find((l) => l.id === 'network-lines')!;
		expect(shown.layout?.visibility ?? 'visible').toBe('visible');
		expect(hidden.layers.map((l) => l.id)).toEqual(buildAppStyle({ origin }, data).layers.map((l) => l.id));
	});

	it('loads every file from the page origin (no remote basemap, glyphs or fonts)', () => {
		const urls = JSON.stringify(buildAppStyle({ origin, base: '/map' }, data)).match(/https?:\/\/[^"]+/g) ?? [];
		expect(urls.length).toBeGreaterThan(0);
		for (const url of urls) expect(url.startsWith(`${origin}/map/`)).toBe(true);
	});
});
