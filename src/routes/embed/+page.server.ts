import { readDataset } from '$lib/data/load';

// Runs at build time (prerender): the data is validated and inlined into the page.
export function load() {
	return readDataset();
}
