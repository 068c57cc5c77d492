/**
 * Region facts from FACTS.md §5 (names, capital, population, area, why each region matters).
 * Geometry comes from the GISCO 1:20M NUTS-2 layer, the same one the basemap draws.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { RegionFeature, RegionProperties, Source } from '../../src/lib/data/schema';
import { roundGeometry } from './geo';
import { CHECKED_ON } from './sites';

export const GEOMETRY_SOURCE = 'Eurostat GISCO NUTS 2024, 1:20 Million, © EuroGeographics for the administrative boundaries';

const src = (...urls: string[]): Source[] => urls.map((url) => ({ url, accessed: CHECKED_ON }));

const U = {
	cylPopulation: 'https://conocecastillayleon.jcyl.es/web/en/geography-population/population.html',
	cylArea: 'https://www.hispacams.com/comunidades/webcams-castilla-y-leon-4.html',
	esWiki: 'https://backend.710302.xyz/https/es.wikipedia.org/wiki/Anexo:Comunidades_aut%C3%B3nomas_de_Espa%C3%B1a_por_poblaci%C3%B3n',
	andPopulation: 'https://www.laopiniondemalaga.es/andalucia/2025/12/02/andalucia-gana-44-851-habitantes-124517082.html',
	andArea: 'http://www.juntadeandalucia.es/medioambiente/contenidoExterno/Publicaciones_Interactivas/files/basic-html/page3.html',
	lomPopulation: 'https://www.ilgiorno.it/cronaca/lombardia-abitanti-pmnlbuf5',
	lomArea: 'https://ugeo.urbistat.com/AdminStat/it/it/demografia/dati-sintesi/ita-suomen-avi/3/2',
	elconciso: 'https://www.elconciso.es/coyuntura/baterias-vehiculos-electricos-inversion-empleo-andalucia_0_2004526769.html'
};

type Curated = Omit<RegionProperties, 'id' | 'name_local' | 'country' | 'geometry_source'>;

const VALLEYS: Record<string, Curated> = {
	ES41: {
		kind: 'valley',
		name: { en: 'Castile and León', es: 'Castilla y León', it: 'Castiglia e León' },
		capital: {
			name: 'Valladolid',
			note: { en: 'De facto seat of government; the Statute of Autonomy names no capital.' },
			sources: src(U.cylArea, U.esWiki)
		},
		population: { value: 2391682, as_of: '1 Jan 2024 (INE)', sources: src(U.cylPopulation) },
		area_km2: { value: 94224, max: 94226, sources: src(U.cylArea, U.esWiki) },
		why: [
			{
				text: {
					en: 'Described as one of Europe’s main mining regions; ICAMCyL was created under the regional plan to revitalise the coal-mining municipalities.'
				},
				sources: src('https://www.leon7dias.com/2019/01/22/icamcyl-se-posiciona-commo-actor-social-para-leon-y-el-bierzo/')
			},
			{
				text: {
					en: 'Lithium: the geological survey IGME points to possible lithium resources in western Zamora and Salamanca, and lithium-bearing pegmatites are worked at La Fregeneda for feldspar.'
				},
				sources: src(
					'https://www.laopiniondezamora.es/zamora-ciudad/2021/06/20/investigadores-igme-estudian-recursos-litio-53970873.html',
					'https://www.laopiniondezamora.es/zamora/2018/02/10/producto-aparece-naturaleza-asociado-rocas/1063325.html'
				)
			},
			{
				text: { en: 'Automotive industry: Renault’s Valladolid complex and the FACYL automotive cluster.' },
				sources: src(
					'https://www.palenciaenlared.es/?p=159194',
					'https://www.elnortedecastilla.es/valladolid/renault-inaugura-refactory-valladolid-dar-nueva-vida-coches-usados-ocasion-20250724144118-nt_amp.html'
				)
			},
			{
				text: { en: 'Battery recycling plants: Novolitio (planned), Ilunion (planned) and MEMESA (lead-acid, operating).' },
				sources: src(
					'https://diariodeleon.es/bierzo/240629/1567886/novolitio-comienza-recoger-baterias-litio-futura-planta-bayo.html',
					'https://www.elespanol.com/castilla-y-leon/economia/empresas/20250423/llega-empresa-pionera-valladolid-creara-empleos-plantilla-personas-discapacidad/1003743726328_0.html',
					'https://bocyl.jcyl.es/html/2022/06/08/html/BOCYL-D-08062022-15.do'
				)
			}
		]
	},
	ES61: {
		kind: 'valley',
		name: { en: 'Andalusia', es: 'Andalucía', it: 'Andalusia' },
		capital: { name: 'Sevilla', sources: src(U.esWiki) },
		population: { value: 8676713, as_of: '1 Jan 2025 (INE annual census)', sources: src(U.andPopulation) },
		area_km2: { value: 87597, max: 87599, sources: src(U.andArea) },
		why: [
			{
				text: { en: 'Copper from the Iberian Pyrite Belt (Riotinto) and copper metallurgy in Huelva (Atlantic Copper).' },
				sources: src(
					'https://secure.northernminer.com/news/atalaya-mining-breathes-new-life-old-rio-tinto-asset/1003780680',
					'https://atlantic-copper.es/en/sin-categoria-en/the-european-commission-declares-atlantic-coppers-circular-project-strategic/'
				)
			},
			{
				text: { en: 'Renault’s Refactory in Sevilla repairs EV batteries for second life.' },
				sources: src(
					'https://sevillanegocios.com/el-grupo-renault-elige-su-factoria-de-sevilla-para-su-reinvencion-pone-en-marcha-una-refactory-para-sus-actividades-en-espana-de-economia-circular'
				)
			},
			{
				text: {
					en: 'A New AutoMotive report counts more than €3.5bn of EV-related projects in Andalucía and Extremadura, and about 2,000 direct battery-supply-chain jobs in Andalucía by 2030.'
				},
				sources: src(U.elconciso)
			},
			{
				text: { en: 'ISMC, the cluster that coordinates the S3P raw-materials pilot, has an office in Sevilla.' },
				sources: src('https://www.elcorreoweb.es/andalucia/2026/02/27/andalucia-eje-estrategico-europa-materiales-bc-127298378.html')
			}
		]
	},
	ITC4: {
		kind: 'valley',
		name: { en: 'Lombardy', es: 'Lombardía', it: 'Lombardia' },
		capital: { name: 'Milano', sources: src(U.lomArea) },
		population: { value: 9976509, as_of: 'ISTAT permanent census 2022', sources: src(U.lomPopulation) },
		area_km2: { value: 23863, sources: src(U.lomArea) },
		why: [
			{
				text: { en: 'Italy’s largest regional economy, with a GDP of about €414bn and about 10 million people.' },
				sources: src('https://qa-cms.eccp.hosted-temp.com/content/lombardy-intelligent-factory-association-afil-lombardy-region-italy')
			},
			{
				text: { en: 'The region says it is the first Italian region for WEEE collection and recycling.' },
				sources: src('https://www.lombardianotizie.online/lombardia-rifiuti-elettronici/')
			},
			{
				text: {
					en: 'The Ri.Circo.Lo. STEP call (€10M plus €1.84M) funds the recovery of critical raw materials from WEEE, batteries and phosphorus; in December 2025, 8 projects received €9.3M.'
				},
				sources: src(
					'https://www.lombardianotizie.online/lombardia-recupero-materie-prime/',
					'https://www.lombardianotizie.online/rifinanziamento-bando-ricircolo/'
				)
			},
			{
				text: { en: 'EcoCIRC, a €5M regional hub on e-mobility circularity, is led by Politecnico di Milano.' },
				sources: src(
					'https://mecc.polimi.it/en/about-us/news/reuse-and-recycling-of-lithium-batteries-regional-hub-for-the-circular-economy-of-lombardy-region'
				)
			},
			{
				text: { en: 'The AFIL and Le2C clusters have battery working groups.' },
				sources: src('https://www.industriaitaliana.it/batterie-afil-le2c-circular-economy-industria/')
			}
		]
	}
};

/** Regions outside the valleys that host network sites: NUTS names, no extra facts. */
const NETWORK_REGIONS = ['ITF5', 'FRI2', 'SI04'];

export const REGION_IDS = [...Object.keys(VALLEYS), ...NETWORK_REGIONS];

type NutsFeature = Feature<Polygon | MultiPolygon, { id: string; name: string; name_local: string; country: string }>;

export function toRegionFeature(nuts: NutsFeature): RegionFeature {
	const { id, name, name_local, country } = nuts.properties;
	const curated: Curated = VALLEYS[id] ?? { kind: 'network', name: { en: name, es: name, it: name } };
	const properties: RegionProperties = {
		id,
		kind: curated.kind,
		name_local,
		name: curated.name,
		country,
		...(curated.capital ? { capital: curated.capital } : {}),
		...(curated.population ? { population: curated.population } : {}),
		...(curated.area_km2 ? { area_km2: curated.area_km2 } : {}),
		...(curated.why ? { why: curated.why } : {}),
		geometry_source: GEOMETRY_SOURCE
	};
	return { type: 'Feature', id, geometry: roundGeometry(nuts.geometry) as RegionFeature['geometry'], properties };
}
