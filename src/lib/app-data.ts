/**
 * The data of `/` and `/embed`. The prerender renders the page from the dataset read on the
 * server; the browser fetches the same data as a file (`/app-data.json`, preloaded by the page)
 * and parses it with JSON.parse. Nothing of it is inlined into the HTML: a 50,000-site dataset
 * inlined as hydration data cost seconds of HTML parsing and script compilation before the map
 * could start, and the file is cached across pages and visits.
 */
import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { version } from '$app/environment';
import type { Dataset } from '$lib/data/schema';
import type { MapGeometry } from '$lib/data/geometry';

export type AppData = { dataset: Dataset; geometry: MapGeometry };

export const APP_DATA_PATH = '/app-data.json';

/**
 * The data file's URL for this build: `?v=` is the build's version, so a cache never pairs new
 * HTML with an older data file (the prerendered markup and the data must agree to hydrate).
 */
export const appDataUrl = (): string => `${base}${APP_DATA_PATH}?v=${encodeURIComponent(version)}`;

export async function loadAppData(fetch: typeof globalThis.fetch): Promise<AppData> {
	// Server (prerender) only: the browser build drops this branch, and with it the server module.
	if (import.meta.env.SSR) return (await import('$lib/server/app-data')).appData();
	const response = await fetch(appDataUrl());
	if (!response.ok) error(response.status, `Could not load the map data (${APP_DATA_PATH}: HTTP ${response.status})`);
	return (await response.json()) as AppData;
}
