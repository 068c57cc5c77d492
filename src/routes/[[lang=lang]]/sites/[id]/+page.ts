import { langOf } from '$lib/i18n/paths';
import { fetchPageData, type SitePageData } from '$lib/data/page-data';
import type { PageLoad } from './$types';

// The prerendered page carries this response; in the browser the load reads it from there.
export const load: PageLoad = async ({ params, fetch }) => ({ lang: langOf(params.lang), ...(await fetchPageData<SitePageData>(fetch, 'sites', params.id)) });
