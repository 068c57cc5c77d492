import type { I18nText, Lang } from '$lib/data/schema';

/** Data text in the wanted language, with English as the fallback (flagged so the UI can say so). */
export function localText(text: I18nText, lang: Lang): { text: string; fallback: boolean } {
	const wanted = text[lang];
	return wanted ? { text: wanted, fallback: false } : { text: text.en, fallback: lang !== 'en' };
}

/** Host name of a source URL, for links without a title. */
export function hostOf(url: string): string {
	try {
		return new URL(url).hostname.replace(/^www\./, '');
	} catch {
		return url;
	}
}
