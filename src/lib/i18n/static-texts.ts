/**
 * Texts of the build-time maps, share cards and the printable factsheet, in every UI language
 * (kept apart from the main catalogues; the type makes every language carry every key).
 * Placeholders in {braces} are filled by format() in ./format.
 */
import type { Lang } from '$lib/data/schema';

export type StaticTexts = {
	mapOfRegion: string;
	mapOfRegionDesc: string;
	mapOfSite: string;
	mapOfSiteDesc: string;
	mapOfAll: string;
	siteLink: string;
	cardSites: string;
	cardOperating: string;
	cardPopulation: string;
	printButton: string;
	printHint: string;
	factsheet: string;
	dataDate: string;
	liveQr: string;
	sitesTable: string;
	colSite: string;
	colStage: string;
	colStatus: string;
	colTown: string;
	networkRole: string;
	keyFigures: string;
	noRole: string;
};

const en: StaticTexts = {
	mapOfRegion: 'Map of {name}',
	mapOfRegionDesc:
		'{name} ({id}) with its {n} mapped sites, coloured by main value-chain stage (filled: operating; ring: not yet operating), and the network links to other regions.',
	mapOfSite: 'Map around {name}',
	mapOfSiteDesc: '{name} in {town}: {stage}, {status}. The map shows its surroundings, nearby sites and the region’s outline.',
	mapOfAll:
		'{n} sites in {r} regions: the battery recycling valleys and the network’s other sites, coloured by main value-chain stage, with the network links.',
	siteLink: '{name}: {stage}, {status}',
	cardSites: '{n} mapped sites',
	cardOperating: '{n} operating',
	cardPopulation: 'Population {value}',
	printButton: 'Print / save as PDF',
	printHint: 'A one- or two-page A4 factsheet of this region.',
	factsheet: 'Factsheet',
	dataDate: 'Data as of {date} (latest check of the sources).',
	liveQr: 'QR code: the live page {url}',
	sitesTable: 'Sites by stage and status',
	colSite: 'Site',
	colStage: 'Main stage',
	colStatus: 'Status',
	colTown: 'Town',
	networkRole: 'Role in the network',
	keyFigures: 'Key figures',
	noRole: 'No initiative of the network names this region.'
};

const es: StaticTexts = {
	mapOfRegion: 'Mapa de {name}',
	mapOfRegionDesc:
		'{name} ({id}) con sus {n} instalaciones en el mapa, coloreadas por etapa principal de la cadena de valor (relleno: en funcionamiento; anillo: aún no en funcionamiento), y los enlaces de la red con otras regiones.',
	mapOfSite: 'Mapa del entorno de {name}',
	mapOfSiteDesc: '{name} en {town}: {stage}, {status}. El mapa muestra su entorno, las instalaciones cercanas y el contorno de la región.',
	mapOfAll:
		'{n} instalaciones en {r} regiones: los valles del reciclaje de baterías y las demás instalaciones de la red, coloreadas por etapa principal, con los enlaces de la red.',
	siteLink: '{name}: {stage}, {status}',
	cardSites: '{n} instalaciones en el mapa',
	cardOperating: '{n} en funcionamiento',
	cardPopulation: 'Población {value}',
	printButton: 'Imprimir / guardar como PDF',
	printHint: 'Una ficha A4 de una o dos páginas de esta región.',
	factsheet: 'Ficha',
	dataDate: 'Datos a {date} (última comprobación de las fuentes).',
	liveQr: 'Código QR: la página en línea {url}',
	sitesTable: 'Instalaciones por etapa y estado',
	colSite: 'Instalación',
	colStage: 'Etapa principal',
	colStatus: 'Estado',
	colTown: 'Localidad',
	networkRole: 'Papel en la red',
	keyFigures: 'Cifras clave',
	noRole: 'Ninguna iniciativa de la red nombra esta región.'
};

const it: StaticTexts = {
	mapOfRegion: 'Mappa di {name}',
	mapOfRegionDesc:
		'{name} ({id}) con i suoi {n} siti sulla mappa, colorati per fase principale della catena del valore (pieno: in funzione; anello: non ancora in funzione), e i collegamenti della rete con altre regioni.',
	mapOfSite: 'Mappa dei dintorni di {name}',
	mapOfSiteDesc: '{name} a {town}: {stage}, {status}. La mappa mostra i dintorni, i siti vicini e il contorno della regione.',
	mapOfAll:
		'{n} siti in {r} regioni: le valli del riciclo delle batterie e gli altri siti della rete, colorati per fase principale, con i collegamenti della rete.',
	siteLink: '{name}: {stage}, {status}',
	cardSites: '{n} siti sulla mappa',
	cardOperating: '{n} in funzione',
	cardPopulation: 'Popolazione {value}',
	printButton: 'Stampa / salva come PDF',
	printHint: 'Una scheda A4 di una o due pagine di questa regione.',
	factsheet: 'Scheda',
	dataDate: 'Dati aggiornati al {date} (ultimo controllo delle fonti).',
	liveQr: 'Codice QR: la pagina online {url}',
	sitesTable: 'Siti per fase e stato',
	colSite: 'Sito',
	colStage: 'Fase principale',
	colStatus: 'Stato',
	colTown: 'Comune',
	networkRole: 'Ruolo nella rete',
	keyFigures: 'Cifre chiave',
	noRole: 'Nessuna iniziativa della rete nomina questa regione.'
};

const TEXTS: Record<Lang, StaticTexts> = { en, es, it };

export function staticTexts(lang: Lang): StaticTexts {
	return TEXTS[lang];
}
