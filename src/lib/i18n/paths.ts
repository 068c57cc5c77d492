/** Language-prefixed paths of the prerendered share pages and their hreflang alternates. */
import { LANGS, type Lang } from '$lib/data/vocab';

/** '' for English (the unprefixed pages), '/es' or '/it' otherwise. */
export function langPrefix(lang: Lang): string {
	return lang === 'en' ? '' : `/${lang}`;
}

/** The language of a page from its path (after the base path): /es/… → es, /it/… → it, else en. */
export function langOfPath(pathname: string, base = ''): Lang {
	const rest = base && pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
	const first = rest.split('/')[1] ?? '';
	return first === 'es' || first === 'it' ? first : 'en';
}

export type Alternate = { hreflang: Lang | 'x-default'; path: string };

/** A share page in every language (`path` without prefix, e.g. '/sites/x'); English is the default. */
export function pageAlternates(path: string): Alternate[] {
	return [...LANGS.map((lang) => ({ hreflang: lang, path: `${langPrefix(lang)}${path}` })), { hreflang: 'x-default', path }];
}

/** The single-page app (/ or /embed) chooses its language with ?lang=; without it, the browser's language. */
export function appAlternates(path: string): Alternate[] {
	return [...LANGS.map((lang) => ({ hreflang: lang, path: `${path}?lang=${lang}` })), { hreflang: 'x-default', path }];
}

/** The search of a link to the map app in a language ('' or '?…'; English keeps links short: no lang parameter). */
export function mapQuery(search: URLSearchParams, lang: Lang): string {
	if (lang !== 'en') search.set('lang', lang);
	const query = search.toString();
	return query ? `?${query}` : '';
}

/** The `[[lang=lang]]` route parameter of a share page: none for English. */
export function langParam(lang: Lang): { lang?: 'es' | 'it' } {
	return lang === 'en' ? {} : { lang };
}

/** Prerender entries of a share page: every id in every language (English without a prefix). */
export function everyLanguage(ids: string[]): Array<{ lang?: 'es' | 'it'; id: string }> {
	return LANGS.flatMap((lang) => ids.map((id) => (lang === 'en' ? { id } : { lang, id })));
}

/** The language of a share page from its optional route segment (none: English). */
export function langOf(segment: 'es' | 'it' | undefined): Lang {
	return segment ?? 'en';
}
