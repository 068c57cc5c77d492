import { appPageData } from '$lib/server/page-data';

// Runs at build time (prerender): the data is validated and inlined into the page.
export const load = appPageData;
