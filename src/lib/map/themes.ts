/**
 * The map's colours per theme. `light` is the palette of palette.ts as it is; `dark`
 * (`/embed?theme=dark`) darkens land, sea, borders and labels and lightens what sits on them,
 * under the same contrast rules (tests/unit/palette-contrast.test.ts checks both).
 * Stage colours are the same in both: the casing gives every symbol its contrast.
 */
import { BASEMAP, CLUSTER, INITIATIVE_STYLES, NETWORK_REGION, SELECTED_HALO, SITE_CASING, VALLEY, type InitiativeStyle } from './palette';

export type Theme = 'light' | 'dark';
export const THEMES: readonly Theme[] = ['light', 'dark'];

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : T[K] extends number ? number : Widen<T[K]> };

export type MapPalette = {
	basemap: Widen<typeof BASEMAP>;
	valley: Widen<typeof VALLEY>;
	networkRegion: Widen<typeof NETWORK_REGION>;
	cluster: Widen<typeof CLUSTER>;
	initiatives: Record<string, InitiativeStyle>;
	/** Edge around every site symbol. */
	casing: string;
	selectedHalo: string;
	/** Site names and the names of network regions, with the halo behind map text. */
	siteText: string;
	networkText: string;
	textHalo: string;
};

export const LIGHT: MapPalette = {
	basemap: BASEMAP,
	valley: VALLEY,
	networkRegion: NETWORK_REGION,
	cluster: CLUSTER,
	initiatives: INITIATIVE_STYLES,
	casing: SITE_CASING.color,
	selectedHalo: SELECTED_HALO,
	siteText: '#222222',
	networkText: '#4f5b6b',
	textHalo: 'rgba(255,255,255,0.92)'
};

export const DARK: MapPalette = {
	basemap: {
		sea: '#0d1b26',
		land: '#222d38',
		landOutside: '#1b242d',
		nuts2Line: '#3f4c5a',
		countryLine: '#8d9aa8',
		coastHalo: '#000000',
		cityText: '#d6dee6',
		cityHalo: 'rgba(13,27,38,0.9)',
		nuts3Line: '#4d5b69',
		provinceText: '#aab7c4'
	},
	valley: {
		fill: '#56b4d3',
		line: '#82cfe8',
		label: '#cdeaf5',
		opacity: { base: 0.16, hover: 0.26, selected: 0.32 },
		dimmed: { fill: '#8a9096', line: '#939da7', label: '#b3bcc5', opacity: 0.07, labelOpacity: 1 }
	},
	networkRegion: { fill: '#8d9bb3', line: '#9eacc3', opacity: 0.12 },
	cluster: { fill: '#c9d5e0', stroke: '#0d1b26', text: '#0d1b26' },
	initiatives: {
		's3p-ambp': { ...INITIATIVE_STYLES['s3p-ambp']!, color: '#a3b4f7' },
		batmass: { ...INITIATIVE_STYLES.batmass!, color: '#f2a36b' }
	},
	casing: '#f3f5f7',
	selectedHalo: '#ffffff',
	siteText: '#f0f3f6',
	networkText: '#c3ccd6',
	textHalo: 'rgba(13,27,38,0.92)'
};

export const MAP_PALETTES: Record<Theme, MapPalette> = { light: LIGHT, dark: DARK };
