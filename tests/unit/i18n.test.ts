import { describe, expect, it } from 'vitest';
import { LANGS, STAGES, STATUSES } from '../../src/lib/data/schema';
import { es } from '../../src/lib/i18n/es';
import { formatters, labelsFor, LANG_NAMES, messagesFor, pickLang } from '../../src/lib/i18n/index';
import { it as itMessages } from '../../src/lib/i18n/it';
import { ENGLISH, loadLocale } from '../../src/lib/i18n/locale';
import { en } from '../../src/lib/i18n/messages';
import { INITIATIVE_LABELS, LEGEND_TEXT, STAGE_LABELS, STATUS_LABELS } from '../../src/lib/map/labels';
import { FIT_RESULTS_TEXT, MAP_ERROR_TEXT, MAP_LOADING_TEXT, clusterTooltip } from '../../src/lib/map/messages';

const catalogues: Record<'en' | 'es' | 'it', Record<string, string>> = { en, es, it: itMessages };
const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('UI catalogues', () => {
	const enKeys = Object.keys(en).sort();

	for (const lang of ['es', 'it'] as const) {
		it(`${lang} has exactly the keys of en`, () => {
			const keys = Object.keys(catalogues[lang]).sort();
			expect(
				enKeys.filter((k) => !keys.includes(k)),
				'missing'
			).toEqual([]);
			expect(
				keys.filter((k) => !enKeys.includes(k)),
				'extra'
			).toEqual([]);
		});

		it(`${lang} keeps every {placeholder} of en`, () => {
			for (const key of enKeys) {
				expect(placeholders(catalogues[lang][key] ?? ''), key).toEqual(placeholders(en[key as keyof typeof en]));
			}
		});
	}

	it('has no empty string in any language', () => {
		for (const [lang, messages] of Object.entries(catalogues)) {
			for (const [key, value] of Object.entries(messages)) {
				expect(value.trim(), `${lang}.${key}`).not.toBe('');
			}
		}
	});

	it('messagesFor returns each catalogue', () => {
		expect(messagesFor('en')).toBe(en);
		expect(messagesFor('es')).toBe(es);
		expect(messagesFor('it')).toBe(itMessages);
	});

	it('marks English fallback text in the reader’s language', () => {
		expect(messagesFor('es').inEnglish).toBe('(en inglés)');
		expect(messagesFor('it').inEnglish).toBe('(in inglese)');
	});
});

describe('loadLocale (what the app loads)', () => {
	it('gives English at once, the same catalogue and labels as the prerendered pages', async () => {
		expect(await loadLocale('en')).toBe(ENGLISH);
		expect(ENGLISH.messages).toBe(messagesFor('en'));
		expect(ENGLISH.labels).toEqual(labelsFor('en'));
	});

	for (const lang of ['es', 'it'] as const) {
		it(`loads ${lang} once, with its own catalogue and labels`, async () => {
			const first = loadLocale(lang);
			expect(loadLocale(lang)).toBe(first);
			const locale = await first;
			expect(locale.lang).toBe(lang);
			expect(locale.messages).toBe(messagesFor(lang));
			expect(locale.labels).toEqual(labelsFor(lang));
			expect(locale.labels.stages.collection).not.toBe(ENGLISH.labels.stages.collection);
		});
	}
});

describe('label maps', () => {
	it('English labels are the map module’s English strings', () => {
		const en = labelsFor('en');
		expect(en.stages).toEqual(STAGE_LABELS);
		expect(en.statuses).toEqual(STATUS_LABELS);
		expect(en.initiatives).toEqual(INITIATIVE_LABELS);
		expect(en.legend).toEqual(LEGEND_TEXT);
		expect(en.map.mapError).toBe(MAP_ERROR_TEXT);
		expect(en.map.loading).toBe(MAP_LOADING_TEXT);
		expect(en.map.fitResults).toBe(FIT_RESULTS_TEXT);
		expect(en.map.cluster(12)).toBe(clusterTooltip(12));
	});

	for (const lang of LANGS) {
		it(`${lang} covers every stage, status, initiative and legend entry`, () => {
			const labels = labelsFor(lang);
			expect(Object.keys(labels.stages).sort()).toEqual([...STAGES].sort());
			expect(Object.keys(labels.statuses).sort()).toEqual([...STATUSES].sort());
			expect(Object.keys(labels.initiatives).sort()).toEqual(Object.keys(INITIATIVE_LABELS).sort());
			expect(Object.keys(labels.legend).sort()).toEqual(Object.keys(LEGEND_TEXT).sort());
			const all = [
				...Object.values(labels.stages),
				...Object.values(labels.statuses),
				...Object.values(labels.initiatives),
				...Object.values(labels.legend),
				labels.map.mapError,
				labels.map.loading,
				labels.map.fitResults
			];
			for (const value of all) expect(value.trim()).not.toBe('');
			expect(labels.map.cluster(7)).toContain('7');
		});
	}

	it('translates rather than copies English labels', () => {
		expect(labelsFor('es').stages.hydrometallurgy).toBe('Hidrometalurgia');
		expect(labelsFor('it').stages['second-life']).toBe('Seconda vita / riutilizzo');
		expect(labelsFor('es').legend.title).toBe('Leyenda');
	});
});

describe('pickLang', () => {
	it('prefers the URL language', () => {
		expect(pickLang('it', ['es-ES', 'en'])).toBe('it');
		expect(pickLang('en', ['es'])).toBe('en');
	});

	it('takes the first supported browser language by primary subtag', () => {
		expect(pickLang(null, ['es-ES', 'en'])).toBe('es');
		expect(pickLang(null, ['it'])).toBe('it');
		expect(pickLang(null, ['ca-ES', 'it-IT', 'es'])).toBe('it');
		expect(pickLang(null, ['de-DE', 'en-GB'])).toBe('en');
		expect(pickLang(null, ['ES-mx'])).toBe('es');
	});

	it('falls back to English', () => {
		expect(pickLang(null, [])).toBe('en');
		expect(pickLang(null, ['ca-ES', 'fr', 'eu'])).toBe('en');
		expect(pickLang(null, [''])).toBe('en');
	});
});

describe('LANG_NAMES', () => {
	it('names each language in itself', () => {
		expect(LANG_NAMES).toEqual({ en: 'English', es: 'Español', it: 'Italiano' });
	});
});

describe('formatters', () => {
	it('groups thousands by locale', () => {
		expect(formatters('es').number.format(2391682)).toBe('2.391.682');
		expect(formatters('it').number.format(2391682)).toBe('2.391.682');
		expect(formatters('en').number.format(2391682)).toBe('2,391,682');
	});

	it('formats data dates (YYYY-MM-DD) as long dates on the right day', () => {
		const d = new Date('2025-01-05');
		expect(formatters('en').date.format(d)).toBe('January 5, 2025'); // 'en' is US order (en-GB would give '5 January 2025');
		expect(formatters('es').date.format(d)).toBe('5 de enero de 2025');
		expect(formatters('it').date.format(d)).toBe('5 gennaio 2025');
	});

	it('uses each language’s plural rules', () => {
		expect(formatters('en').plural.select(1)).toBe('one');
		expect(formatters('es').plural.select(2)).toBe('other');
		expect(formatters('it').plural.select(1)).toBe('one');
	});

	it('memoises per language', () => {
		expect(formatters('es')).toBe(formatters('es'));
		expect(formatters('es').number).toBe(formatters('es').number);
		expect(formatters('es')).not.toBe(formatters('it'));
	});
});
