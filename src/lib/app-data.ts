/**
 * The data of `/` and `/embed`. The prerender renders the page from the dataset read on the
 * server; the browser fetches the same data as a file (`/app-data.json`, fetched when the app starts: not preloaded, so the poster's picture goes first)
 * and parses it with JSON.parse. Nothing of it is inlined into the HTML: a 50,000-site dataset
 * inlined as hydration data cost seconds of HTML parsing and script compilation before the map
 * could start, and the file is cached across pages and visits.
 *
 * When the file fails (network error, HTTP error, truncated JSON, a wrong shape) the load does
 * not throw — an error page would replace the prerendered content. It retries with back-off
 * (src/lib/data/retry.ts) while a notice with a Retry button is shown; the page hydrates once the
 * data has arrived, and until then stays as prerendered.
 */
import { base } from '$app/paths';
import { version } from '$app/environment';
import type { Dataset } from '$lib/data/schema';
import { shapeProblem } from '$lib/data/shape';
import type { MapGeometry } from '$lib/data/geometry';
import { retrying } from '$lib/data/retry';
import type { DataFailureNotice } from '$lib/components/data-failure.svelte';

export type AppData = { dataset: Dataset; geometry: MapGeometry };

export const APP_DATA_PATH = '/app-data.json';

/**
 * The data file's URL for this build: `?v=` is the build's version, so a cache never pairs new
 * HTML with an older data file (the prerendered markup and the data must agree to hydrate).
 */
export const appDataUrl = (): string => `${base}${APP_DATA_PATH}?v=${encodeURIComponent(version)}`;

export type LoadHooks = {
	/** The first failure, with its reason (the embed tells its host page). */
	onfailure?(reason: string): void;
};

export async function loadAppData(fetch: typeof globalThis.fetch, hooks: LoadHooks = {}): Promise<AppData> {
	// Server (prerender) only: the browser build drops this branch, and with it the server module.
	if (import.meta.env.SSR) return (await import('$lib/server/app-data')).appData();
	let notice = null as Promise<DataFailureNotice | null> | null;
	const data = await retrying(() => fetchAppData(fetch), {
		onfailure: async (err, failures) => {
			const reason = err instanceof Error ? err.message : String(err);
			console.warn(`[battery-valleys-map] the map data could not be loaded (attempt ${failures}): ${reason}`);
			if (failures === 1) hooks.onfailure?.(reason);
			notice ??= import('$lib/components/data-failure.svelte').then(
				(m) => m.showDataFailure(),
				() => null // Offline even for the chunk: retry without a notice.
			);
			await notice;
		},
		wait: async (ms) => {
			const shown = await notice;
			return shown ? shown.wait(ms) : new Promise((resolve) => setTimeout(resolve, ms));
		}
	});
	(await notice)?.remove();
	return data;
}

async function fetchAppData(fetch: typeof globalThis.fetch): Promise<AppData> {
	const response = await fetch(appDataUrl()).catch((err: unknown) => {
		throw new Error(`${APP_DATA_PATH}: ${err instanceof Error ? err.message : err}`, { cause: err });
	});
	if (!response.ok) throw new Error(`${APP_DATA_PATH}: HTTP ${response.status}`);
	let data: unknown;
	try {
		data = await response.json();
	} catch (err) {
		throw new Error(`${APP_DATA_PATH}: not valid JSON (${err instanceof Error ? err.message : err})`, { cause: err });
	}
	const problem = shapeProblem(data);
	if (problem) throw new Error(`${APP_DATA_PATH} › ${problem}`);
	return data as AppData;
}
