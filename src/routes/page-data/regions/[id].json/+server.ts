import { error, json } from '@sveltejs/kit';
import { dataset } from '$lib/server/dataset';
import { regionPageData } from '$lib/server/page-data';
import type { EntryGenerator, RequestHandler } from './$types';

// Prerendered to /page-data/regions/<id>.json: what a region's share page shows (src/lib/server/page-data.ts).
export const prerender = true;
export const entries: EntryGenerator = () => dataset().regions.map((r) => ({ id: r.properties.id }));

export const GET: RequestHandler = ({ params }) => json(regionPageData(params.id) ?? error(404, `No region ${params.id}`));
