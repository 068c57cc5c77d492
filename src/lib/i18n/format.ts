/** Tiny message formatting: `{name}` placeholders and plural-safe key choice. */

export type FormatValues = Record<string, string | number>;

/**
 * Replaces each `{name}` in the template with `values[name]`. Placeholders without a value are
 * left as they are (visible in the UI, so a missing value is noticed rather than silently blank).
 */
export function format(template: string, values: FormatValues): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
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

/** Kilometres in the reader's language: whole km (a tenth under 10 km), grouped as the language groups. */
export function formatKm(km: number, lang: string): string {
	return new Intl.NumberFormat(lang, { maximumFractionDigits: km < 10 ? 1 : 0 }).format(km);
}
