/** Entry point of the UI translations: catalogues, label maps, language choice and formatters. */
import type { Lang } from '$lib/data/schema';
import { es, esLabels } from './es';
import { it, itLabels } from './it';
import { ENGLISH_LABELS, type Labels } from './labels';
import { en, type Messages } from './messages';

export type { Labels, LegendText, MapText } from './labels';
export { LANG_NAMES, formatters, pickLang, type Formatters } from './lang';
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
