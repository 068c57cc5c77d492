import { describe, expect, it } from 'vitest';
import { NO_FILTERS, applyFilters, facetCounts, normalise, type FilterRecord, type Filters } from '../../src/lib/state/filters';
import { filterRecords } from '../../src/lib/state/records';
import { readDataset } from '../../src/lib/server/load';

const rec = (
	id: string,
	region: string,
	stages: FilterRecord['stages'],
	status: FilterRecord['status'],
	text = id,
	initiatives: string[] = []
): FilterRecord => ({
	id,
	region,
	stages,
	status,
	initiatives,
	text: { en: normalise(text), es: normalise(text), it: normalise(text) }
});

const sites: FilterRecord[] = [
	rec('a', 'ES61', ['black-mass', 'hydrometallurgy'], 'operating', 'Planta de León', ['batmass']),
	rec('b', 'ES61', ['black-mass'], 'planned', 'Sevilla Andalucía'),
	rec('c', 'ES41', ['hydrometallurgy'], 'operating', 'Valladolid'),
	rec('d', 'ITC4', ['research'], 'operating', 'Milano', ['batmass', 's3p-ambp'])
];
const ids = (f: Partial<Filters>) => applyFilters(sites, { ...NO_FILTERS, ...f }, 'en').map((s) => s.id);

describe('applyFilters', () => {
	it('lets everything through without filters', () => expect(ids({})).toEqual(['a', 'b', 'c', 'd']));

	it('combines dimensions with AND and options within one with OR', () => {
		expect(ids({ regions: ['ES61'], statuses: ['operating'] })).toEqual(['a']);
		expect(ids({ regions: ['ES61', 'ES41'] })).toEqual(['a', 'b', 'c']);
	});

	it('matches stages by "any of" or "all of"', () => {
		expect(ids({ stages: ['black-mass', 'hydrometallurgy'] })).toEqual(['a', 'b', 'c']);
		expect(ids({ stages: ['black-mass', 'hydrometallurgy'], stageMatch: 'all' })).toEqual(['a']);
	});

	it('filters by initiative', () => expect(ids({ initiatives: ['s3p-ambp'] })).toEqual(['d']));

	it('searches ignoring case and accents, every word must match', () => {
		expect(ids({ q: 'leon' })).toEqual(['a']);
		expect(ids({ q: 'LEÓN' })).toEqual(['a']);
		expect(ids({ q: 'andalucia' })).toEqual(['b']);
		expect(ids({ q: 'sevilla andalucía' })).toEqual(['b']);
		expect(ids({ q: 'sevilla milano' })).toEqual([]);
	});
});

describe('facetCounts', () => {
	const counts = (f: Partial<Filters>) => facetCounts(sites, { ...NO_FILTERS, ...f }, 'en');

	it('counts every option over all sites without filters', () => {
		const c = counts({});
		expect(Object.fromEntries(c.regions)).toEqual({ ES61: 2, ES41: 1, ITC4: 1 });
		expect(Object.fromEntries(c.stages)).toEqual({ 'black-mass': 2, hydrometallurgy: 2, research: 1 });
		expect(Object.fromEntries(c.statuses)).toEqual({ operating: 3, planned: 1 });
	});

	it('counts each option with the other active filters applied', () => {
		const c = counts({ regions: ['ES61'], statuses: ['operating'] });
		// Regions: what each region would give with status=operating.
		expect(Object.fromEntries(c.regions)).toEqual({ ES61: 1, ES41: 1, ITC4: 1 });
		// Statuses: what each status would give within Andalucía.
		expect(Object.fromEntries(c.statuses)).toEqual({ operating: 1, planned: 1 });
		// Stages: within Andalucía and operating.
		expect(Object.fromEntries(c.stages)).toEqual({ 'black-mass': 1, hydrometallurgy: 1 });
	});

	it('in "all of" mode a stage counts only sites that also have every chosen stage', () => {
		const c = counts({ stages: ['black-mass'], stageMatch: 'all' });
		expect(Object.fromEntries(c.stages)).toEqual({ 'black-mass': 2, hydrometallurgy: 1 });
	});

	it('applies the text search to every count', () => {
		expect(Object.fromEntries(counts({ q: 'milano' }).regions)).toEqual({ ITC4: 1 });
	});

	it('agrees with applyFilters: choosing an option gives the count it showed', () => {
		const base: Filters = { ...NO_FILTERS, statuses: ['operating'] };
		const c = facetCounts(sites, base, 'en');
		for (const [region, n] of c.regions) expect(ids({ ...base, regions: [region] })).toHaveLength(n);
	});
});

describe('records from the real data', () => {
	const records = filterRecords(readDataset());
	it('finds León and Andalucía without accents', () => {
		const find = (q: string) => applyFilters(records, { ...NO_FILTERS, q }, 'en').map((r) => r.id);
		expect(find('leon')).toContain('ismc-icamcyl-leon');
		expect(find('cordoba')).toContain('uco-quemi-cordoba');
	});
	it('knows which initiative each site belongs to', () => {
		const cta = records.find((r) => r.id === 'cta-sevilla');
		expect(cta?.initiatives).toContain('batmass');
	});
});
