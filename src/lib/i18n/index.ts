/** Entry point of the UI translations: catalogues, label maps, language choice and formatters. */
import type { Lang } from '$lib/data/schema';
import { es, esExplore, esLabels } from './es';
import { exploreEn, type ExploreText } from './explore-text';
import { it, itExplore, itLabels } from './it';
import { ENGLISH_LABELS, type Labels } from './labels';
import { en, type Messages } from './messages';
import './messages-more'; // English in full

export type { Labels, LegendText, MapText } from './labels';
export { LANG_NAMES, pickLang } from './lang';
export { formatters, type Formatters } from './formatters';
export type { MessageKey, Messages } from './messages';

const CATALOGUES: Record<Lang, Messages> = { en, es, it };

/** The UI catalogue for a language. */
export function messagesFor(lang: Lang): Messages {
	return CATALOGUES[lang];
}

const LABELS: Record<Lang, Labels> = { en: ENGLISH_LABELS, es: esLabels, it: itLabels };

/** The legend, tooltip and facet labels for a language. */
export function labelsFor(lang: Lang): Labels {
	return LABELS[lang];
}

/** The strings of "near" and "as of" in every language. */
export const EXPLORE_TEXT: Record<Lang, ExploreText> = { en: exploreEn, es: esExplore, it: itExplore };
