import { describe, expect, it } from 'vitest';
import { ENGLISH_CITATION_WORDS, citationText, sourcePlain, sourceView } from '../../src/lib/data/citation';
import { dateSortKey, formatEventDate, parseEventDate } from '../../src/lib/data/dates';
import { historyText } from '../../src/lib/data/history';
import { toCSV } from '../../src/lib/state/export';
import { site } from '../fixtures/dataset';
import type { SiteFeature } from '../../src/lib/data/schema';

const ES = { about: 'hacia', or: 'o', undated: 's. f.', quotes: ['«', '»'] as const, weak: 'fuente débil' };

describe('event dates', () => {
	it('reads plain, approximate and alternative dates', () => {
		expect(parseEventDate('2022-12')).toEqual({ options: [{ year: 2022, month: 12, day: undefined }], approximate: false, uncertain: false });
		expect(parseEventDate('~2014')).toMatchObject({ approximate: true, uncertain: true });
		expect(parseEventDate('2019-09-19 or 2024-09-19')).toMatchObject({ approximate: false, uncertain: true });
		expect(parseEventDate('2021-02-29')).toBeNull();
		expect(parseEventDate('2021-13')).toBeNull();
		expect(parseEventDate('Sept 2021')).toBeNull();
	});

	it('sorts by the earliest date allowed', () => {
		expect(dateSortKey(parseEventDate('2021 or 2023')!)).toBeLessThan(dateSortKey(parseEventDate('2023-03')!));
		expect(dateSortKey(parseEventDate('2023')!)).toBeLessThan(dateSortKey(parseEventDate('2023-01')!));
	});

	it('formats at the precision the source gives, uncertain ones in words', () => {
		expect(formatEventDate(parseEventDate('2022-12')!, 'en', ENGLISH_CITATION_WORDS)).toBe('Dec 2022');
		expect(formatEventDate(parseEventDate('~2014')!, 'es', ES)).toBe('hacia 2014');
		expect(formatEventDate(parseEventDate('2019-09-19 or 2024-09-19')!, 'it', { about: 'circa', or: 'o' })).toBe('19 set 2019 o 19 set 2024');
	});
});

describe('citations without URL', () => {
	const cronica = { outlet: 'La Nueva Crónica (León)', author: 'P. Ferrero', title: 'Liderando la cooperación europea' };

	it('read as text with "n.d." when undated, in the reader’s language', () => {
		expect(citationText(cronica, 'en', ENGLISH_CITATION_WORDS)).toBe('P. Ferrero, “Liderando la cooperación europea”, La Nueva Crónica (León), n.d.');
		expect(citationText(cronica, 'es', ES)).toBe('P. Ferrero, «Liderando la cooperación europea», La Nueva Crónica (León), s. f.');
		expect(citationText({ outlet: 'Europa Press', date: '2026-01-28' }, 'en', ENGLISH_CITATION_WORDS)).toBe('Europa Press, Jan 28, 2026');
	});

	it('are never links; web pages are', () => {
		expect(sourceView(cronica, 'en', ENGLISH_CITATION_WORDS).kind).toBe('citation');
		expect(sourceView({ url: 'https://www.example.org/a', accessed: '2026-11-26' }, 'en', ENGLISH_CITATION_WORDS)).toEqual({
			kind: 'link',
			href: 'https://www.example.org/a',
			text: 'example.org'
		});
		expect(sourcePlain(cronica)).toBe('P. Ferrero, “Liderando la cooperación europea”, La Nueva Crónica (León), n.d.');
		expect(sourceView({ url: 'https://padernoforum.blogspot.com/x', accessed: '2026-11-26', weak: true }, 'es', ES)).toEqual({
			kind: 'link',
			href: 'https://padernoforum.blogspot.com/x',
			text: 'padernoforum.blogspot.com',
			weak: 'fuente débil'
		});
	});
});

describe('history in the downloads', () => {
	const withHistory = (): SiteFeature => {
		const s = site('site-h') as unknown as SiteFeature;
		s.properties.history = [
			{ event: 'announced', date: '2011-04', sources: [{ url: 'https://example.org/a', accessed: '2026-11-26' }] },
			{ event: 'operating', date: '~2014', sources: [{ outlet: 'Viva Ayamonte', date: '2014' }] }
		];
		return s;
	};

	it('CSV has a history column, uncertain dates marked', () => {
		expect(historyText(withHistory().properties.history)).toBe('announced 2011-04; operating ~2014 (uncertain)');
		const [header, row] = toCSV([withHistory()]).split('\r\n');
		expect(header).toContain(',history,sources');
		expect(row).toContain('announced 2011-04; operating ~2014 (uncertain)');
	});
});

describe('English left in Spanish and Italian text', () => {
	it('is flagged so the page can mark it lang="en": a fallback, or a translation that keeps the English wording', async () => {
		const { localText } = await import('../../src/lib/i18n/text');
		const title = { en: 'EU circular BATtery valley', es: 'EU circular BATtery valley', it: 'EU circular BATtery valley' };
		expect(localText(title, 'es')).toEqual({ text: 'EU circular BATtery valley', fallback: false, english: true });
		expect(localText(title, 'en')).toEqual({ text: 'EU circular BATtery valley', fallback: false, english: false });
		expect(localText({ en: 'Only English' }, 'it')).toEqual({ text: 'Only English', fallback: true, english: true });
		expect(localText({ en: 'Plant', es: 'Planta' }, 'es')).toEqual({ text: 'Planta', fallback: false, english: false });
	});
});

describe('downloads keep the history', () => {
	it('GeoJSON features carry their history as data', async () => {
		const { toGeoJSON } = await import('../../src/lib/state/export');
		const s = site('site-g') as unknown as SiteFeature;
		s.properties.history = [{ event: 'operating', date: '2019-09-19 or 2024-09-19', sources: [{ url: 'https://example.org/a', accessed: '2026-11-26' }] }];
		expect(JSON.parse(toGeoJSON([s])).features[0].properties.history).toEqual(s.properties.history);
	});
});
