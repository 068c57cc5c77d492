/** Tiny message formatting: `{name}` placeholders, and kilometres in a language. */

export type FormatValues = Record<string, string | number>;

/**
 * Replaces each `{name}` in the template with `values[name]`. Placeholders without a value are
 * left as they are (visible in the UI, so a missing value is noticed rather than silently blank).
 */
export function format(template: string, values: FormatValues): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

/** Kilometres in the reader's language: whole km (a tenth under 10 km), grouped as the language groups. */
export function formatKm(km: number, lang: string): string {
	return new Intl.NumberFormat(lang, { maximumFractionDigits: km < 10 ? 1 : 0 }).format(km);
}
