import { error, json } from '@sveltejs/kit';
import { dataset } from '$lib/server/dataset';
import { oembed } from '$lib/share/oembed';
import { siteOrigin } from '$lib/server/site-url';
import type { EntryGenerator, RequestHandler } from './$types';

// Prerendered to build/oembed/region/<id>.json, one per region of the data.
export const prerender = true;

export const entries: EntryGenerator = () => dataset().regions.map((r) => ({ id: r.properties.id }));

export const GET: RequestHandler = ({ params }) => {
	const region = dataset().regions.find((r) => r.properties.id === params.id);
	if (!region) error(404, `No region ${params.id}`);
	return json(oembed({ kind: 'region', id: params.id, name: region.properties.name_local }, siteOrigin()));
};
