import { describe, expect, it } from 'vitest';
import { readDataset } from '../../src/lib/server/load';
import { toCSV, toGeoJSON } from '../../src/lib/state/export';
import { rankMatching } from '../../src/lib/state/near-ranking';

const { sites } = readDataset();
const bessines = sites.find((s) => s.properties.id === 'orano-cime-bessines')!;
const near = rankMatching(sites, bessines.geometry.coordinates, 1000, new Set(sites.map((s) => s.properties.id)));
const listed = near.ids.map((id) => sites.find((s) => s.properties.id === id)!);

describe('downloads near a place', () => {
	it('add distance_km to every CSV row, in list order', () => {
		const [header, ...rows] = toCSV(listed, near.km).trimEnd().split('\r\n');
		expect(header!.split(',').at(-1)).toBe('distance_km');
		expect(rows).toHaveLength(near.ids.length);
		const km = rows.map((r) => Number(r.split(',').at(-1)));
		expect(km[0]).toBe(0);
		expect(km).toEqual([...km].sort((a, b) => a - b));
		expect(km.at(-1)).toBeCloseTo(near.km.get(near.ids.at(-1)!)!, 3);
		expect(Math.max(...km)).toBeLessThanOrEqual(1000);
	});

	it('add distance_km to every GeoJSON feature, and nothing without a place', () => {
		const features = JSON.parse(toGeoJSON(listed, near.km)).features as Array<{ properties: { id: string; distance_km: number } }>;
		expect(features.map((f) => f.properties.id)).toEqual(near.ids);
		for (const f of features) expect(f.properties.distance_km).toBeCloseTo(near.km.get(f.properties.id)!, 3);
		expect(toGeoJSON(listed)).not.toContain('distance_km');
		expect(toCSV(listed)).not.toContain('distance_km');
	});
});
