/**
 * The data of `/` and `/embed`. The prerender renders the page from the dataset read on the
 * server; the browser fetches the same data as a file (`/app-data.json`, preloaded by the page)
 * and parses it with JSON.parse. Nothing of it is inlined into the HTML: a 50,000-site dataset
 * inlined as hydration data cost seconds of HTML parsing and script compilation before the map
 * could start, and the file is cached across pages and visits.
 */
import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import type { Dataset } from '$lib/data/schema';
import type { MapGeometry } from '$lib/data/geometry';

export type AppData = { dataset: Dataset; geometry: MapGeometry };

export const APP_DATA_PATH = '/app-data.json';

export async function loadAppData(fetch: typeof globalThis.fetch): Promise<AppData> {
	// Server (prerender) only: the browser build drops this branch, and with it the server module.
	if (import.meta.env.SSR) return (await import('$lib/server/app-data')).appData();
	const response = await fetch(`${base}${APP_DATA_PATH}`);
	if (!response.ok) error(response.status, `Could not load the map data (${APP_DATA_PATH}: HTTP ${response.status})`);
	return (await response.json()) as AppData;
}
