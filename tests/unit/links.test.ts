import { distance } from '@turf/distance';
import { describe, expect, it } from 'vitest';
import { mapGeometry, networkLines, regionAnchor } from '../../src/lib/data/geometry';
import { linksOf } from '../../src/lib/data/links';
import { formatKm } from '../../src/lib/i18n/format';
import { readDataset } from '../../src/lib/server/load';

const dataset = readDataset('data');
const lines = networkLines(dataset);
const anchorOf = (id: string): [number, number] => {
	const region = dataset.regions.find((r) => r.properties.id === id);
	if (region) return regionAnchor(region);
	const site = dataset.sites.find((s) => s.properties.id === id)!;
	return site.geometry.coordinates;
};

describe('network links carry their great-circle length', () => {
	it('is @turf/distance between the label points (or hub sites) they join, to 0.1 km, and the arc runs between them', () => {
		expect(lines.features.length).toBeGreaterThan(0);
		for (const { properties: p, geometry } of lines.features) {
			const [a, b] = [anchorOf(p.from), anchorOf(p.to)];
			const km = distance(a, b, { units: 'kilometers' });
			expect(p.km, `${p.from}–${p.to}`).toBeCloseTo(km, 1);
			expect(Math.abs(p.km - km)).toBeLessThanOrEqual(0.05);
			// The drawn arc starts and ends at those points.
			expect(geometry.coordinates[0]![0]).toBeCloseTo(a[0], 6);
			expect(geometry.coordinates.at(-1)![1]).toBeCloseTo(b[1], 6);
		}
	});

	it('gives European distances in a plausible range (a unit slip would show)', () => {
		for (const { properties: p } of lines.features) expect(p.km, `${p.from}–${p.to}`).toBeGreaterThan(50);
		for (const { properties: p } of lines.features) expect(p.km, `${p.from}–${p.to}`).toBeLessThan(3000);
	});
});

describe('links of a region (the panel)', () => {
	it('lists every link ending at the region, per initiative in data order, nearest first, with the other end', () => {
		const links = linksOf('ES41', lines);
		const expected = lines.features.filter((f) => f.properties.from === 'ES41' || f.properties.to === 'ES41');
		expect(links).toHaveLength(expected.length);
		for (const l of links) expect(l.other).not.toBe('ES41');
		const initiatives = [...new Set(links.map((l) => l.initiative))];
		expect(initiatives).toEqual([...new Set(expected.map((f) => f.properties.initiative))]);
		for (const i of initiatives) {
			const km = links.filter((l) => l.initiative === i).map((l) => l.km);
			expect(km).toEqual([...km].sort((a, b) => a - b));
		}
	});

	it("reads the same links from the map's regions source the panel is given (polygons and labels are skipped)", () => {
		const regions = mapGeometry(dataset).regions;
		for (const id of ['ES41', 'ES61', 'ITC4', 'orano-cime-bessines']) expect(linksOf(id, regions), id).toEqual(linksOf(id, lines));
		expect(linksOf('ES61', regions).length).toBeGreaterThan(0);
	});

	it('knows nothing of a place without links', () => {
		expect(linksOf('nowhere', lines)).toEqual([]);
	});
});

describe('kilometres in the reader’s language', () => {
	it('groups and rounds as each language does', () => {
		expect(formatKm(1234.4, 'en')).toBe('1,234');
		expect(formatKm(12345.6, 'es')).toBe('12.346');
		expect(formatKm(1234.4, 'it')).toBe('1234');
		expect(formatKm(7.25, 'en')).toBe('7.3');
		expect(formatKm(7.25, 'es')).toBe('7,3');
	});
});
