import { error } from '@sveltejs/kit';
import { siteOrigin } from '$lib/server/site-url';
import { siteIdsForPages } from '$lib/server/dataset';
import { siteCardPng } from '$lib/server/static-map/card';
import { cardEntries, parseCardName } from '$lib/share/card';
import type { EntryGenerator, RequestHandler } from './$types';

// Prerendered share cards: build/og/site/<id>.png (English), <id>.es.png, <id>.it.png.
export const prerender = true;

// Only with SITE_URL: pages tag their card only with an absolute origin (see svelte.config.js).
export const entries: EntryGenerator = () => (siteOrigin() ? cardEntries(siteIdsForPages()) : []);

export const GET: RequestHandler = async ({ params }) => {
	const name = parseCardName(params.name);
	const png = name && (await siteCardPng(name.id, name.lang));
	if (!png) error(404, `No share card ${params.name}`);
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
