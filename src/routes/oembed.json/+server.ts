import { json } from '@sveltejs/kit';
import { oembed } from '$lib/share/oembed';
import { siteOrigin } from '$lib/server/site-url';

// Prerendered to build/oembed.json: the oEmbed document of the whole map.
export const prerender = true;

export function GET() {
	return json(oembed({ kind: 'home' }, siteOrigin()));
}
