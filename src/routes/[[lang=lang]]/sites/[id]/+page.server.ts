import { error } from '@sveltejs/kit';
import { initiativesOfSite } from '$lib/data/derive';
import { dataset, siteIdsForPages } from '$lib/server/dataset';
import { siteOrigin } from '$lib/server/site-url';
import { everyLanguage, langOf } from '$lib/i18n/paths';
import type { EntryGenerator, PageServerLoad } from './$types';

// One prerendered, shareable page per site and language (readable without JavaScript).
export const entries: EntryGenerator = () => everyLanguage(siteIdsForPages());

// Only what the page shows is inlined (not the whole dataset, not the region's polygon).
export const load: PageServerLoad = ({ params }) => {
	const data = dataset();
	const site = data.sites.find((s) => s.properties.id === params.id);
	if (!site) error(404, `No site ${params.id}`);
	const region = data.regions.find((r) => r.properties.id === site.properties.region);
	const initiatives = initiativesOfSite(site.properties.id, site.properties.organisations, data.network);
	return {
		lang: langOf(params.lang),
		origin: siteOrigin(),
		site: site.properties,
		region: region ? { id: region.properties.id, name: region.properties.name_local } : null,
		initiatives: initiatives.map((i) => ({ id: i.id, short_name: i.short_name, name: i.name }))
	};
};
