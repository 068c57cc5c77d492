import { error } from '@sveltejs/kit';
import { dataset } from '$lib/server/dataset';
import { siteOrigin } from '$lib/server/site-url';
import { everyLanguage, langOf } from '$lib/i18n/paths';
import type { EntryGenerator, PageServerLoad } from './$types';

// One prerendered, shareable page per region and language (readable without JavaScript).
export const entries: EntryGenerator = () => everyLanguage(dataset().regions.map((r) => r.properties.id));

// Only what the dossier needs is inlined (not the polygon, not other regions' sites).
export const load: PageServerLoad = ({ params }) => {
	const { regions, sites, network } = dataset();
	const region = regions.find((r) => r.properties.id === params.id);
	if (!region) error(404, `No region ${params.id}`);
	const id = region.properties.id;
	return {
		lang: langOf(params.lang),
		origin: siteOrigin(),
		region: region.properties,
		sites: sites.filter((s) => s.properties.region === id),
		network
	};
};
