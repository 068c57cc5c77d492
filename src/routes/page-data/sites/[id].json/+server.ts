import { error, json } from '@sveltejs/kit';
import { siteIdsForPages } from '$lib/server/dataset';
import { sitePageData } from '$lib/server/page-data';
import type { EntryGenerator, RequestHandler } from './$types';

// Prerendered to /page-data/sites/<id>.json: what a site's share page shows (src/lib/server/page-data.ts).
export const prerender = true;
export const entries: EntryGenerator = () => siteIdsForPages().map((id) => ({ id }));

export const GET: RequestHandler = ({ params }) => json(sitePageData(params.id) ?? error(404, `No site ${params.id}`));
