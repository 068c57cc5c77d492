/**
 * Fully offline MapLibre style: basemap from the app's own GeoJSON files, text drawn from
 * self-hosted Noto Sans via `font-faces` (no `glyphs` URL, no remote request). This module
 * declares the sources; the layers, basemap and app interleaved in draw order, are in ./layers.
 */
import type { FontFacesSpecification, SourceSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import { FONT_BOLD, FONT_REGULAR } from './palette';
import { MAP_PALETTES, type Theme } from './themes';
import { CLUSTER_MAX_ZOOM, mapLayers } from './layers';

/** The app's own data on the map. */
export type MapSources = {
	/** Region polygons, network links and region label points, told apart by `role` (see `regionCollection`). */
	regions: FeatureCollection;
	/** Site points with the derived `primary_stage` and `operating` properties. */
	sites: FeatureCollection;
	/** The "near" overlay: radius ring, lines to the nearest sites, the place (see near-overlay.ts). */
	near?: FeatureCollection;
};

export type StyleOptions = {
	/** Page origin, e.g. `location.origin`; every URL of the style is absolute on it. */
	origin: string;
	/** SvelteKit `base` path ('' at the root). */
	base?: string;
	/** Network links drawn from the start (default true): toggling later re-lays out their tiles. */
	showNetwork?: boolean;
	/** Map colours (default light; `/embed?theme=dark` darkens land, sea, borders and labels). */
	theme?: Theme;
};

export const ATTRIBUTION = {
	/** The valleys' outlines are GISCO NUTS-2 polygons: credited whenever they are drawn, at any zoom. */
	gisco: '© EuroGeographics for the administrative boundaries (GISCO)',
	naturalEarth: 'Made with Natural Earth',
	cities: 'City labels: SimpleMaps (CC BY 4.0)',
	sites: 'Sites: sources cited per entry; coordinates GeoNames (CC BY 4.0)'
} as const;

const LATIN = ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+2000-206F', 'U+20AC'];
const LATIN_EXT = ['U+0100-02AF', 'U+1E00-1EFF', 'U+20A0-20CF', 'U+2C60-2C7F', 'U+A720-A7FF'];

export function assetUrl(opts: StyleOptions, path: string): string {
	return new URL(`${opts.base ?? ''}${path}`, opts.origin).href;
}

function fontFaces(opts: StyleOptions): FontFacesSpecification {
	const face = (weight: number) => [
		{ url: assetUrl(opts, `/fonts/noto-sans-latin-${weight}-normal.woff2`), 'unicode-range': LATIN },
		{ url: assetUrl(opts, `/fonts/noto-sans-latin-ext-${weight}-normal.woff2`), 'unicode-range': LATIN_EXT }
	];
	return { [FONT_REGULAR]: face(400), [FONT_BOLD]: face(700) };
}

/** The basemap's sources (static/basemap/*.geojson): when one fails, the map says so and the rest still draws. */
export const BASEMAP_SOURCES: readonly string[] = ['countries', 'nuts2', 'cities'];

function sources(opts: StyleOptions, data: MapSources): Record<string, SourceSpecification> {
	const basemap = (file: string, attribution: string): SourceSpecification => ({ type: 'geojson', data: assetUrl(opts, `/basemap/${file}`), attribution });
	return {
		countries: basemap('countries.geojson', ATTRIBUTION.naturalEarth),
		nuts2: basemap('nuts2.geojson', ATTRIBUTION.gisco),
		nuts3: basemap('nuts3.geojson', ATTRIBUTION.gisco),
		cities: basemap('cities.geojson', ATTRIBUTION.cities),
		regions: { type: 'geojson', data: data.regions, promoteId: 'id', attribution: ATTRIBUTION.gisco },
		near: { type: 'geojson', data: data.near ?? { type: 'FeatureCollection', features: [] } },
		sites: {
			type: 'geojson',
			data: data.sites,
			promoteId: 'id',
			cluster: true,
			clusterMaxZoom: CLUSTER_MAX_ZOOM,
			clusterRadius: 40,
			attribution: ATTRIBUTION.sites
		}
	};
}

/** The basemap with the app's sources, and every layer in draw order (./layers). */
export function buildAppStyle(opts: StyleOptions, data: MapSources): StyleSpecification {
	return {
		version: 8,
		name: 'Battery recycling valleys — offline basemap',
		'font-faces': fontFaces(opts),
		// Highlight, dimming and selection change at once: each animated frame costs ~70 ms in
		// software WebGL, and a filter result should not fade in over a third of a second.
		transition: { duration: 0, delay: 0 },
		sources: sources(opts, data),
		layers: mapLayers(MAP_PALETTES[opts.theme ?? 'light'], { showNetwork: opts.showNetwork })
	};
}
