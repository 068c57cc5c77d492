import { describe, expect, it } from 'vitest';
import {
	FACETS,
	NO_FILTERS,
	facetCounts,
	normalise,
	sameFilters,
	type Facet,
	type FacetCounts,
	type FilterRecord,
	type Filters
} from '../../src/lib/state/filters';
import { STAGES, STATUSES } from '../../src/lib/data/schema';

/** The counts by their definition, one filter run per option: what the single-pass facetCounts must equal. */
function countsByDefinition(sites: readonly FilterRecord[], f: Filters): FacetCounts {
	const terms = normalise(f.q).split(/\s+/).filter(Boolean);
	const passes = (s: FilterRecord, g: Filters) =>
		(g.regions.length === 0 || g.regions.includes(s.region)) &&
		(g.stages.length === 0 || (g.stageMatch === 'all' ? g.stages.every((st) => s.stages.includes(st)) : g.stages.some((st) => s.stages.includes(st)))) &&
		(g.statuses.length === 0 || g.statuses.includes(s.status)) &&
		(g.initiatives.length === 0 || g.initiatives.some((i) => s.initiatives.includes(i))) &&
		terms.every((t) => s.text.en.includes(t));
	const out: FacetCounts = { regions: new Map(), stages: new Map(), statuses: new Map(), initiatives: new Map() };
	const values: Record<Facet, (s: FilterRecord) => readonly string[]> = {
		regions: (s) => [s.region],
		stages: (s) => s.stages,
		statuses: (s) => [s.status],
		initiatives: (s) => s.initiatives
	};
	for (const facet of FACETS) {
		const options = new Set(sites.flatMap((s) => values[facet](s)));
		for (const option of options) {
			// The option's count: the other facets as chosen; this facet as "this option" ('any'), or the chosen stages plus it ('all').
			const own = facet === 'stages' && f.stageMatch === 'all' && f.stages.length ? [...new Set([...f.stages, option])] : [option];
			const g = { ...f, [facet]: own } as Filters;
			const n = sites.filter((s) => passes(s, g)).length;
			if (n > 0) out[facet].set(option, n);
		}
	}
	return out;
}

/** Seeded pseudo-random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

describe('facetCounts at scale', () => {
	const rnd = random(7);
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
	const some = <T>(xs: readonly T[], max: number) => [...new Set(Array.from({ length: Math.floor(rnd() * (max + 1)) }, () => pick(xs)))];
	const REGIONS = ['ES61', 'ES41', 'ITC4', 'FRI1', 'DE40'];
	const INITIATIVES = ['batmass', 's3p-ambp', 'reliable'];
	const WORDS = ['leon', 'sevilla', 'milano', 'plant', 'pilot'];
	const sites: FilterRecord[] = Array.from({ length: 400 }, (_, i) => {
		const text = `${pick(WORDS)} ${pick(WORDS)}`;
		return {
			id: `s${i}`,
			region: pick(REGIONS),
			// Some sites list a stage twice: each site still counts once per option.
			stages: rnd() < 0.1 ? [STAGES[0]!, STAGES[0]!] : some(STAGES, 3),
			status: pick(STATUSES),
			initiatives: some(INITIATIVES, 2),
			text: { en: text, es: text, it: text }
		};
	});

	it('equals the counts by definition for random filter sets', () => {
		for (let round = 0; round < 200; round++) {
			const f: Filters = {
				regions: some(REGIONS, 2),
				stages: some(STAGES, 2),
				stageMatch: rnd() < 0.5 ? 'any' : 'all',
				statuses: some(STATUSES, 2),
				initiatives: some(INITIATIVES, 1),
				q: rnd() < 0.2 ? pick(WORDS) : ''
			};
			const got = facetCounts(sites, f, 'en');
			const want = countsByDefinition(sites, f);
			for (const facet of FACETS) expect(Object.fromEntries(got[facet]), `${facet} with ${JSON.stringify(f)}`).toEqual(Object.fromEntries(want[facet]));
		}
	});

	it('without filters counts every option of every site', () => {
		const got = facetCounts(sites, NO_FILTERS, 'en');
		expect([...got.regions.values()].reduce((a, b) => a + b, 0)).toBe(sites.length);
		expect([...got.statuses.values()].reduce((a, b) => a + b, 0)).toBe(sites.length);
	});
});

describe('sameFilters', () => {
	it('compares option by option, not by object', () => {
		expect(sameFilters({ ...NO_FILTERS, regions: ['ES61'] }, { ...NO_FILTERS, regions: ['ES61'] })).toBe(true);
		expect(sameFilters(NO_FILTERS, { ...NO_FILTERS })).toBe(true);
		expect(sameFilters({ ...NO_FILTERS, regions: ['ES61'] }, { ...NO_FILTERS, regions: ['ES41'] })).toBe(false);
		expect(sameFilters({ ...NO_FILTERS, stages: ['research'] }, { ...NO_FILTERS, stages: ['research'], stageMatch: 'all' })).toBe(false);
		expect(sameFilters({ ...NO_FILTERS, q: 'leon' }, { ...NO_FILTERS, q: 'leo' })).toBe(false);
		expect(sameFilters({ ...NO_FILTERS, initiatives: ['a', 'b'] }, { ...NO_FILTERS, initiatives: ['a'] })).toBe(false);
	});
});
