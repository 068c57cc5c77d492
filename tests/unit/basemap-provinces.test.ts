import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { ATTRIBUTION, buildAppStyle } from '../../src/lib/map/style';
import { PROVINCE_LABEL_ZOOM } from '../../src/lib/map/layers';

// Context at the zooms the app takes a reader to: province (NUTS-3) outlines and names, offline.
const file = JSON.parse(readFileSync('static/basemap/nuts3.geojson', 'utf8')) as FeatureCollection;
const polygons = file.features.filter((f): f is Feature<Polygon | MultiPolygon> => f.geometry.type !== 'Point');
const labels = file.features.filter((f): f is Feature<Point> => f.geometry.type === 'Point');

describe('static/basemap/nuts3.geojson', () => {
	it('has the 29 provinces of the three valleys (ES41 9, ES61 8, ITC4 12), each with one label point inside it', () => {
		const count = (prefix: string) => polygons.filter((f) => String(f.properties?.id).startsWith(prefix)).length;
		expect([count('ES41'), count('ES61'), count('ITC4')]).toEqual([9, 8, 12]);
		expect(labels).toHaveLength(29);
		for (const label of labels) {
			const province = polygons.find((p) => p.properties?.id === label.properties?.id)!;
			expect(province, String(label.properties?.id)).toBeDefined();
			expect(booleanPointInPolygon(label, province), `${String(label.properties?.name)} label inside its province`).toBe(true);
		}
		expect(labels.map((l) => l.properties?.name)).toEqual(expect.arrayContaining(['León', 'Sevilla', 'Cremona', 'Huelva']));
	});
});

describe('province layers', () => {
	const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
	const style = buildAppStyle({ origin: 'https://maps.example.org' }, { regions: empty, sites: empty });

	it('draws outlines and names from about zoom 6, from the app origin, credited to EuroGeographics', () => {
		const source = style.sources.nuts3 as { data: string; attribution: string };
		expect(source.data).toBe('https://maps.example.org/basemap/nuts3.geojson');
		expect(source.attribution).toBe(ATTRIBUTION.gisco);
		const ids = style.layers.map((l) => l.id);
		expect(ids).toContain('nuts3-line');
		expect(PROVINCE_LABEL_ZOOM).toBeLessThanOrEqual(6);
		// Town names are placed before province names (later symbol layers win collisions).
		expect(ids.indexOf('province-labels')).toBeLessThan(ids.indexOf('city-labels'));
		expect(ids.indexOf('province-labels')).toBeLessThan(ids.indexOf('sites-point'));
	});
});
