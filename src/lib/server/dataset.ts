import type { Dataset } from '$lib/data/schema';
import { readDataset } from '$lib/data/load';

let cached: Dataset | undefined;

/** The validated dataset, read once per build: every prerendered page and oEmbed file needs it. */
export function dataset(): Dataset {
	cached ??= readDataset();
	return cached;
}
