import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { langOfPath } from '$lib/i18n/paths';
import { appHeadTags } from '$lib/server/app-head';
import { injectStaticMaps } from '$lib/server/static-map/pages';

// <html lang> of every prerendered page, from its path (/es/… → es, /it/… → it, else en), so the
// share pages declare their language without JavaScript. The app pages set it again at run time.
export const handle: Handle = ({ event, resolve }) => {
	const lang = langOfPath(event.url.pathname, base);
	const head = appHeadTags(event.url.pathname.slice(base.length) || '/');
	// Build-time SVG maps go into their boxes here (see StaticMap.svelte); the app pages' meta tags
	// (app-head.ts) close the head.
	return resolve(event, {
		transformPageChunk: ({ html }) => injectStaticMaps(html.replace('%lang%', lang).replace('</head>', () => `${head}</head>`)),
		// No <link rel=modulepreload> for the scripts: the poster's picture, the largest thing on the
		// page, gets the connections first and is painted before the scripts run (Lighthouse measured
		// /embed LCP 5.0 → 1.8 s on its mobile preset; the scripts start with the bootstrap instead,
		// which on the poster's pages waits until the picture is painted: server/boot-after-poster.ts).
		// The data file is not preloaded either, for the same reason: its fetch starts with the app.
		preload: ({ type }) => type === 'css' || type === 'font'
	});
};
