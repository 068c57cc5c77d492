/**
 * Numbers, dates and plural forms in a language. Only the parts loaded after the first view (the
 * list, the filters, the panel) use them, so they are not in lang.ts, which the first bundle needs.
 */
import type { Lang } from '$lib/data/vocab';

export type Formatters = {
	number: Intl.NumberFormat;
	date: Intl.DateTimeFormat;
	plural: Intl.PluralRules;
};

const formatterCache = new Map<Lang, Formatters>();

/** Number, long date (for YYYY-MM-DD data dates) and plural-rule formatters for a language, built once per language. */
export function formatters(lang: Lang): Formatters {
	let f = formatterCache.get(lang);
	if (!f) {
		f = {
			number: new Intl.NumberFormat(lang),
			// Data dates are YYYY-MM-DD, which `new Date()` reads as UTC midnight: format them in UTC
			// so they do not show the day before west of Greenwich.
			date: new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }),
			plural: new Intl.PluralRules(lang)
		};
		formatterCache.set(lang, f);
	}
	return f;
}

export type PluralForms = { zero?: string; one: string; other: string };

/**
 * The form for `n`, by the language's plural rules (Intl.PluralRules); `zero` when given and n is 0
 * (a wording choice, not a grammatical category in English, Spanish or Italian).
 */
export function plural(n: number, forms: PluralForms, locale = 'en'): string {
	if (n === 0 && forms.zero !== undefined) return forms.zero;
	return new Intl.PluralRules(locale).select(n) === 'one' ? forms.one : forms.other;
}
