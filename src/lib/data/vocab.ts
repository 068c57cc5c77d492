/**
 * The data's closed vocabularies: languages, value-chain stages, statuses, confidence levels and
 * history events. Plain constants, so the browser's first bundle can use them without the schema
 * library: ./schema builds its validators on them and re-exports them.
 */

export const LANGS = ['en', 'es', 'it'] as const;
export type Lang = (typeof LANGS)[number];

export const STAGES = [
	'collection',
	'dismantling',
	'black-mass',
	'hydrometallurgy',
	'pyrometallurgy',
	'direct-recycling',
	'second-life',
	'refining',
	'precursor-cathode',
	'anode',
	'cell-manufacturing',
	'mining',
	'research'
] as const;
export type Stage = (typeof STAGES)[number];

export const STATUSES = ['operating', 'under-construction', 'planned', 'announced', 'exploration'] as const;
export type Status = (typeof STATUSES)[number];

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** What a site's status history records; the last event decides the current status. */
export const HISTORY_EVENTS = ['announced', 'permitted', 'construction', 'operating', 'paused', 'cancelled', 'ended'] as const;
export type HistoryEventKind = (typeof HISTORY_EVENTS)[number];
