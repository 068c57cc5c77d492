/**
 * Language choice, without any catalogue: what the first bundle needs (the formatters are in
 * ./formatters, for the parts loaded later). The
 * catalogues themselves are in ./index (all languages, for prerendered pages) and ./locale
 * (English at once, Spanish and Italian loaded when chosen).
 */
import { LANGS, type Lang } from '$lib/data/vocab';

/** Each language's name in that language (for a language picker). */
export const LANG_NAMES: Record<Lang, string> = { en: 'English', es: 'Español', it: 'Italiano' };

function isLang(value: string): value is Lang {
	return (LANGS as readonly string[]).includes(value);
}

/**
 * The language to show: the URL's when given, else the first browser language whose primary
 * subtag is supported ('es-ES' → 'es'; 'ca-ES' is skipped), else English.
 */
export function pickLang(urlLang: Lang | null, browserLanguages: readonly string[]): Lang {
	if (urlLang) return urlLang;
	for (const tag of browserLanguages) {
		const primary = tag.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
		if (isLang(primary)) return primary;
	}
	return 'en';
}
