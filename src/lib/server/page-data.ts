import { dataset } from './dataset';
import { mapGeometry } from '$lib/data/geometry';

/**
 * Page data of `/` and `/embed`: the validated dataset as one JSON string. SvelteKit's serializer
 * walks every object of plain data; one string is written in a single pass, which keeps builds of
 * tens of thousands of sites linear, and the browser reads it back with the fast JSON.parse.
 */
export function appPageData(): { dataset: string; geometry: string } {
	const data = dataset();
	// The map's derived geometry (labels, network arcs) is computed here, so turf stays out of the browser.
	return { dataset: JSON.stringify(data), geometry: JSON.stringify(mapGeometry(data)) };
}
