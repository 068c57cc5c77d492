import { error, json } from '@sveltejs/kit';
import { dataset, siteIdsForPages } from '$lib/server/dataset';
import { oembed } from '$lib/share/oembed';
import { siteOrigin } from '$lib/server/site-url';
import type { EntryGenerator, RequestHandler } from './$types';

// Prerendered to build/oembed/site/<id>.json, one per site of the data.
export const prerender = true;

export const entries: EntryGenerator = () => siteIdsForPages().map((id) => ({ id }));

export const GET: RequestHandler = ({ params }) => {
	const site = dataset().sites.find((s) => s.properties.id === params.id);
	if (!site) error(404, `No site ${params.id}`);
	return json(oembed({ kind: 'site', id: params.id, name: site.properties.name }, siteOrigin()));
};
