import { dataset } from './dataset';
import { mapGeometry } from '$lib/data/geometry';
import type { AppData } from '$lib/app-data';

/** What `/` and `/embed` need: the validated dataset and the map geometry derived from it at build. */
export function appData(): AppData {
	const data = dataset();
	return { dataset: data, geometry: mapGeometry(data) };
}

/**
 * The same as one JSON string, served as the static file `/app-data.json`. A single
 * JSON.stringify keeps builds of tens of thousands of sites linear.
 */
export function appDataJson(): string {
	return JSON.stringify(appData());
}
