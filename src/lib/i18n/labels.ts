/**
 * Labels for the map legend, tooltips and facets: their types and the English set, built from
 * the existing English-only maps (src/lib/map/labels.ts, src/lib/map/messages.ts) so there is a
 * single source of English. Spanish and Italian labels live with their catalogues (./es, ./it).
 */
import type { Stage, Status } from '$lib/data/schema';
import { INITIATIVE_LABELS, LEGEND_TEXT, STAGE_LABELS, STATUS_LABELS } from '$lib/map/labels';
import { BASEMAP_ERROR_TEXT, FIT_RESULTS_TEXT, MAP_ERROR_TEXT, MAP_LOADING_TEXT, MAP_LOST_TEXT, clusterTooltip, linkTooltip } from '$lib/map/messages';

export type LegendText = Record<keyof typeof LEGEND_TEXT, string>;

export type MapText = {
	mapError: string;
	mapLost: string;
	basemapError: string;
	loading: string;
	cluster: (n: number) => string;
	/** A network link's tooltip: initiative, both ends, km (formatted). */
	link: (initiative: string, from: string, to: string, km: string) => string;
	fitResults: string;
};

/** The map's own English texts (error, loading, cluster tooltip, fit control). */
export const ENGLISH_MAP_TEXT: MapText = {
	mapError: MAP_ERROR_TEXT,
	mapLost: MAP_LOST_TEXT,
	basemapError: BASEMAP_ERROR_TEXT,
	loading: MAP_LOADING_TEXT,
	cluster: clusterTooltip,
	link: linkTooltip,
	fitResults: FIT_RESULTS_TEXT
};

/** All label maps for one language. */
export type Labels = {
	stages: Record<Stage, string>;
	statuses: Record<Status, string>;
	initiatives: Record<string, string>;
	legend: LegendText;
	map: MapText;
};

export const ENGLISH_LABELS: Labels = {
	stages: STAGE_LABELS,
	statuses: STATUS_LABELS,
	initiatives: INITIATIVE_LABELS,
	legend: LEGEND_TEXT,
	map: ENGLISH_MAP_TEXT
};
