import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { langOf } from '$lib/i18n/paths';
import type { SitePageData } from '$lib/data/page-data';
import type { PageLoad } from './$types';

// The prerendered page carries this response; in the browser the load reads it from there.
export const load: PageLoad = async ({ params, fetch }) => {
	const response = await fetch(`${base}/page-data/sites/${params.id}.json`);
	if (!response.ok) error(404, `No site ${params.id}`);
	return { lang: langOf(params.lang), ...((await response.json()) as SitePageData) };
};
