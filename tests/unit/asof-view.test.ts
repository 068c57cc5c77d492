import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { asofView } from '../../src/lib/state/explore';
import { siteAsOf, summarise, type DatedEvent } from '../../src/lib/state/asof';
import { dayStamp } from '../../src/lib/state/asof-years';
import type { FilterRecord } from '../../src/lib/state/filters';
import type { SiteFeature } from '../../src/lib/data/schema';

const TODAY = dayStamp(new Date('2026-12-01'));
const site = (id: string, status: SiteFeature['properties']['status'], history: DatedEvent[]) =>
	({ properties: { id, status, history }, geometry: { type: 'Point', coordinates: [0, 0] } }) as unknown as SiteFeature;
const sites = [
	site('a', 'operating', [
		{ event: 'announced', date: '2015' },
		{ event: 'operating', date: '2018' }
	]),
	site('b', 'operating', [{ event: 'operating', date: '2012' }]),
	site('c', 'planned', [{ event: 'announced', date: '2020' }])
];
const records: FilterRecord[] = sites.map((s) => ({
	id: s.properties.id,
	region: 'ES61',
	stages: [],
	status: s.properties.status,
	initiatives: [],
	text: { en: '', es: '', it: '' }
}));
const view = (year: number) => asofView(records, sites, (s) => s.properties.history, year, TODAY);

describe('asofView while scrubbing', () => {
	it('gives the same objects for the same year, and keeps what did not change between years', () => {
		const [y2016, again, y2017, y2019] = [view(2016), view(2016), view(2017), view(2019)];
		expect(y2016.sites.map((s) => s.properties.status)).toEqual(['announced', 'operating']);
		// "a" is announced in 2016 and 2017: one copy, the same object both years; "b" is the data's own object.
		expect(again.sites[0]).toBe(y2016.sites[0]);
		expect(y2017.sites[0]).toBe(y2016.sites[0]);
		expect(y2017.records[0]).toBe(y2016.records[0]);
		expect(y2016.sites[1]).toBe(sites[1]);
		// Operating again by 2019: the data's object itself.
		expect(y2019.sites[0]).toBe(sites[0]);
		expect(y2019.records[0]).toBe(records[0]);
	});

	it('places each shown record at its site’s position, and nothing where a site is hidden', () => {
		const v = view(2016);
		expect(v.recordAt[0]?.status).toBe('announced');
		expect(v.recordAt[1]).toBe(records[1]);
		expect(v.recordAt[2]).toBeUndefined();
	});
});

describe('asofView from the sites’ timelines', () => {
	const EVENTS = ['announced', 'permitted', 'construction', 'operating', 'paused', 'cancelled', 'ended'] as const;
	const DATES = ['2012', '~2014', '2016-03', '2019-09-19 or 2024-09-19', '2021', '~2023', '2026-11-30', '2026-12-15', '2027', 'not a date'];
	const STATUSES = ['announced', 'planned', 'exploration', 'under-construction', 'operating'] as const;

	it('shows every site in each year as siteAsOf does for it alone', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						status: fc.constantFrom(...STATUSES),
						history: fc.array(fc.record({ event: fc.constantFrom(...EVENTS), date: fc.constantFrom(...DATES) }), { maxLength: 4 })
					}),
					{ minLength: 1, maxLength: 8 }
				),
				(specs) => {
					const data = specs.map((x, i) => site(`s${i}`, x.status, x.history));
					const recs = data.map((s) => ({ ...records[0]!, id: s.properties.id, status: s.properties.status }));
					for (let year = 2008; year <= 2032; year++) {
						const v = asofView(recs, data, (s) => s.properties.history, year, TODAY);
						const expected = data.map((s) => siteAsOf(s.properties.history, s.properties.status, year, TODAY));
						expect(v.recordAt.map((r) => r?.status)).toEqual(expected.map((r) => (r.kind === 'shown' ? r.status : undefined)));
						expect(v.sites.map((s) => s.properties.status)).toEqual(expected.flatMap((r) => (r.kind === 'shown' ? [r.status] : [])));
						expect([...v.uncertain]).toEqual(
							data.filter((_, i) => expected[i]!.kind === 'shown' && (expected[i] as { uncertain: boolean }).uncertain).map((s) => s.properties.id)
						);
						expect(v.summary).toEqual(summarise(expected));
						// The ids shown then: as many as shown, each asked by id (and an id not in the data is not).
						expect(v.ids.size).toBe(v.sites.length);
						expect(data.map((s) => v.ids.has(s.properties.id))).toEqual(expected.map((r) => r.kind === 'shown'));
						expect(v.ids.has('no-such-site')).toBe(false);
					}
				}
			),
			{ numRuns: 150 }
		);
	});
});
