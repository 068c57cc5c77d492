import type { I18nText, Lang } from '$lib/data/schema';

/**
 * Data text in the wanted language, with English as the fallback (flagged so the UI can say so).
 * `english`: the text shown is English, either as the fallback or because the translation keeps the
 * English wording (e.g. the BATMASS official title), so the page can mark it `lang="en"` (WCAG 3.1.2).
 */
export function localText(text: I18nText, lang: Lang): { text: string; fallback: boolean; english: boolean } {
	const wanted = text[lang];
	if (!wanted) return { text: text.en, fallback: lang !== 'en', english: lang !== 'en' };
	return { text: wanted, fallback: false, english: lang !== 'en' && wanted === text.en };
}
