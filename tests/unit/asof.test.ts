import { describe, expect, it } from 'vitest';
import { historyYears, eventYears, siteAsOf, statusAsOf, summarise, type DatedEvent } from '../../src/lib/state/asof';
import { dayStamp } from '../../src/lib/state/asof-years';

const TODAY = dayStamp(new Date('2026-12-01T12:00:00Z'));

const plant: DatedEvent[] = [
	{ event: 'announced', date: '2017-03' },
	{ event: 'permitted', date: '2018' },
	{ event: 'construction', date: '2019-06-15' },
	{ event: 'operating', date: '2021-11' }
];

describe('reading event dates', () => {
	it('reads exact dates of a year, a month or a day', () => {
		expect(eventYears('2021')).toEqual({ first: 2021, last: 2021, month: null, day: null, uncertain: false });
		expect(eventYears('2021-11')).toEqual({ first: 2021, last: 2021, month: 11, day: null, uncertain: false });
		expect(eventYears('2019-06-15')).toEqual({ first: 2019, last: 2019, month: 6, day: 15, uncertain: false });
	});

	it('reads approximate dates and alternatives as a range of years, marked uncertain', () => {
		expect(eventYears('~2014')).toEqual({ first: 2014, last: 2014, month: null, day: null, uncertain: true });
		expect(eventYears('2019-09-19 or 2024-09-19')).toEqual({ first: 2019, last: 2024, month: null, day: null, uncertain: true });
		expect(eventYears('2021 or 2023')).toMatchObject({ first: 2021, last: 2023 });
	});

	it('rejects text without a year and impossible months', () => {
		expect(eventYears('Thursday 19 September')).toBeNull();
		// The data's own rule (data/dates.ts): a date is one of the written forms, not text around a year.
		expect(eventYears('spring 2021')).toBeNull();
		expect(eventYears('2021-02-30')).toBeNull();
		expect(eventYears('2021-13')).toBeNull();
		expect(eventYears('20211')).toBeNull();
	});
});

