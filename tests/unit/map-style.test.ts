import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { buildAppStyle } from '../../src/lib/map/style';
import { regionCollection } from '../../src/lib/data/geometry';
import type { RegionFeature } from '../../src/lib/data/schema';

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
const data = { regions: empty, sites: empty };
const origin = 'https://maps.example.org';

describe('buildAppStyle', () => {
	it('draws basemap and app layers interleaved, in this order (bottom to top)', () => {
		const order = [
			// sea and land, then the region fills under the administrative lines
			'background',
			'countries-fill',
			'network-regions-fill',
			'valleys-fill',
			'nuts3-line',
			'nuts2-line',
			'countries-line',
			// outlines and network links above the borders
			'network-regions-line',
			'valleys-line',
			'network-lines',
			// place names, the near overlay, then the sites on top, the valleys' names over the clusters but under their counts
			'province-labels',
			'city-labels-major',
			'city-labels',
			'city-labels-minor',
			'near-lines',
			'near-ring',
			'near-origin',
			'sites-cluster',
			'valley-labels',
			'sites-cluster-count',
			'sites-halo',
			'sites-casing',
			'sites-point',
			'sites-label'
		];
		for (const theme of ['light', 'dark'] as const) expect(buildAppStyle({ origin, theme }, data).layers.map((l) => l.id)).toEqual(order);
	});

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

describe('regionCollection', () => {
	const square = (x: number): GeoJSON.Polygon => ({
		type: 'Polygon',
		coordinates: [
			[
				[x, 0],
				[x + 1, 0],
				[x + 1, 1],
				[x, 0]
			]
		]
	});
	const region = (id: string, kind: 'valley' | 'network', x: number) =>
		({ type: 'Feature', geometry: square(x), properties: { id, kind, name_local: id } }) as unknown as RegionFeature;
	const lines: FeatureCollection = {
		type: 'FeatureCollection',
		features: [
			{
				type: 'Feature',
				geometry: {
					type: 'LineString',
					coordinates: [
						[0.5, 0.5],
						[2.5, 0.5]
					]
				},
				properties: { initiative: 'batmass', from: 'A', to: 'B' }
			}
		]
	};
	const anchors: FeatureCollection = {
		type: 'FeatureCollection',
		features: ['A', 'B'].map((id, i) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [i * 2 + 0.5, 0.5] }, properties: { id, name: id } }))
	};

	it('puts polygons, links and labels in one collection, each with its role', () => {
		const fc = regionCollection([region('A', 'valley', 0), region('B', 'network', 2)], lines, anchors);
		expect(fc.features.map((f) => [f.properties?.role, f.geometry.type])).toEqual([
			['area', 'Polygon'],
			['area', 'Polygon'],
			['link', 'LineString'],
			['label', 'Point'],
			['label', 'Point']
		]);
	});

	it("gives each label its region's kind and id (one feature-state dims polygon and label)", () => {
		const fc = regionCollection([region('A', 'valley', 0), region('B', 'network', 2)], lines, anchors);
		const labels = fc.features.filter((f) => f.properties?.role === 'label').map((f) => f.properties);
		expect(labels).toEqual([
			{ id: 'A', name: 'A', kind: 'valley', role: 'label' },
			{ id: 'B', name: 'B', kind: 'network', role: 'label' }
		]);
		const links = fc.features.filter((f) => f.properties?.role === 'link');
		expect(links[0]!.properties).not.toHaveProperty('id');
	});
});
