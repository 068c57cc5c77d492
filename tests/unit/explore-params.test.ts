import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseExplore, serializeExplore, type Explore } from '../../src/lib/state/explore-params';
import { DEFAULT_STATE, parseState, serializeState, type Warning } from '../../src/lib/state/url';

const siteIds = new Set(['cta-sevilla', 'orano-cime-bessines']);
const known = { regionIds: new Set(['ES61']), siteIds };

function parse(query: string): { explore: Explore; warnings: Warning[] } {
	const warnings: Warning[] = [];
	const explore = parseExplore(new URLSearchParams(query), siteIds, (param, value, reason) => warnings.push({ param, value, reason }));
	return { explore, warnings };
}

describe('near=, within=, asof= in the link', () => {
	it('reads a site, a point, a radius and a year', () => {
		expect(parse('near=cta-sevilla&within=400&asof=2021')).toEqual({
			explore: { near: { place: { kind: 'site', id: 'cta-sevilla' }, within: 400 }, asof: 2021 },
			warnings: []
		});
		expect(parse('near=37.38283,-5.97317').explore.near).toEqual({ place: { kind: 'point', lat: 37.3828, lon: -5.9732 }, within: null });
		expect(parse('near=-33.9,18.4&within=12.345').explore.near).toEqual({ place: { kind: 'point', lat: -33.9, lon: 18.4 }, within: 12.3 });
	});

	it('drops what it cannot read, naming the parameter and the reason', () => {
		expect(parse('near=nowhere').warnings).toEqual([{ param: 'near', value: 'nowhere', reason: 'unknown-id' }]);
		for (const bad of ['91,0', '0,181', '0x10,5', '1e1,5', '1,2,3', ',5', '40, ', 'abc,def']) {
			expect(parse(`near=${encodeURIComponent(bad)}`), bad).toEqual({
				explore: { near: null, asof: null },
				warnings: [{ param: 'near', value: bad, reason: 'invalid-value' }]
			});
		}
		for (const bad of ['0', '-5', 'far', '0x20', '20001', '']) {
			expect(parse(`near=cta-sevilla&within=${bad}`), bad).toEqual({
				explore: { near: { place: { kind: 'site', id: 'cta-sevilla' }, within: null }, asof: null },
				warnings: [{ param: 'within', value: bad, reason: 'invalid-value' }]
			});
		}
		for (const bad of ['21', '2021.5', 'next', '1899', '2101', '0x7e5']) {
			expect(parse(`asof=${bad}`), bad).toEqual({ explore: { near: null, asof: null }, warnings: [{ param: 'asof', value: bad, reason: 'invalid-value' }] });
		}
	});

	it('warns about a radius without a place, but not twice when the place itself was wrong', () => {
		expect(parse('within=50').warnings).toEqual([{ param: 'within', value: '50', reason: 'invalid-value' }]);
		expect(parse('near=nowhere&within=50').warnings).toEqual([{ param: 'near', value: 'nowhere', reason: 'unknown-id' }]);
	});

	it('is part of the app state: parsed, serialised and round-tripped with the rest', () => {
		const { state, warnings } = parseState(new URLSearchParams('stages=black-mass&near=cta-sevilla&within=400&asof=2021'), known);
		expect(warnings).toEqual([]);
		expect(state.near).toEqual({ place: { kind: 'site', id: 'cta-sevilla' }, within: 400 });
		expect(state.asof).toBe(2021);
		expect(serializeState(state).toString()).toBe('stages=black-mass&near=cta-sevilla&within=400&asof=2021');
		expect(DEFAULT_STATE.near).toBeNull();
		expect(DEFAULT_STATE.asof).toBeNull();
	});

	it('round-trips every valid value', () => {
		const place = fc.oneof(
			fc.constantFrom(...siteIds).map((id) => ({ kind: 'site' as const, id })),
			fc.record({ lat: fc.double({ min: -90, max: 90, noNaN: true }), lon: fc.double({ min: -180, max: 180, noNaN: true }) }).map(({ lat, lon }) => ({
				kind: 'point' as const,
				lat: Number(lat.toFixed(4)),
				lon: Number(lon.toFixed(4))
			}))
		);
		const within = fc.option(
			fc.integer({ min: 1, max: 200_000 }).map((n) => n / 10),
			{ nil: null }
		);
		const asof = fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: null });
		fc.assert(
			fc.property(fc.option(fc.record({ place, within }), { nil: null }), asof, (near, year) => {
				const explore: Explore = { near, asof: year };
				const again = parse(serializeExplore(explore, new URLSearchParams()).toString());
				expect(again.warnings).toEqual([]);
				// -0 and 0 are the same place.
				expect(JSON.parse(JSON.stringify(again.explore))).toEqual(JSON.parse(JSON.stringify(explore)));
			})
		);
	});
});
