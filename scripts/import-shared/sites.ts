/**
 * Turns ../shared/data/network/sites.json into SiteFeatures, applying the curation that the facts
 * files support: organisation links, caveats for low-confidence entries and the FACTS-ADD §3
 * corrections. Every added sentence and URL below is quoted from FACTS.md / FACTS-ADD.md.
 */
import type { SiteFeature, SiteProperties, Source } from '../../src/lib/data/schema';

export const CHECKED_ON = '2026-11-26';

export type SharedSite = {
	id: string;
	name: string;
	operator: string;
	region: string;
	town: string;
	lon: number;
	lat: number;
	coord_precision: 'site' | 'town';
	stages: SiteProperties['stages'];
	status: string;
	capacity: string | null;
	description: string;
	sources: string[];
	confidence: SiteProperties['confidence'];
};

const REGION_CODES: Record<string, string> = {
	'castilla-y-leon': 'ES41',
	andalucia: 'ES61',
	lombardia: 'ITC4'
};

/** Organisations (data/network.json) that the facts place at each site. */
const ORGANISATIONS: Record<string, string[]> = {
	'ismc-icamcyl-leon': ['ismc', 'icamcyl'],
	'icamcyl-la-robla': ['icamcyl'],
	'cta-sevilla': ['cta'],
	'orano-cime-bessines': ['orano'],
	'polimi-circ-ev-milano': ['polimi'],
	'unipv-r2batt-pavia': ['unipv'],
	'kemijski-institut-ljubljana': ['kemijski-institut']
};

/** GeoNames place names where the town text is not the gazetteer entry (FACTS.md §6). */
const GEONAMES_PLACE: Record<string, string> = {
	'seval-colico': 'Colico Piano',
	'atalaya-riotinto': 'Nerva',
	'conchas-lithium-ciudad-rodrigo': 'Ciudad Rodrigo'
};

const CAVEATS: Record<string, string> = {
	'lead-smelter-san-esteban-de-gormaz':
		'Unconfirmed: the operator (Exide) comes from an undated list, and the plant was last described as operating in 2022; its current operator and status have not been verified.',
	'icamcyl-la-robla':
		'Unconfirmed: the pole was announced in 2019, and in 2020 ICAMCyL’s director said most regional plans were on hold; no source says it was opened.',
	'conchas-lithium-ciudad-rodrigo':
		'Unconfirmed: a single press source backs this entry, and the point is the Ciudad Rodrigo town centroid, not the exploration area.',
	'sanpros-aznalcollar':
		'Dates uncertain: the report of the inauguration is undated (its context suggests about 2014), and the ANGEREA visit to the operating plant was on a “Thursday 19 September” with no year (2019 or 2024 fit). No dated source confirms that it operates today.',
	'midac-cremona-planned': 'Unconfirmed site: in 2022 Midac said the plants would go near Soave (Veneto) or Cremona; no source confirms Cremona.',
	'mineria-urbana-segovia':
		'Unconfirmed: only one undated TV report was found, and it does not give the municipality, so the point is the Segovia town centroid.',
	'memesa-medina-del-campo':
		'Clarios lists “la planta de reciclaje de Medina del Campo” in its Iberian cluster, with a key role in lead recycling since 2022, so this plant may now belong to Clarios. Unconfirmed: that source does not name MEMESA.'
};

type Correction = Partial<Pick<SiteProperties, 'name' | 'status' | 'confidence'>> & {
	description?: string;
	appendDescription?: string;
	addSources?: string[];
};

/** FACTS-ADD §3: corrections backed by a source. */
const CORRECTIONS: Record<string, Correction> = {
	'sanpros-aznalcollar': {
		name: 'Sanpros lead-acid battery recycling plant (PAMA Aznalcóllar)',
		status: 'operating',
		confidence: 'medium',
		description:
			'Lead-acid (automotive) battery recycling plant that the Junta de Andalucía backed in 2011 for the Aznalcóllar environmental-activities park (PAMA). It was built and inaugurated (a €26.2M investment with 42 direct jobs), and the ANGEREA association later visited the operating plant (about 45,000 m², part of Azor Ambiental). Both reports are undated, so the dates are uncertain.',
		addSources: [
			'https://vivaayamonte.es/sevilla/390342/aznalcollar-inaugura-la-primera-planta-para-reciclar-baterias-de-automocion/amp',
			'https://www.angerea.org/la-junta-directiva-de-angerea-visita-las-instalaciones-de-sanpros-en-sevilla/'
		]
	},
	'memesa-medina-del-campo': {
		addSources: [
			'https://cadenadesuministro.es/industria-carretera/planta-clarios-en-burgos-ha-producido-mas-170-millones-baterias-en-sus-50-anos_1504675_102_amp.html'
		]
	},
	'seval-colico': {
		appendDescription:
			'A Provincia di Lecco IPPC sheet lists S.E.VAL (Via La Croce 10, Colico) as an installation treating WEEE and spent batteries (“RAEE e pile e accumulatori esausti”).',
		addSources: ['https://fdocumenti.com/document/identificazione-del-complesso-ippc-provincia-di-identificazione-del-complesso.html']
	}
};

function regionCode(region: string): string {
	const code = REGION_CODES[region] ?? (region.startsWith('other:') ? region.slice('other:'.length) : undefined);
	if (!code) throw new Error(`unknown region ${region}`);
	return code;
}

function townName(site: SharedSite): string {
	return GEONAMES_PLACE[site.id] ?? site.town.split(/ \(| – /)[0]?.trim() ?? site.town;
}

function toSource(url: string, site: SharedSite): Source {
	const isGeonames = url.startsWith('https://www.geonames.org/');
	return isGeonames ? { url, title: `GeoNames: ${townName(site)}`, accessed: CHECKED_ON } : { url, accessed: CHECKED_ON };
}

function describe(site: SharedSite, fix: Correction): string {
	const base = fix.description ?? site.description;
	return fix.appendDescription ? `${base} ${fix.appendDescription}` : base;
}

/** GeoNames stays last, as in the shared file: press sources first, gazetteer after. */
function sourceUrls(site: SharedSite, fix: Correction): string[] {
	const geonames = site.sources.filter((u) => u.startsWith('https://www.geonames.org/'));
	const others = site.sources.filter((u) => !geonames.includes(u));
	return [...others, ...(fix.addSources ?? []), ...geonames];
}

export function toSiteFeature(site: SharedSite): SiteFeature {
	const fix = CORRECTIONS[site.id] ?? {};
	const caveat = CAVEATS[site.id];
	const organisations = ORGANISATIONS[site.id];
	const properties: SiteProperties = {
		id: site.id,
		name: fix.name ?? site.name,
		operator: site.operator,
		region: regionCode(site.region),
		town: site.town,
		coord_precision: site.coord_precision,
		stages: site.stages,
		status: fix.status ?? (site.status.replace(/ /g, '-') as SiteProperties['status']),
		...(site.capacity ? { capacity: { en: site.capacity } } : {}),
		description: { en: describe(site, fix) },
		...(organisations ? { organisations } : {}),
		sources: sourceUrls(site, fix).map((u) => toSource(u, site)),
		verified: CHECKED_ON,
		confidence: fix.confidence ?? site.confidence,
		...(caveat ? { caveat: { en: caveat } } : {})
	};
	return {
		type: 'Feature',
		id: site.id,
		geometry: { type: 'Point', coordinates: [site.lon, site.lat] },
		properties
	};
}
