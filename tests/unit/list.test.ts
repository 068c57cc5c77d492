import { describe, expect, it } from 'vitest';
import type { SiteFeature } from '../../src/lib/data/schema';
import { inBounds, sortForList, type Bounds } from '../../src/lib/state/list';
import { positionOf } from '../../src/lib/state/positions';
import { listKeyTarget } from '../../src/lib/components/list-keys';

function site(id: string, name: string, region: string, coordinates: [number, number] = [0, 0]): SiteFeature {
	return {
		type: 'Feature',
		geometry: { type: 'Point', coordinates },
		properties: {
			id,
			name,
			operator: 'Op',
			region,
			town: 'Town',
			coord_precision: 'site',
			stages: ['collection'],
			status: 'operating',
			description: { en: 'A site.' },
			sources: [{ url: 'https://example.org', accessed: '2025-01-01' }],
			verified: '2025-01-01',
			confidence: 'high'
		}
	};
}
const ids = (sites: SiteFeature[]) => sites.map((s) => s.properties.id);

describe('sortForList', () => {
	const order = ['ES61', 'ITC4', 'DE11'];

	it('orders by region order (valleys, then other regions), then by name', () => {
		const sites = [site('d', 'Zeta', 'DE11'), site('a', 'Beta', 'ITC4'), site('b', 'alpha', 'ITC4'), site('c', 'Omega', 'ES61'), site('e', 'Ápice', 'ES61')];
		expect(ids(sortForList(sites, order))).toEqual(['e', 'c', 'b', 'a', 'd']);
	});

	it('ignores case and accents when comparing names', () => {
		const sites = [site('1', 'b', 'ES61'), site('2', 'Á', 'ES61'), site('3', 'a2', 'ES61')];
		expect(ids(sortForList(sites, order))).toEqual(['2', '3', '1']);
	});

	it('is stable: names equal up to case and accents keep their input order', () => {
		const sites = [site('x', 'León', 'ES61'), site('y', 'leon', 'ES61'), site('z', 'LEON', 'ES61')];
		expect(ids(sortForList(sites, order))).toEqual(['x', 'y', 'z']);
		expect(ids(sortForList([...sites].reverse(), order))).toEqual(['z', 'y', 'x']);
	});

	it('puts regions missing from the order last, grouped by code', () => {
		const sites = [site('1', 'A', 'PL22'), site('2', 'B', 'FRK2'), site('3', 'C', 'DE11'), site('4', 'A', 'FRK2')];
		expect(ids(sortForList(sites, order))).toEqual(['3', '4', '2', '1']);
	});

	it('returns a new array and leaves the input alone', () => {
		const sites = [site('b', 'B', 'ES61'), site('a', 'A', 'ES61')];
		const sorted = sortForList(sites, order);
		expect(sorted).not.toBe(sites);
		expect(ids(sites)).toEqual(['b', 'a']);
		expect(sortForList([], order)).toEqual([]);
	});
});

describe('inBounds', () => {
	const box: Bounds = [-10, 35, 20, 50];

	it('is true inside and on the edges, false outside', () => {
		expect(inBounds(site('a', 'A', 'ES61', [-5.98, 37.39]), box)).toBe(true);
		expect(inBounds(site('a', 'A', 'ES61', [-10, 35]), box)).toBe(true);
		expect(inBounds(site('a', 'A', 'ES61', [20, 50]), box)).toBe(true);
		expect(inBounds(site('a', 'A', 'ES61', [21, 40]), box)).toBe(false);
		expect(inBounds(site('a', 'A', 'ES61', [0, 51]), box)).toBe(false);
		expect(inBounds(site('a', 'A', 'ES61', [0, 34.9]), box)).toBe(false);
	});

	it('handles a box crossing the antimeridian (west > east)', () => {
		const pacific: Bounds = [170, -20, -170, 10];
		expect(inBounds(site('a', 'A', 'X', [175, 0]), pacific)).toBe(true);
		expect(inBounds(site('a', 'A', 'X', [-175, 0]), pacific)).toBe(true);
		expect(inBounds(site('a', 'A', 'X', [0, 0]), pacific)).toBe(false);
	});
});

describe('listKeyTarget', () => {
	it('moves by one, by a page and to the ends, clamped to the list', () => {
		expect(listKeyTarget('ArrowDown', 3, 20)).toBe(4);
		expect(listKeyTarget('ArrowDown', 19, 20)).toBe(19);
		expect(listKeyTarget('ArrowUp', 0, 20)).toBe(0);
		expect(listKeyTarget('PageDown', 15, 20)).toBe(19);
		expect(listKeyTarget('PageUp', 15, 20)).toBe(5);
		expect(listKeyTarget('Home', 7, 20)).toBe(0);
		expect(listKeyTarget('End', 7, 20)).toBe(19);
	});
	it('ignores other keys and an empty list', () => {
		expect(listKeyTarget('Enter', 3, 20)).toBeUndefined();
		expect(listKeyTarget('ArrowDown', 0, 0)).toBeUndefined();
	});
});

describe('positionOf', () => {
	it('finds an entry of a list by id, and each new list on its own', () => {
		const list = [site('a', 'A', 'ES61'), site('b', 'B', 'ES61')];
		expect(positionOf(list, 'b')).toBe(1);
		expect(positionOf(list, 'z')).toBeUndefined();
		expect(positionOf([...list].reverse(), 'b')).toBe(0);
	});
});
