/**
 * One palette for the map style and the legend. Stage colours are built on Paul Tol's
 * colour-blind-safe "vibrant" and "muted" schemes; the basemap stays quiet and light so
 * valleys and sites carry the colour.
 */
import type { Stage, Status } from '$lib/data/schema';

export const BASEMAP = {
	sea: '#dde8ef',
	land: '#f6f4ef',
	/** Land outside NUTS coverage (North Africa, Near East): a touch darker, it is context only. */
	landOutside: '#ebe8e1',
	nuts2Line: '#d6d1c7',
	countryLine: '#857e72',
	coastHalo: '#ffffff',
	cityText: '#5f5a52',
	cityHalo: 'rgba(255,255,255,0.85)',
	/** NUTS-3 province outlines and names (context from zoom 6). */
	nuts3Line: '#c9c2b6',
	provinceText: '#7a7266'
} as const;

/**
 * Dark edge drawn around every site symbol (under its own stroke), so that any stage colour has
 * at least 3:1 non-text contrast against land, sea and the valley fills (WCAG 1.4.11).
 */
export const SITE_CASING = { color: '#1f2328', width: 1.5 } as const;

/** Network lines are drawn opaque (see INITIATIVE_STYLES: each colour is ≥ 3:1 on land, sea and a selected valley). */
export const NETWORK_LINE_OPACITY = 1;

export const STAGE_COLORS: Record<Stage, string> = {
	collection: '#33BBEE',
	dismantling: '#117733',
	'black-mass': '#332288',
	hydrometallurgy: '#0077BB',
	pyrometallurgy: '#CC3311',
	'direct-recycling': '#009988',
	'second-life': '#EE7733',
	refining: '#882255',
	'precursor-cathode': '#AA4499',
	anode: '#555555',
	'cell-manufacturing': '#B8860B',
	mining: '#8C6D31',
	research: '#EE3377'
};

/** Fallback when a site has no known first stage (never expected with valid data). */
export const STAGE_FALLBACK = '#777777';

export type StatusStyle = {
	/** Filled disc (operating) or hollow ring with a white centre (everything not yet operating). */
	shape: 'filled' | 'ring';
	strokeWidth: number;
};

const FILLED: StatusStyle = { shape: 'filled', strokeWidth: 1.5 };
const RING: StatusStyle = { shape: 'ring', strokeWidth: 2.5 };

export const statusStyle: Record<Status, StatusStyle> = {
	operating: FILLED,
	'under-construction': RING,
	planned: RING,
	announced: RING,
	exploration: RING
};

/** Colours of the site symbol for a stage colour and a status (the legend draws with this too). */
export function siteSymbolColors(stageColor: string, status: Status): { fill: string; stroke: string } {
	return statusStyle[status].shape === 'filled' ? { fill: stageColor, stroke: '#ffffff' } : { fill: '#ffffff', stroke: stageColor };
}

/** The symbol with its casing, outermost first: what a reader sees at the symbol's edge is `casing`. */
export function siteSymbolDrawing(stageColor: string, status: Status, casing: string = SITE_CASING.color) {
	return { ...siteSymbolColors(stageColor, status), strokeWidth: statusStyle[status].strokeWidth, casing, casingWidth: SITE_CASING.width };
}

export const VALLEY = {
	fill: '#1d6f8f',
	line: '#145a75',
	label: '#0f4257',
	opacity: { base: 0.16, hover: 0.26, selected: 0.32 },
	/** A valley with no site matching the active filters: grey and faint, still clickable (outline and label still ≥ 3:1). */
	dimmed: { fill: '#8a9096', line: '#60676e', label: '#6b7279', opacity: 0.07, labelOpacity: 1 }
} as const;

export const NETWORK_REGION = { fill: '#7d8aa0', line: '#7d8aa0', opacity: 0.12 } as const;

export const CLUSTER = { fill: '#3b4a5a', stroke: '#ffffff', text: '#ffffff' } as const;

export const SELECTED_HALO = '#1a1a1a';

/** The "near" overlay (radius ring, lines to the nearest sites): dark teal, ≥ 3:1 on the basemap's land and sea. */
export const NEAR = { ring: '#0b4f4a', line: '#0f766e' } as const;

export type InitiativeStyle = { color: string; dash: number[] | null; offset: number };

/** Network lines per initiative: colour, dash (null = solid) and a side offset so shared arcs stay visible. */
export const INITIATIVE_STYLES: Record<string, InitiativeStyle> = {
	's3p-ambp': { color: '#4b5d9c', dash: null, offset: -2 },
	batmass: { color: '#9a4518', dash: [2, 1.5], offset: 2 }
};
export const INITIATIVE_FALLBACK: InitiativeStyle = { color: '#888888', dash: [1, 1], offset: 0 };

/** Font stacks declared in the style's `font-faces` (self-hosted Noto Sans). */
export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_BOLD = 'Noto Sans Bold';
