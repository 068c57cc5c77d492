/** Paths of the share cards (1200×630 PNG, prerendered by src/routes/og): English without a suffix. */
import { LANGS, type Lang } from '$lib/data/vocab';
import { CARD_SIZE } from '$lib/map/static-sizes';

export type CardKind = 'region' | 'site';
export const CARD_WIDTH = CARD_SIZE.width;
export const CARD_HEIGHT = CARD_SIZE.height;

export function cardPath(kind: CardKind, id: string, lang: Lang): string {
	return `/og/${kind}/${cardName(id, lang)}.png`;
}

/** The route parameter of a card: `ITC4` (English), `ITC4.es`, `ITC4.it`. */
export function cardName(id: string, lang: Lang): string {
	return lang === 'en' ? id : `${id}.${lang}`;
}

/** A card route's `name` → id and language; null when the suffix is not another language. */
export function parseCardName(name: string): { id: string; lang: Lang } | null {
	const dot = name.lastIndexOf('.');
	if (dot < 0) return { id: name, lang: 'en' };
	const lang = name.slice(dot + 1);
	return lang !== 'en' && (LANGS as readonly string[]).includes(lang) ? { id: name.slice(0, dot), lang: lang as Lang } : null;
}

/** Route entries: every id in every language. */
export function cardEntries(ids: string[]): Array<{ name: string }> {
	return LANGS.flatMap((lang) => ids.map((id) => ({ name: cardName(id, lang) })));
}
