import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { circle } from '@turf/circle';
import { distance } from '@turf/distance';
import { readDataset } from '../../src/lib/server/load';
import { roundKm, widenTo, type LonLat } from '../../src/lib/state/near';
import { distanceKm, nearIndex, nearest, rankNear } from '../../src/lib/state/near-index';

const { sites } = readDataset();
const points: LonLat[] = sites.map((s) => s.geometry.coordinates);
const position = (id: string) => {
	const i = sites.findIndex((s) => s.properties.id === id);
	if (i < 0) throw new Error(`no site ${id}`);
	return i;
};

/** What every ranking must equal: each point's @turf/distance, cut at the radius, sorted, ties by position. */
function fullSort(pts: readonly LonLat[], origin: LonLat, within: number | null = null, limit = Infinity) {
	return pts
		.map((p, index) => ({ index, km: distanceKm(origin, p) }))
		.filter((r) => within === null || r.km <= within)
		.sort((a, b) => a.km - b.km || a.index - b.index)
		.slice(0, limit);
}

describe('distances from a place', () => {
	it('ranks Bessines-sur-Gartempe from Sevilla at the great-circle distance @turf/distance gives', () => {
		const sevilla = points[position('renault-refactory-sevilla')]!;
		const bessines = position('orano-cime-bessines');
		const expected = distance(sevilla as [number, number], points[bessines] as [number, number], { units: 'kilometers' });
		const ranked = rankNear(nearIndex(points), sevilla);
		const found = ranked.find((r) => r.index === bessines);
		expect(found?.km).toBe(expected);
		// A coarse guard against a unit slip (miles, metres, radians), not the figure itself.
		expect(expected).toBeGreaterThan(1000);
		expect(expected).toBeLessThan(1300);
	});

	it('lists every site, nearest first, with the distance of each', () => {
		const origin = points[position('seval-colico')]!;
		const ranked = rankNear(nearIndex(points), origin);
		expect(ranked).toHaveLength(sites.length);
		expect(ranked[0]).toEqual({ index: position('seval-colico'), km: 0 });
		for (let i = 1; i < ranked.length; i++) expect(ranked[i]!.km).toBeGreaterThanOrEqual(ranked[i - 1]!.km);
		for (const r of ranked) expect(r.km).toBe(distanceKm(origin, points[r.index]!));
	});

	it('keeps sites at equal distances in data order (two Sevilla sites share one point)', () => {
		const ranked = rankNear(nearIndex(points), points[position('cta-sevilla')]!, { limit: 2 });
		expect(ranked.map((r) => sites[r.index]!.properties.id)).toEqual(['renault-refactory-sevilla', 'cta-sevilla']);
	});

	it('includes a site exactly at the radius and drops one a metre beyond', () => {
		const origin: LonLat = [-5.97317, 37.38283];
		const index = nearIndex(points);
		const edge = distanceKm(origin, points[position('orano-cime-bessines')]!);
		const at = rankNear(index, origin, { within: edge });
		expect(at.at(-1)).toEqual({ index: position('orano-cime-bessines'), km: edge });
		const inside = rankNear(index, origin, { within: edge - 0.001 });
		expect(inside.map((r) => r.index)).not.toContain(position('orano-cime-bessines'));
		expect(inside).toHaveLength(at.length - 1);
	});

	it('applies the other filters and the limit', () => {
		const operating = (i: number) => sites[i]!.properties.status === 'operating';
		const ranked = rankNear(nearIndex(points), [9.19, 45.46], { within: 400, include: operating, limit: 3 });
		expect(ranked).toHaveLength(3);
		expect(ranked.every((r) => operating(r.index))).toBe(true);
		expect(sites[ranked[0]!.index]!.properties.id).toBe('polimi-circ-ev-milano');
		expect(nearest(nearIndex(points), [9.19, 45.46], () => false)).toBeNull();
	});

	it('matches a sort of every point by @turf/distance, for any place and radius', () => {
		const lonLat = fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -85, max: 85, noNaN: true }));
		fc.assert(
			fc.property(
				fc.array(lonLat, { minLength: 1, maxLength: 200 }),
				lonLat,
				fc.option(fc.double({ min: 0, max: 20_000, noNaN: true }), { nil: null }),
				(pts, origin, within) => {
					expect(rankNear(nearIndex(pts), origin, { within })).toEqual(fullSort(pts, origin, within));
				}
			),
			{ numRuns: 200 }
		);
	});

	it('finds every point of a radius near the antimeridian and the poles, as a full sort does', () => {
		// The radius path searches the ring's bounding box: it must split at ±180° and open up around a pole.
		const lonLat = fc.tuple(
			fc.oneof(fc.double({ min: 170, max: 180, noNaN: true }), fc.double({ min: -180, max: -170, noNaN: true })),
			fc.double({ min: -89.9, max: 89.9, noNaN: true })
		);
		fc.assert(
			fc.property(fc.array(lonLat, { minLength: 1, maxLength: 100 }), lonLat, fc.double({ min: 0, max: 3000, noNaN: true }), (pts, origin, within) => {
				expect(rankNear(nearIndex(pts), origin, { within })).toEqual(fullSort(pts, origin, within));
			}),
			{ numRuns: 300 }
		);
	});

	it('finds points all round the edge of a radius at any latitude, and none just beyond it', () => {
		// Away from the equator a ring reaches furthest east and west north of due east; points a
		// hair inside and a hair outside the edge, all round, in every latitude band.
		// Vertices of turf's circle, longitudes wrapped into [-180, 180] as the data's schema requires.
		const edge = (origin: LonLat, km: number) =>
			circle(origin as [number, number], km, { steps: 90 })
				.geometry.coordinates[0]!.slice(0, -1)
				.map(([lon, lat]): LonLat => [((((lon! + 180) % 360) + 360) % 360) - 180, lat!]);
		fc.assert(
			fc.property(
				fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -80, max: 80, noNaN: true })),
				fc.double({ min: 1, max: 5000, noNaN: true }),
				(origin, within) => {
					const pts = [...edge(origin, within * 0.999), ...edge(origin, within * 1.001)];
					const ranked = rankNear(nearIndex(pts), origin, { within });
					expect(ranked).toEqual(fullSort(pts, origin, within));
					expect(ranked).toHaveLength(90);
				}
			),
			{ numRuns: 200 }
		);
	});

	it('orders points at equal distances by position, as a full sort would', () => {
		const few: LonLat[] = [
			[1, 1],
			[-1, -1],
			[1, -1],
			[2, 2]
		];
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...few), { minLength: 1, maxLength: 300 }), fc.integer({ min: 1, max: 20 }), (pts, limit) => {
				expect(rankNear(nearIndex(pts), [0, 0], { limit })).toEqual(fullSort(pts, [0, 0], null, limit));
			})
		);
	});

	it('settles ties and hair-breadth differences as a full sort does, with a radius and a limit', () => {
		// Mirror images about the origin tie exactly; ±180° is one meridian; a few metres apart is
		// inside the order key's tolerance. Only turf's figure, then position, may decide these.
		const spots: LonLat[] = [
			[1, 1],
			[-1, -1],
			[1, -1],
			[-1, 1],
			[1.00000001, 1],
			[1, 1.0000001],
			[180, 10],
			[-180, 10],
			[0, 0],
			[0.0000001, 0]
		];
		const origin = fc.constantFrom<LonLat>([0, 0], [180, 10], [1, 1], [0.5, 0.5]);
		fc.assert(
			fc.property(
				fc.array(fc.constantFrom(...spots), { minLength: 1, maxLength: 120 }),
				origin,
				fc.option(fc.constantFrom(0, 0.01, 157.2, 157.25, 200, 2000), { nil: null }),
				fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
				(pts, from, within, limit) => {
					expect(rankNear(nearIndex(pts), from, { within, limit })).toEqual(fullSort(pts, from, within, limit));
				}
			),
			{ numRuns: 300 }
		);
	});

	it('builds the index once per dataset and copes with none', () => {
		expect(nearIndex(points)).toBe(nearIndex(points));
		expect(rankNear(nearIndex([]), [0, 0])).toEqual([]);
	});
});

describe('widening and rounding', () => {
	it('widens to the smallest step that reaches the nearest site, edge included', () => {
		expect(widenTo(0)).toBe(10);
		expect(widenTo(50)).toBe(50);
		expect(widenTo(50.01)).toBe(100);
		expect(widenTo(3200.5)).toBe(3300);
	});

	it('rounds to 0.1 km under 10 km and to whole km above', () => {
		expect(roundKm(3.14159)).toBe(3.1);
		expect(roundKm(1140.6)).toBe(1141);
	});
});
