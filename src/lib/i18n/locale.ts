/**
 * The UI language as the app loads it: English is in the first bundle; Spanish and Italian
 * (catalogue and labels) arrive as one extra chunk when chosen, so a reader or an embed in
 * English never downloads them. Prerendered pages use the synchronous ./index instead.
 */
import type { Lang } from '$lib/data/schema';
import { exploreEn, type ExploreText } from './explore-text';
import { ENGLISH_LABELS, type Labels } from './labels';
import { en, type Messages } from './messages';

export type Locale = { lang: Lang; messages: Messages; labels: Labels; explore: ExploreText };

export const ENGLISH: Locale = {
	lang: 'en',
	messages: en,
	labels: ENGLISH_LABELS,
	explore: exploreEn
};

const loading = new Map<Lang, Promise<Locale>>();

/** The catalogue and labels of `lang` (English at once; others fetched once, then shared). */
export function loadLocale(lang: Lang): Promise<Locale> {
	if (lang === 'en') return Promise.resolve(ENGLISH);
	let locale = loading.get(lang);
	if (!locale) {
		locale = import('./index').then((all) => ({ lang, messages: all.messagesFor(lang), labels: all.labelsFor(lang), explore: all.EXPLORE_TEXT[lang] }));
		// A failed fetch (offline) may be retried by the next change of language.
		locale.catch(() => loading.delete(lang));
		loading.set(lang, locale);
	}
	return locale;
}
