/**
 * Per-language labels for the map legend, tooltips and facets. The English entries are the
 * existing English-only maps (src/lib/map/labels.ts, src/lib/map/messages.ts), imported so there
 * is a single source of English.
 */
import type { Lang, Stage, Status } from '$lib/data/schema';
import { INITIATIVE_LABELS, LEGEND_TEXT, STAGE_LABELS, STATUS_LABELS } from '$lib/map/labels';
import { FIT_RESULTS_TEXT, MAP_ERROR_TEXT, MAP_LOADING_TEXT, clusterTooltip } from '$lib/map/messages';

export type LegendText = Record<keyof typeof LEGEND_TEXT, string>;

export type MapText = {
	mapError: string;
	loading: string;
	cluster: (n: number) => string;
	fitResults: string;
};

export const STAGE_LABELS_BY_LANG: Record<Lang, Record<Stage, string>> = {
	en: STAGE_LABELS,
	es: {
		collection: 'Recogida',
		dismantling: 'Desmontaje y descarga',
		'black-mass': 'Trituración / masa negra',
		hydrometallurgy: 'Hidrometalurgia',
		pyrometallurgy: 'Pirometalurgia / fundición',
		'direct-recycling': 'Reciclaje directo',
		'second-life': 'Segunda vida / reutilización',
		refining: 'Refinado',
		'precursor-cathode': 'Precursores y materiales catódicos',
		anode: 'Materiales anódicos',
		'cell-manufacturing': 'Fabricación de celdas y packs',
		mining: 'Minería y exploración',
		research: 'Investigación y ensayos'
	},
	it: {
		collection: 'Raccolta',
		dismantling: 'Smontaggio e scarica',
		'black-mass': 'Triturazione / black mass',
		hydrometallurgy: 'Idrometallurgia',
		pyrometallurgy: 'Pirometallurgia / fusione',
		'direct-recycling': 'Riciclo diretto',
		'second-life': 'Seconda vita / riutilizzo',
		refining: 'Raffinazione',
		'precursor-cathode': 'Precursori e materiali catodici',
		anode: 'Materiali anodici',
		'cell-manufacturing': 'Produzione di celle e pacchi batteria',
		mining: 'Estrazione mineraria ed esplorazione',
		research: 'Ricerca e sperimentazione'
	}
};

/** Spanish statuses agree with "instalación" (feminine); Italian ones with "sito" (masculine). */
export const STATUS_LABELS_BY_LANG: Record<Lang, Record<Status, string>> = {
	en: STATUS_LABELS,
	es: {
		operating: 'En funcionamiento',
		'under-construction': 'En construcción',
		planned: 'Prevista',
		announced: 'Anunciada',
		exploration: 'En exploración'
	},
	it: {
		operating: 'In funzione',
		'under-construction': 'In costruzione',
		planned: 'Previsto',
		announced: 'Annunciato',
		exploration: 'In esplorazione'
	}
};

/** Initiative names are proper names (kept as in English, as the data's own translations do). */
export const INITIATIVE_LABELS_BY_LANG: Record<Lang, Record<string, string>> = {
	en: INITIATIVE_LABELS,
	es: {
		's3p-ambp': 'S3P “Advanced Materials for Batteries”',
		batmass: 'BATMASS (I3)'
	},
	it: {
		's3p-ambp': 'S3P “Advanced Materials for Batteries”',
		batmass: 'BATMASS (I3)'
	}
};

export const LEGEND_TEXT_BY_LANG: Record<Lang, LegendText> = {
	en: LEGEND_TEXT,
	es: {
		title: 'Leyenda',
		stagesHeading: 'Etapa principal (color)',
		statusHeading: 'Estado (forma)',
		operating: 'En funcionamiento',
		notOperating: 'En construcción, prevista, anunciada o en exploración',
		regionsHeading: 'Regiones',
		valley: 'Valle del reciclaje de baterías',
		networkRegion: 'Otra región con una instalación de la red',
		networkHeading: 'Conexiones de la red',
		cluster: 'Varias instalaciones (haz clic para acercar)',
		showNetwork: 'Mostrar las conexiones de la red',
		townNote: 'Los puntos señalan la localidad, no la planta.'
	},
	it: {
		title: 'Legenda',
		stagesHeading: 'Fase principale (colore)',
		statusHeading: 'Stato (forma)',
		operating: 'In funzione',
		notOperating: 'In costruzione, previsto, annunciato o in esplorazione',
		regionsHeading: 'Regioni',
		valley: 'Valle del riciclo delle batterie',
		networkRegion: 'Altra regione con un sito della rete',
		networkHeading: 'Collegamenti della rete',
		cluster: 'Più siti (fai clic per ingrandire)',
		showNetwork: 'Mostra i collegamenti della rete',
		townNote: 'I punti indicano la località, non l’impianto.'
	}
};

export const MAP_TEXT_BY_LANG: Record<Lang, MapText> = {
	en: {
		mapError: MAP_ERROR_TEXT,
		loading: MAP_LOADING_TEXT,
		cluster: clusterTooltip,
		fitResults: FIT_RESULTS_TEXT
	},
	es: {
		mapError:
			'No se ha podido iniciar el mapa interactivo (WebGL no disponible). La lista y los paneles siguen funcionando.',
		loading: 'Cargando el mapa…',
		cluster: (n) => `${n} instalaciones – haz clic para acercar`,
		fitResults: 'Ajustar el mapa a los resultados'
	},
	it: {
		mapError:
			'Impossibile avviare la mappa interattiva (WebGL non disponibile). L’elenco e i pannelli funzionano comunque.',
		loading: 'Caricamento della mappa…',
		cluster: (n) => `${n} siti – fai clic per ingrandire`,
		fitResults: 'Adatta la mappa ai risultati'
	}
};

/** All label maps for one language. */
export type Labels = {
	stages: Record<Stage, string>;
	statuses: Record<Status, string>;
	initiatives: Record<string, string>;
	legend: LegendText;
	map: MapText;
};
