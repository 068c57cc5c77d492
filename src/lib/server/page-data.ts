import { dataset } from './dataset';

/**
 * Page data of `/` and `/embed`: the validated dataset as one JSON string. SvelteKit's serializer
 * walks every object of plain data; one string is written in a single pass, which keeps builds of
 * tens of thousands of sites linear, and the browser reads it back with the fast JSON.parse.
 */
export function appPageData(): { dataset: string } {
	return { dataset: JSON.stringify(dataset()) };
}
