import { describe, expect, it } from 'vitest';
import { distance } from '@turf/distance';
import { keepRanked, rankMatching } from '../../src/lib/state/near-ranking';
import { ListedIds } from '../../src/lib/state/id-set';
import type { SiteFeature } from '../../src/lib/data/schema';

const site = (id: string, lon: number, lat: number) => ({ properties: { id }, geometry: { coordinates: [lon, lat] } }) as unknown as SiteFeature;

describe('rankMatching and keepRanked', () => {
	const sites = [site('far', 10, 0), site('near', 1, 0), site('mid', 5, 0), site('out', 40, 0)];

	it('gives ids, their positions and km by id', () => {
		const r = rankMatching(sites, [0, 0], 1200, null);
		expect(r.ids).toEqual(['near', 'mid', 'far']);
		expect(r.indices).toEqual([1, 2, 0]);
		expect(r.km.get('mid')).toBe(distance([0, 0], [5, 0]));
		expect(r.km.get('out')).toBeUndefined();
		expect(r.km.get('no such site')).toBeUndefined();
	});

	it('makes no id list until one is asked for: the list reads sites by position', () => {
		let reads = 0;
		const counted = sites.map((s) => ({
			...s,
			properties: {
				get id() {
					reads++;
					return s.properties.id;
				}
			}
		})) as unknown as SiteFeature[];
		const r = rankMatching(counted, [0, 0], 1200, null);
		expect([r.indices, r.idSet.size]).toEqual([[1, 2, 0], 3]);
		expect(reads).toBe(0);
		expect(r.idSet.has('mid')).toBe(true);
		expect(r.idSet.has('out')).toBe(false);
		expect(reads).toBeGreaterThan(0);
	});

	it('keeps order, positions and km of the sites let through', () => {
		const r = keepRanked(rankMatching(sites, [0, 0], 1200, null), new ListedIds(['far', 'near']));
		expect(r.ids).toEqual(['near', 'far']);
		expect(r.indices).toEqual([1, 0]);
		expect(r.km.get('far')).toBe(distance([0, 0], [10, 0]));
	});

	it('ranks only the matching sites when asked', () => {
		expect(rankMatching(sites, [0, 0], null, new ListedIds(['out', 'mid'])).ids).toEqual(['mid', 'out']);
	});
});

describe('ListedIds', () => {
	it('knows its size and its members', () => {
		const ids = new ListedIds(['a', 'b', 'c']);
		expect(ids.size).toBe(3);
		expect(ids.has('b')).toBe(true);
		expect(ids.has('d')).toBe(false);
	});
});
