/** Builds the per-site records that filtering and search work on (once per dataset). */
import type { Dataset, SiteFeature } from '$lib/data/schema';
import { LANGS, type Lang } from '$lib/data/vocab';
import { initiativesOfSite } from '$lib/data/derive';
import { localText } from '$lib/i18n/text';
import { normalise, type FilterRecord } from './filters';

export function filterRecords(data: Pick<Dataset, 'sites' | 'network'>): FilterRecord[] {
	return data.sites.map((site) => recordOf(site, data.network));
}

function recordOf(site: SiteFeature, network: Dataset['network']): FilterRecord {
	const p = site.properties;
	const text = Object.fromEntries(LANGS.map((lang) => [lang, searchableText(site, lang)])) as Record<Lang, string>;
	return {
		id: p.id,
		region: p.region,
		stages: p.stages,
		status: p.status,
		initiatives: initiativesOfSite(p.id, p.organisations ?? [], network).map((i) => i.id),
		text
	};
}

/** Name, operator, town and description in one language (English where a translation is missing). */
function searchableText(site: SiteFeature, lang: Lang): string {
	const p = site.properties;
	return normalise([p.name, p.operator, p.town, localText(p.description, lang).text].join(' \u0000 '));
}