describe('status as of a year', () => {
	it('follows the history year by year, hidden before the first event', () => {
		const at = (year: number) => statusAsOf(plant, 'operating', year, TODAY);
		expect(at(2016)).toEqual({ kind: 'hidden', event: null });
		expect(at(2017)).toEqual({ kind: 'shown', status: 'announced', event: 'announced', uncertain: false });
		expect(at(2018)).toMatchObject({ status: 'planned' });
		expect(at(2019)).toMatchObject({ status: 'under-construction' });
		expect(at(2020)).toMatchObject({ status: 'under-construction' });
		expect(at(2021)).toMatchObject({ status: 'operating' });
		expect(at(2030)).toMatchObject({ status: 'operating' });
	});

	it('uses the current status where an event allows several (an announced project may be planned)', () => {
		const announced: DatedEvent[] = [{ event: 'announced', date: '2025-04' }];
		expect(statusAsOf(announced, 'planned', 2025, TODAY)).toMatchObject({ status: 'planned' });
		expect(statusAsOf([{ event: 'permitted', date: '2019' }], 'exploration', 2020, TODAY)).toMatchObject({ status: 'exploration' });
		// A past event whose status is not today's takes its own first status.
		expect(statusAsOf(plant, 'operating', 2018, TODAY)).toMatchObject({ status: 'planned' });
	});

	it('among events of one year, the later entry decides', () => {
		const sameYear: DatedEvent[] = [
			{ event: 'announced', date: '2020' },
			{ event: 'permitted', date: '2020' }
		];
		expect(statusAsOf(sameYear, 'planned', 2020, TODAY)).toMatchObject({ status: 'planned', event: 'permitted' });
	});

	it('never shows a planned opening as operating, even when the year asked is past it', () => {
		const planned: DatedEvent[] = [
			{ event: 'announced', date: '2024' },
			{ event: 'construction', date: '2026-03' },
			{ event: 'operating', date: '2027' }
		];
		expect(statusAsOf(planned, 'under-construction', 2026, TODAY)).toMatchObject({ status: 'under-construction' });
		expect(statusAsOf(planned, 'under-construction', 2028, TODAY)).toMatchObject({ status: 'under-construction' });
		// Later this month is still the future.
		expect(statusAsOf([{ event: 'operating', date: '2026-12-15' }], 'operating', 2026, TODAY)).toEqual({ kind: 'hidden', event: null });
	});

	it('counts an uncertain step forward from the latest year it allows, marked uncertain (Sanpros)', () => {
		const sanpros: DatedEvent[] = [
			{ event: 'announced', date: '2011-04' },
			{ event: 'operating', date: '~2014' },
			{ event: 'operating', date: '2019-09-19 or 2024-09-19' }
		];
		expect(statusAsOf(sanpros, 'operating', 2013, TODAY)).toEqual({ kind: 'shown', status: 'announced', event: 'announced', uncertain: false });
		expect(statusAsOf(sanpros, 'operating', 2014, TODAY)).toEqual({ kind: 'shown', status: 'operating', event: 'operating', uncertain: true });
		expect(statusAsOf([{ event: 'operating', date: '2019 or 2024' }], 'operating', 2023, TODAY)).toEqual({ kind: 'hidden', event: null });
		expect(statusAsOf([{ event: 'operating', date: '2019 or 2024' }], 'operating', 2024, TODAY)).toMatchObject({ kind: 'shown', uncertain: true });
	});

	it('counts an uncertain stop from the earliest year it allows, and hides a site while stopped', () => {
		const mine: DatedEvent[] = [
			{ event: 'operating', date: '2009' },
			{ event: 'ended', date: '2021 or 2023' },
			{ event: 'permitted', date: '2023-03' }
		];
		expect(statusAsOf(mine, 'planned', 2020, TODAY)).toMatchObject({ status: 'operating' });
		expect(statusAsOf(mine, 'planned', 2021, TODAY)).toEqual({ kind: 'hidden', event: 'ended' });
		expect(statusAsOf(mine, 'planned', 2023, TODAY)).toMatchObject({ status: 'planned', event: 'permitted' });
		const paused: DatedEvent[] = [
			{ event: 'operating', date: '2012' },
			{ event: 'paused', date: '2022-10' },
			{ event: 'operating', date: '2023-12' }
		];
		expect(statusAsOf(paused, 'operating', 2022, TODAY)).toEqual({ kind: 'hidden', event: 'paused' });
		expect(statusAsOf(paused, 'operating', 2023, TODAY)).toMatchObject({ status: 'operating' });
	});

	it('shows a site without dated history only from the current year, in its current status', () => {
		expect(statusAsOf(undefined, 'operating', 2021, TODAY)).toEqual({ kind: 'undated' });
		expect(statusAsOf([{ event: 'operating', date: 'no year' }], 'operating', 2021, TODAY)).toEqual({ kind: 'undated' });
		expect(siteAsOf(undefined, 'operating', 2025, TODAY)).toEqual({ kind: 'undated' });
		expect(siteAsOf(undefined, 'operating', 2026, TODAY)).toEqual({ kind: 'shown', status: 'operating', event: null, uncertain: false });
		expect(siteAsOf(plant, 'operating', 2017, TODAY)).toMatchObject({ status: 'announced' });
	});
});

describe('slider range and counts', () => {
	it('runs from the first event to the latest year named, at least to this year', () => {
		expect(historyYears([plant, undefined, [{ event: 'operating', date: '2019 or 2024' }]], TODAY)).toEqual({ min: 2017, max: 2026 });
		expect(historyYears([[{ event: 'operating', date: '2028' }]], TODAY)).toEqual({ min: 2028, max: 2028 });
		expect(historyYears([undefined], TODAY)).toBeNull();
	});

	it('counts what is shown, by status', () => {
		const histories: Array<DatedEvent[] | undefined> = [plant, plant, undefined, [{ event: 'announced', date: '2021' }]];
		const summary = summarise(histories.map((h) => statusAsOf(h, 'operating', 2021, TODAY)));
		expect(summary.shown).toBe(3);
		expect(summary.undated).toBe(1);
		expect(Object.fromEntries(summary.byStatus)).toEqual({ operating: 2, announced: 1 });
	});
});
