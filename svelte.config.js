import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { APP_CSP } from './scripts/headers.js';

/**
 * Share cards (/og/…) are drawn only when SITE_URL gives the public origin: only then do pages
 * tag them (an og:image must be absolute), and they add build time. Any other unseen route fails.
 * @param {{ routes: string[], message: string }} details
 */
function unseenRoutes({ routes, message }) {
	const expected = process.env.SITE_URL?.trim() ? [] : routes.filter((r) => r.startsWith('/og/'));
	if (routes.length > expected.length) throw new Error(message);
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// No `window.__svelte.v` version stamp: nothing here reads it, and every page would carry its code.
	compilerOptions: { discloseVersion: false },
	kit: {
		// Every page is prerendered: the build output is plain files any static host can serve.
		// precompress: a .br and a .gz next to each text file, sent as is by npm start and nginx (scripts/precompress.js adds the rest).
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true, precompress: true }),
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// BVM_SITE_PAGES=0 (benchmark builds of synthetic data) also stops the crawler from
			// reaching the per-site pages through the region pages' links.
			crawl: process.env.BVM_SITE_PAGES !== '0',
			handleUnseenRoutes: process.env.BVM_SITE_PAGES === '0' ? 'ignore' : unseenRoutes
		},
		// Small stylesheets go into the page: each would otherwise be a render-blocking request before
		// the first paint (SvelteKit also lists the CSS of lazily loaded components). The first-load
		// chunk's stylesheet (vite.config.ts) is ~9.4 KB: it must stay under this.
		inlineStyleThreshold: 12288,
		// Each prerendered page carries the app's CSP in a <meta> tag, with the hash of its inline
		// bootstrap script (no 'unsafe-inline' for scripts). Framing is an HTTP header: scripts/headers.js.
		csp: { mode: 'hash', directives: /** @type {NonNullable<import('@sveltejs/kit').KitConfig['csp']>['directives']} */ (APP_CSP) }
	}
};

export default config;
