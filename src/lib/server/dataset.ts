import type { Dataset } from '$lib/data/schema';
import { readDataset } from './load';

let cached: Dataset | undefined;

/** The validated dataset, read once per build: every prerendered page and oEmbed file needs it. */
export function dataset(): Dataset {
	cached ??= readDataset();
	return cached;
}

/**
 * Per-site share pages and oEmbed files (one per site and language) are prerendered unless
 * BVM_SITE_PAGES=0: the benchmark's synthetic builds of 50,000 sites measure the map, not
 * 200,000 static pages.
 */
export function siteIdsForPages(): string[] {
	return process.env.BVM_SITE_PAGES === '0' ? [] : dataset().sites.map((s) => s.properties.id);
}
