import { describe, expect, it, vi } from 'vitest';
import { App, type AppEnv } from '../../src/lib/state/app.svelte';
import { mapGeometry } from '../../src/lib/data/geometry';
import { validateDataset } from '../../src/lib/data/validate';
import { EMBED_PARAMS, readEmbedParams } from '../../src/lib/embed/flags';
import { validInput } from '../fixtures/dataset';

const dataset = validateDataset(validInput()).dataset!;
const data = { dataset, geometry: mapGeometry(dataset) };

/** A browser stand-in: a URL that navigation replaces, and the list of navigations. */
function fakeEnv(start: string, languages: string[] = ['en-GB']) {
	let url = $state(new URL(start, 'https://map.example'));
	const visits: Array<{ href: string; push: boolean }> = [];
	const env: AppEnv = {
		url: () => url,
		go: (href, push) => {
			visits.push({ href, push });
			url = new URL(href, url);
		},
		languages: () => languages
	};
	return { env, visits, href: () => `${url.pathname}${url.search}` };
}

/**
 * An App on a fake URL. Unit tests run Svelte's server runtime: deriveds are computed when read,
 * effects (locale loading, notices, the announcer) do not run; the browser tests cover those.
 */
function appAt(start: string, opts: { languages?: string[]; embed?: boolean } = {}) {
	const browser = fakeEnv(start, opts.languages);
	const app = new App(data, browser.env, opts.embed ? { names: EMBED_PARAMS, read: readEmbedParams } : undefined);
	return { app, ...browser };
}

describe('App: URL → state', () => {
	it('reads the selection, filters and counts from the URL', () => {
		const { app } = appAt('/?site=site-a&q=nothing-matches');
		expect(app.selectedSite?.properties.id).toBe('site-a');
		expect(app.filters.q).toBe('nothing-matches');
		expect(app.matchingSites).toEqual([]);
		expect(app.visibleIds).toEqual(new Set());
	});

	it('draws every site (visibleIds null) when nothing narrows', () => {
		const { app } = appAt('/');
		expect(app.matchingIds.size).toBe(2);
		expect(app.visibleIds).toBeNull();
	});

	it('takes the language from the link, else from the browser', () => {
		expect(appAt('/?lang=it').app.lang).toBe('it');
		expect(appAt('/', { languages: ['es-ES', 'en'] }).app.lang).toBe('es');
		expect(appAt('/', { languages: ['fr'] }).app.lang).toBe('en');
	});

	it('reports ignored URL parts and cleans the link, keeping a page’s own parameters', () => {
		const { app, visits, href } = appAt('/embed?site=nope&list=1&theme=purple&zoom=3', { embed: true });
		expect(app.warnings.map((w) => w.param)).toEqual(['zoom', 'site', 'theme']);
		app.reportWarnings();
		expect(app.notices.map((w) => w.param)).toEqual(['zoom', 'site', 'theme']);
		expect(visits).toEqual([{ href: '/embed?list=1', push: false }]);
		expect(href()).toBe('/embed?list=1');
		expect(app.warnings).toEqual([]);
		app.dismissNotices();
		expect(app.notices).toEqual([]);
	});

	it('treats the embed’s flags as unknown on the full page', () => {
		const { app } = appAt('/?list=1');
		expect(app.warnings).toEqual([{ param: 'list', value: '1', reason: 'unknown-param' }]);
	});
});

describe('App: actions and the history rule', () => {
	it('pushes a history entry for a selection a person makes, and drops the stale view', () => {
		const { app, visits } = appAt('/?at=40,0,5');
		app.select({ kind: 'site', id: 'site-b' });
		expect(visits.at(-1)).toEqual({ href: '/?site=site-b', push: true });
		expect(app.panelTakesFocus).toBe(true);
	});

	it('replaces it for a host page’s selection, without taking focus', () => {
		const { app, visits } = appAt('/embed?list=1', { embed: true });
		app.selectQuietly({ kind: 'region', id: 'XX01' });
		expect(visits.at(-1)).toEqual({ href: '/embed?region=XX01&list=1', push: false });
		expect(app.panelTakesFocus).toBe(false);
	});

	it('replaces it for filters, language, network and a camera a person moved', () => {
		const { app, visits, href } = appAt('/');
		app.setFilters({ ...app.filters, regions: ['XX01'] });
		app.setLang('es');
		app.setShowNetwork(false);
		app.setCamera({ lat: 1, lon: 2, zoom: 3 }, [0, 0, 1, 1], true);
		expect(visits.every((v) => !v.push)).toBe(true);
		expect(href()).toBe('/?regions=XX01&at=1%2C2%2C3&network=0&lang=es');
	});

	it('keeps the camera out of the URL when the map moved by itself, but follows its bounds for the list', () => {
		const { app, visits } = appAt('/');
		app.onlyInView = true;
		app.setCamera({ lat: 0.5, lon: 0.5, zoom: 8 }, [0.4, 0.4, 0.6, 0.6], false);
		expect(visits).toEqual([]);
		expect(app.listed.map((s) => s.properties.id)).toEqual(['site-a']);
	});

	it('closing the panel returns focus to the map when nothing else had it', async () => {
		const { app, visits } = appAt('/?site=site-a');
		const focus = vi.spyOn(app.map, 'focus').mockImplementation(() => {});
		vi.stubGlobal('document', { contains: () => false, activeElement: null });
		app.closePanel();
		await Promise.resolve();
		expect(visits.at(-1)).toEqual({ href: '/', push: true });
		expect(focus).toHaveBeenCalledOnce();
		vi.unstubAllGlobals();
	});
});
