/** English labels for the map legend and tooltips (i18n can replace these maps later). */
import type { Stage, Status } from '$lib/data/schema';

export const STAGE_LABELS: Record<Stage, string> = {
	collection: 'Collection',
	dismantling: 'Dismantling & discharge',
	'black-mass': 'Shredding / black mass',
	hydrometallurgy: 'Hydrometallurgy',
	pyrometallurgy: 'Pyrometallurgy / smelting',
	'direct-recycling': 'Direct recycling',
	'second-life': 'Second life / reuse',
	refining: 'Refining',
	'precursor-cathode': 'Precursor & cathode materials',
	anode: 'Anode materials',
	'cell-manufacturing': 'Cell & pack manufacturing',
	mining: 'Mining & exploration',
	research: 'Research & testing'
};

export const STATUS_LABELS: Record<Status, string> = {
	operating: 'Operating',
	'under-construction': 'Under construction',
	planned: 'Planned',
	announced: 'Announced',
	exploration: 'Exploration'
};

/** Network initiatives drawn as lines, keyed by the initiative id used in data/network.json. */
export const INITIATIVE_LABELS: Record<string, string> = {
	's3p-ambp': 'S3P “Advanced Materials for Batteries”',
	batmass: 'BATMASS (I3)'
};

/** Legend wording (English; i18n can replace this object). */
export const LEGEND_TEXT = {
	title: 'Legend',
	stagesHeading: 'Main stage (colour)',
	statusHeading: 'Status (shape)',
	operating: 'Operating',
	notOperating: 'Under construction, planned, announced or exploration',
	regionsHeading: 'Regions',
	valley: 'Battery recycling valley',
	networkRegion: 'Other region with a network site',
	networkHeading: 'Network links',
	cluster: 'Several sites (click to zoom in)',
	showNetwork: 'Show network links',
	townNote: 'Points mark the town, not the plant.'
} as const;
