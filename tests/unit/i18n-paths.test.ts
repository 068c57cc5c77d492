import { describe, expect, it } from 'vitest';
import { appAlternates, everyLanguage, langOf, langOfPath, langParam, langPrefix, mapQuery, pageAlternates } from '../../src/lib/i18n/paths';
import { match } from '../../src/params/lang';

describe('share-page language paths', () => {
	it('prefixes every language but English', () => {
		expect(langPrefix('en')).toBe('');
		expect(langPrefix('es')).toBe('/es');
		expect(langPrefix('it')).toBe('/it');
	});

	it('reads the language from the path, after the base path', () => {
		expect(langOfPath('/es/sites/x')).toBe('es');
		expect(langOfPath('/it')).toBe('it');
		expect(langOfPath('/sites/x')).toBe('en');
		expect(langOfPath('/')).toBe('en');
		expect(langOfPath('/estonia/x')).toBe('en');
		expect(langOfPath('/maps/it/regions/ES41', '/maps')).toBe('it');
	});

	it('matches only the prefixed languages as the route segment', () => {
		expect(['es', 'it', 'en', 'fr', ''].map((p) => match(p))).toEqual([true, true, false, false, false]);
		expect(langOf(undefined)).toBe('en');
		expect(langOf('es')).toBe('es');
	});

	it('lists every id in every language for prerendering', () => {
		expect(everyLanguage(['a', 'b'])).toEqual([
			{ id: 'a' },
			{ id: 'b' },
			{ lang: 'es', id: 'a' },
			{ lang: 'es', id: 'b' },
			{ lang: 'it', id: 'a' },
			{ lang: 'it', id: 'b' }
		]);
	});

	it('gives hreflang alternates with an English x-default', () => {
		expect(pageAlternates('/sites/x')).toEqual([
			{ hreflang: 'en', path: '/sites/x' },
			{ hreflang: 'es', path: '/es/sites/x' },
			{ hreflang: 'it', path: '/it/sites/x' },
			{ hreflang: 'x-default', path: '/sites/x' }
		]);
		expect(appAlternates('/').map((a) => a.path)).toEqual(['/?lang=en', '/?lang=es', '/?lang=it', '/']);
	});

	it('links to the map app in a language', () => {
		expect(mapQuery(new URLSearchParams({ site: 'x' }), 'en')).toBe('?site=x');
		expect(mapQuery(new URLSearchParams({ site: 'x' }), 'es')).toBe('?site=x&lang=es');
		expect(mapQuery(new URLSearchParams(), 'en')).toBe('');
		expect(mapQuery(new URLSearchParams(), 'it')).toBe('?lang=it');
	});

	it('gives share pages their language segment, none for English', () => {
		expect(langParam('en')).toEqual({});
		expect(langParam('es')).toEqual({ lang: 'es' });
	});
});
