import { describe, expect, it } from 'vitest';
import { clampSize, defaultChoices, embedSnippet, embedSrc, embedState, escapeHtml, snippetOptions, type SnippetOptions } from '../../src/lib/embed/snippet';
import { DEFAULT_STATE, parseState, type AppState } from '../../src/lib/state/url';
import { DEFAULT_EMBED, EMBED_PARAMS, parseEmbedFlags } from '../../src/lib/embed/flags';

const ORIGIN = 'https://maps.example.org';
const state: AppState = {
	...DEFAULT_STATE,
	selection: { kind: 'site', id: 'cta-sevilla' },
	filters: { ...DEFAULT_STATE.filters, regions: ['ES61'], statuses: ['operating'] },
	view: { lat: 37.4, lon: -5.9, zoom: 7 }
};
const base: SnippetOptions = { origin: ORIGIN, state, flags: DEFAULT_EMBED, size: { mode: 'responsive' }, autoHeight: false, title: 'Battery map' };
const snippet = (over: Partial<SnippetOptions> = {}) => embedSnippet({ ...base, ...over });

/** Parses the snippet as a browser would, without a DOM: the iframe's attributes, decoded. */
function iframeAttributes(html: string): Map<string, string> {
	const tag = /^<iframe ([^>]*)><\/iframe>/.exec(html)?.[1];
	if (tag === undefined) throw new Error(`no iframe in ${html}`);
	const decode = (v: string) =>
		v
			.replace(/&quot;/g, '"')
			.replace(/&#39;/g, "'")
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&amp;/g, '&');
	const attrs = new Map<string, string>();
	for (const m of tag.matchAll(/([a-z-]+)(?:="([^"]*)")?/g)) attrs.set(m[1]!, decode(m[2] ?? ''));
	return attrs;
}
const srcParams = (html: string) => new URL(iframeAttributes(html).get('src')!).searchParams;

describe('embedSrc', () => {
	it('carries the state parameters and only the non-default flags', () => {
		const src = embedSrc(ORIGIN, state, { ...DEFAULT_EMBED, legend: false, list: true, theme: 'dark' });
		expect(src).toBe(`${ORIGIN}/embed?regions=ES61&statuses=operating&site=cta-sevilla&at=37.4%2C-5.9%2C7&list=1&legend=0&theme=dark`);
	});

	it('has no query for the default state and flags, and accepts a base path with a trailing slash', () => {
		expect(embedSrc(`${ORIGIN}/maps/`, DEFAULT_STATE, DEFAULT_EMBED)).toBe(`${ORIGIN}/maps/embed`);
	});

	it('round-trips through the embed parser', () => {
		const flags = { ...DEFAULT_EMBED, panel: false, filters: true, title: 'Valleys & "friends"' };
		const known = { regionIds: new Set(['ES61']), siteIds: new Set(['cta-sevilla']) };
		const params = new URL(embedSrc(ORIGIN, state, flags, 'it')).searchParams;
		const parsed = parseState(params, known, EMBED_PARAMS);
		expect(parsed.warnings).toEqual([]);
		expect(parsed.state).toEqual({ ...state, lang: 'it' });
		expect(parseEmbedFlags(params)).toEqual(flags);
	});
});

describe('embedState', () => {
	it('drops the view unless it is kept, and sets the language', () => {
		expect(embedState(state, false).view).toBeNull();
		expect(embedState(state, true).view).toEqual(state.view);
		expect(embedState({ ...state, lang: 'es' }, false).lang).toBe('es');
		expect(embedState({ ...state, lang: 'es' }, false, 'it').lang).toBe('it');
	});
});

describe('embedSnippet', () => {
	it('is an iframe with a title, lazy loading, fullscreen and a strict referrer policy, and no sandbox', () => {
		const attrs = iframeAttributes(snippet());
		expect(attrs.get('title')).toBe('Battery map');
		expect(attrs.get('loading')).toBe('lazy');
		expect(attrs.get('allow')).toBe('fullscreen');
		expect(attrs.get('referrerpolicy')).toBe('strict-origin-when-cross-origin');
		expect(attrs.has('sandbox')).toBe(false);
		expect(srcParams(snippet()).get('site')).toBe('cta-sevilla');
	});

	it('escapes the title and the heading so they cannot break out of the attribute', () => {
		const evil = `"><script>alert(1)</script><b a='`;
		const html = snippet({ title: evil, flags: { ...DEFAULT_EMBED, title: evil } });
		expect(html).not.toContain('<script>alert');
		expect(html.match(/<iframe /g)).toHaveLength(1);
		expect(iframeAttributes(html).get('title')).toBe(evil);
		expect(srcParams(html).get('title')).toBe(evil);
		expect(escapeHtml(`a&b"c'd<e>f`)).toBe('a&amp;b&quot;c&#39;d&lt;e&gt;f');
	});

	it('escapes the ampersands between parameters', () => {
		expect(snippet()).toContain('regions=ES61&amp;statuses=operating&amp;site=cta-sevilla');
	});

	it('adds flags only when they differ from the defaults', () => {
		const params = srcParams(snippet());
		for (const flag of ['panel', 'list', 'filters', 'legend', 'theme', 'title', 'origin', 'load']) expect(params.has(flag)).toBe(false);
		const hidden = srcParams(snippet({ flags: { ...DEFAULT_EMBED, legend: false, panel: false } }));
		expect(hidden.get('legend')).toBe('0');
		expect(hidden.get('panel')).toBe('0');
		expect(hidden.has('list')).toBe(false);
	});

	it('is full-width with a 16:10 ratio and a minimum height when responsive', () => {
		const attrs = iframeAttributes(snippet());
		expect(attrs.get('style')).toMatch(/width:100%;aspect-ratio:16\/10;min-height:\d+px/);
		expect(attrs.has('width')).toBe(false);
	});

	it('has a clamped width and height when fixed, and never overflows its column', () => {
		const attrs = iframeAttributes(snippet({ size: { mode: 'fixed', width: 640.4, height: 99999 } }));
		expect(attrs.get('width')).toBe('640');
		expect(attrs.get('height')).toBe('4000');
		expect(attrs.get('style')).toContain('max-width:100%');
		expect(clampSize(Number.NaN)).toBe(200);
	});

	it('with auto-height: the marker attribute and the script from the same origin', () => {
		const html = snippet({ autoHeight: true });
		expect(iframeAttributes(html).has('data-bvm-autoheight')).toBe(true);
		expect(html.split('\n')[1]).toBe(`<script src="${ORIGIN}/embed.js" async></script>`);
		expect(html).not.toContain('<!--');
	});

	it('without auto-height: no marker, no script, and a comment that explains the option', () => {
		const html = snippet({ autoHeight: false });
		expect(iframeAttributes(html).has('data-bvm-autoheight')).toBe(false);
		const [, comment] = html.split('\n');
		expect(comment).toMatch(/^<!-- .*data-bvm-autoheight.*embed\.js.* -->$/);
		expect(html.match(/-->/g)).toHaveLength(1);
	});

	it('sets the chosen language, or keeps the state one when none is chosen', () => {
		expect(srcParams(snippet({ lang: 'es' })).get('lang')).toBe('es');
		expect(srcParams(snippet()).has('lang')).toBe(false);
		expect(srcParams(snippet({ state: { ...state, lang: 'it' } })).get('lang')).toBe('it');
	});

	it('keeps the view the caller passes (the dialog drops it unless asked)', () => {
		expect(srcParams(snippet()).get('at')).toBe('37.4,-5.9,7');
		expect(srcParams(snippet({ state: embedState(state, false) })).has('at')).toBe(false);
	});
});

describe('dialog choices', () => {
	it('start from the default flags, a responsive frame, the current language and no view', () => {
		const choices = defaultChoices({ ...state, lang: 'es' });
		expect(choices).toMatchObject({ size: 'responsive', lang: 'es', keepView: false, autoHeight: false, legend: true, panel: true, loadOnClick: false });
		expect(srcParams(embedSnippet(snippetOptions(ORIGIN, state, { ...choices, loadOnClick: true }, 'Map'))).get('load')).toBe('click');
		expect(defaultChoices(state).lang).toBe('en');
	});

	it('become snippet options: the view only when kept, the title as heading and frame name', () => {
		const choices = { ...defaultChoices(state), legend: false, title: '  Our valley  ', size: 'fixed' as const, width: 640, height: 400 };
		const opts = snippetOptions(ORIGIN, state, choices, 'Fallback');
		expect(opts.state.view).toBeNull();
		expect(opts.flags).toEqual({ ...DEFAULT_EMBED, legend: false, title: 'Our valley' });
		expect(opts.title).toBe('Our valley');
		expect(opts.size).toEqual({ mode: 'fixed', width: 640, height: 400 });
		expect(snippetOptions(ORIGIN, state, { ...choices, title: '', keepView: true }, 'Fallback')).toMatchObject({
			title: 'Fallback',
			state: { view: state.view }
		});
	});
});
