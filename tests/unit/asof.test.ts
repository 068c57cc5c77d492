import { describe, expect, it } from 'vitest';
import { dayStamp, historyYears, parseEventDate, siteAsOf, statusAsOf, summarise, type DatedEvent } from '../../src/lib/state/asof';

const TODAY = dayStamp(new Date('2026-12-01T12:00:00Z'));

const plant: DatedEvent[] = [
	{ kind: 'announced', date: '2017-03' },
	{ kind: 'permitted', date: '2018' },
	{ kind: 'construction', date: '2019-06-15' },
	{ kind: 'operating', date: '2021-11' }
];

describe('reading event dates', () => {
	it('reads exact dates of a year, a month or a day', () => {
		expect(parseEventDate('2021')).toEqual({ year: 2021, month: null, day: null, approximate: false });
		expect(parseEventDate('2021-11')).toEqual({ year: 2021, month: 11, day: null, approximate: false });
		expect(parseEventDate('2019-06-15')).toEqual({ year: 2019, month: 6, day: 15, approximate: false });
	});

	it('reads approximate dates conservatively: the latest year named, marked approximate', () => {
		expect(parseEventDate('~2014')).toEqual({ year: 2014, month: null, day: null, approximate: true });
		expect(parseEventDate('2019 or 2024')).toEqual({ year: 2024, month: null, day: null, approximate: true });
		expect(parseEventDate('c. 2014–2015')).toEqual({ year: 2015, month: null, day: null, approximate: true });
	});

	it('rejects text without a year and impossible months', () => {
		expect(parseEventDate('Thursday 19 September')).toBeNull();
		expect(parseEventDate('2021-13')).toBeNull();
		expect(parseEventDate('20211')).toBeNull();
	});
});

describe('status as of a year', () => {
	it('follows the history year by year, hidden before the first event', () => {
		const at = (year: number) => statusAsOf(plant, year, TODAY);
		expect(at(2016)).toEqual({ kind: 'hidden', event: null });
		expect(at(2017)).toEqual({ kind: 'shown', status: 'announced', event: 'announced', uncertain: false });
		expect(at(2018)).toMatchObject({ status: 'planned' });
		expect(at(2019)).toMatchObject({ status: 'under-construction' });
		expect(at(2020)).toMatchObject({ status: 'under-construction' });
		expect(at(2021)).toMatchObject({ status: 'operating' });
		expect(at(2030)).toMatchObject({ status: 'operating' });
	});

	it('takes events in date order, whatever order the history lists them in', () => {
		expect(statusAsOf([...plant].reverse(), 2019, TODAY)).toMatchObject({ status: 'under-construction' });
	});

	it('among events of one year, the later date (or the later entry) decides', () => {
		const sameYear: DatedEvent[] = [
			{ kind: 'construction', date: '2020-09' },
			{ kind: 'announced', date: '2020-02' }
		];
		expect(statusAsOf(sameYear, 2020, TODAY)).toMatchObject({ status: 'under-construction' });
		expect(
			statusAsOf(
				[
					{ kind: 'announced', date: '2020' },
					{ kind: 'permitted', date: '2020' }
				],
				2020,
				TODAY
			)
		).toMatchObject({ status: 'planned' });
	});

	it('never shows a planned opening as operating, even when the year asked is past it', () => {
		const planned: DatedEvent[] = [
			{ kind: 'announced', date: '2024' },
			{ kind: 'construction', date: '2026-03' },
			{ kind: 'operating', date: '2027' }
		];
		expect(statusAsOf(planned, 2026, TODAY)).toMatchObject({ status: 'under-construction' });
		expect(statusAsOf(planned, 2028, TODAY)).toMatchObject({ status: 'under-construction' });
		// Later this month is still the future.
		expect(statusAsOf([{ kind: 'operating', date: '2026-12-15' }], 2026, TODAY)).toEqual({ kind: 'hidden', event: null });
	});

	it('reads "2019 or 2024" as 2024 and "~2014" as an uncertain 2014', () => {
		const sanpros: DatedEvent[] = [{ kind: 'operating', date: '~2014' }];
		expect(statusAsOf(sanpros, 2013, TODAY)).toEqual({ kind: 'hidden', event: null });
		expect(statusAsOf(sanpros, 2014, TODAY)).toEqual({ kind: 'shown', status: 'operating', event: 'operating', uncertain: true });
		const either: DatedEvent[] = [{ kind: 'operating', date: '2019 or 2024' }];
		expect(statusAsOf(either, 2023, TODAY)).toEqual({ kind: 'hidden', event: null });
		expect(statusAsOf(either, 2024, TODAY)).toMatchObject({ kind: 'shown', uncertain: true });
	});

	it('hides a site once it is cancelled, paused or ended', () => {
		const stopped: DatedEvent[] = [
			{ kind: 'operating', date: '2015' },
			{ kind: 'paused', date: '2020' },
			{ kind: 'operating', date: '2022' },
			{ kind: 'ended', date: '2024' }
		];
		expect(statusAsOf(stopped, 2019, TODAY)).toMatchObject({ status: 'operating' });
		expect(statusAsOf(stopped, 2020, TODAY)).toEqual({ kind: 'hidden', event: 'paused' });
		expect(statusAsOf(stopped, 2022, TODAY)).toMatchObject({ status: 'operating' });
		expect(statusAsOf(stopped, 2024, TODAY)).toEqual({ kind: 'hidden', event: 'ended' });
	});

	it('shows a site without dated history only from the current year, in its current status', () => {
		expect(statusAsOf(undefined, 2021, TODAY)).toEqual({ kind: 'undated' });
		expect(statusAsOf([{ kind: 'operating', date: 'no year' }], 2021, TODAY)).toEqual({ kind: 'undated' });
		expect(siteAsOf(undefined, 'operating', 2025, TODAY)).toEqual({ kind: 'undated' });
		expect(siteAsOf(undefined, 'operating', 2026, TODAY)).toEqual({ kind: 'shown', status: 'operating', event: null, uncertain: false });
		expect(siteAsOf(plant, 'operating', 2017, TODAY)).toMatchObject({ status: 'announced' });
	});
});

describe('slider range and counts', () => {
	it('runs from the first event to the latest year named, at least to this year', () => {
		expect(historyYears([plant, undefined, [{ kind: 'operating', date: '2019 or 2024' }]], TODAY)).toEqual({ min: 2017, max: 2026 });
		expect(historyYears([[{ kind: 'operating', date: '2028' }]], TODAY)).toEqual({ min: 2028, max: 2028 });
		expect(historyYears([undefined], TODAY)).toBeNull();
	});

	it('counts what is shown, by status', () => {
		const summary = summarise([plant, plant, undefined, [{ kind: 'announced' as const, date: '2021' }]].map((h) => statusAsOf(h, 2021, TODAY)));
		expect(summary.shown).toBe(3);
		expect(summary.undated).toBe(1);
		expect(Object.fromEntries(summary.byStatus)).toEqual({ operating: 2, announced: 1 });
	});
});
