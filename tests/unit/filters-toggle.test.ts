import { describe, expect, it } from 'vitest';
import { NO_FILTERS, toggleOption, type FacetOrder } from '../../src/lib/state/filters';

const order: FacetOrder = { regions: ['ES41', 'ES61', 'ITC4'], stages: ['mining', 'black-mass'], statuses: ['operating', 'planned'], initiatives: ['batmass'] };

describe('toggleOption', () => {
	it('adds options in the panel order and removes them again', () => {
		const a = toggleOption(NO_FILTERS, 'regions', 'ITC4', order);
		const b = toggleOption(a, 'regions', 'ES41', order);
		expect(b.regions).toEqual(['ES41', 'ITC4']);
		expect(toggleOption(b, 'regions', 'ITC4', order).regions).toEqual(['ES41']);
	});
	it('keeps an unknown value after the known ones', () => {
		expect(toggleOption({ ...NO_FILTERS, regions: ['XX99'] }, 'regions', 'ES61', order).regions).toEqual(['ES61', 'XX99']);
	});
	it('resets the stage match when the last stage is cleared, and keeps it otherwise', () => {
		const all = { ...NO_FILTERS, stages: ['mining', 'black-mass'] as FacetOrder['stages'] as never, stageMatch: 'all' as const };
		expect(toggleOption(all, 'stages', 'mining', order).stageMatch).toBe('all');
		const one = toggleOption(all, 'stages', 'mining', order);
		expect(toggleOption(one, 'stages', 'black-mass', order)).toMatchObject({ stages: [], stageMatch: 'any' });
	});
	it('does not touch the other facets', () => {
		const f = { ...NO_FILTERS, statuses: ['operating' as const], q: 'sevilla' };
		expect(toggleOption(f, 'initiatives', 'batmass', order)).toEqual({ ...f, initiatives: ['batmass'] });
	});
});
