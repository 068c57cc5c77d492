import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { STAGES, STATUSES } from '../../src/lib/data/schema';
import { activeChips, type ChipLabels } from '../../src/lib/components/filter-chips';
import { NO_FILTERS, activeFilterCount, type Filters } from '../../src/lib/state/filters';
import { STAGE_LABELS, STATUS_LABELS } from '../../src/lib/map/labels';

const REGIONS: Record<string, string> = { ES61: 'Andalucía', ITC4: 'Lombardia' };
const labels: ChipLabels = {
	region: (id) => REGIONS[id] ?? id,
	stage: (s) => STAGE_LABELS[s],
	status: (s) => STATUS_LABELS[s],
	initiative: (id) => id.toUpperCase(),
	query: (q) => `Search: “${q}”`
};
const filters = (over: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...over });

describe('activeChips', () => {
	it('gives no chip without filters (a blank query counts as none)', () => {
		expect(activeChips(NO_FILTERS, labels)).toEqual([]);
		expect(activeChips(filters({ q: '   ' }), labels)).toEqual([]);
	});

	it('gives one chip per value, in facet order, with the filters that remain without it', () => {
		const f = filters({ regions: ['ES61'], stages: ['black-mass', 'hydrometallurgy'], statuses: ['operating'], q: ' lithium ' });
		const chips = activeChips(f, labels);
		expect(chips.map((c) => [c.key, c.label])).toEqual([
			['region:ES61', 'Andalucía'],
			['stage:black-mass', 'Shredding / black mass'],
			['stage:hydrometallurgy', 'Hydrometallurgy'],
			['status:operating', 'Operating'],
			['q', 'Search: “lithium”']
		]);
		expect(chips[0]?.without).toEqual({ ...f, regions: [] });
		expect(chips[1]?.without).toEqual({ ...f, stages: ['hydrometallurgy'] });
		expect(chips[3]?.without).toEqual({ ...f, statuses: [] });
		expect(chips[4]?.without).toEqual({ ...f, q: '' });
	});

	it('covers initiatives', () => {
		const chips = activeChips(filters({ initiatives: ['batmass', 's3p-ambp'] }), labels);
		expect(chips.map((c) => c.key)).toEqual(['initiative:batmass', 'initiative:s3p-ambp']);
		expect(chips[0]?.label).toBe('BATMASS');
		expect(chips[0]?.without.initiatives).toEqual(['s3p-ambp']);
	});

	it("keeps 'all' while stages remain and resets it with the last stage", () => {
		const two = activeChips(filters({ stages: ['black-mass', 'refining'], stageMatch: 'all' }), labels);
		expect(two[0]?.without).toMatchObject({ stages: ['refining'], stageMatch: 'all' });
		const one = activeChips(filters({ stages: ['black-mass'], stageMatch: 'all' }), labels);
		expect(one[0]?.without).toEqual(NO_FILTERS);
	});

	it('does not change the filters it is given', () => {
		const f = filters({ regions: ['ES61', 'ITC4'], q: 'x' });
		const copy = structuredClone(f);
		activeChips(f, labels);
		expect(f).toEqual(copy);
	});

	it('has one chip per active filter, unique keys, each removing exactly one', () => {
		const arb = fc.record({
			regions: fc.uniqueArray(fc.constantFrom('ES61', 'ITC4', 'FRK2')),
			stages: fc.uniqueArray(fc.constantFrom(...STAGES)),
			stageMatch: fc.constantFrom('any' as const, 'all' as const),
			statuses: fc.uniqueArray(fc.constantFrom(...STATUSES)),
			initiatives: fc.uniqueArray(fc.constantFrom('batmass', 's3p-ambp')),
			q: fc.constantFrom('', ' ', 'lithium', 'black mass')
		});
		fc.assert(
			fc.property(arb, (f) => {
				const chips = activeChips(f, labels);
				expect(chips).toHaveLength(activeFilterCount(f));
				expect(new Set(chips.map((c) => c.key)).size).toBe(chips.length);
				for (const chip of chips) expect(activeFilterCount(chip.without)).toBe(chips.length - 1);
			})
		);
	});
});
