/**
 * Fully offline MapLibre style: basemap from the app's own GeoJSON files, text drawn from
 * self-hosted Noto Sans via `font-faces` (no `glyphs` URL, no remote request).
 */
import type {
	ExpressionSpecification,
	FontFacesSpecification,
	LayerSpecification,
	SourceSpecification,
	StyleSpecification
} from '@maplibre/maplibre-gl-style-spec';
import { FONT_BOLD, FONT_REGULAR } from './palette';
import { MAP_PALETTES, type MapPalette, type Theme } from './themes';
import { appLayers, appSources, BOUNDARIES_ATTRIBUTION, SITES_ATTRIBUTION, type AppData } from './layers';

export { appLayers, appSources, type AppData } from './layers';
export { STAGE_COLORS, statusStyle, siteSymbolColors, INITIATIVE_STYLES, VALLEY } from './palette';

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

export { FONT_BOLD, FONT_REGULAR } from './palette';

export const ATTRIBUTION = {
	gisco: BOUNDARIES_ATTRIBUTION,
	naturalEarth: 'Made with Natural Earth',
	cities: 'City labels: SimpleMaps (CC BY 4.0)',
	sites: SITES_ATTRIBUTION
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

function basemapSources(opts: StyleOptions): Record<string, SourceSpecification> {
	const src = (file: string, attribution: string): SourceSpecification => ({
		type: 'geojson',
		data: assetUrl(opts, `/basemap/${file}`),
		attribution
	});
	return {
		countries: src('countries.geojson', ATTRIBUTION.naturalEarth),
		nuts2: src('nuts2.geojson', ATTRIBUTION.gisco),
		nuts3: src('nuts3.geojson', ATTRIBUTION.gisco),
		cities: src('cities.geojson', ATTRIBUTION.cities)
	};
}

/** Land and background: drawn under everything. */
function baseFillLayers(p: MapPalette): LayerSpecification[] {
	return [
		{ id: 'background', type: 'background', paint: { 'background-color': p.basemap.sea } },
		{
			id: 'countries-fill',
			type: 'fill',
			source: 'countries',
			paint: {
				'fill-color': ['case', ['==', ['get', 'covered_by_nuts'], true], p.basemap.land, p.basemap.landOutside],
				'fill-antialias': true
			}
		}
	];
}

/** From this zoom the provinces (NUTS-3) of the valleys are outlined, and named a little later. */
export const PROVINCE_LINE_ZOOM = 5.5;
export const PROVINCE_LABEL_ZOOM = 6;

/** Administrative lines: above the valley fills so borders stay crisp. */
function baseLineLayers(p: MapPalette): LayerSpecification[] {
	return [
		{
			id: 'nuts3-line',
			type: 'line',
			source: 'nuts3',
			minzoom: PROVINCE_LINE_ZOOM,
			filter: ['==', ['geometry-type'], 'Polygon'],
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': p.basemap.nuts3Line,
				'line-width': ['interpolate', ['linear'], ['zoom'], PROVINCE_LINE_ZOOM, 0.4, 9, 1.1],
				'line-dasharray': [4, 2]
			}
		},
		{
			id: 'nuts2-line',
			type: 'line',
			source: 'nuts2',
			minzoom: 3.5,
			paint: {
				'line-color': p.basemap.nuts2Line,
				'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.3, 8, 0.9]
			}
		},
		{
			id: 'countries-line',
			type: 'line',
			source: 'countries',
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': p.basemap.countryLine,
				'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.5, 8, 1.4]
			}
		}
	];
}

type CityTier = { id: string; minzoom: number; filter: ExpressionSpecification; size: [number, number] };

const MAJOR: ExpressionSpecification = [
	'any',
	['all', ['==', ['get', 'capital'], 'primary'], ['>=', ['get', 'population'], 100000]],
	['>=', ['get', 'population'], 1000000]
];
const REGIONAL: ExpressionSpecification = [
	'any',
	['==', ['get', 'capital'], 'admin'],
	['==', ['get', 'capital'], 'minor'],
	['>=', ['get', 'population'], 250000]
];
/** More towns as the map zooms in; a site view (zoom 7–9, state/framing.ts) shows every tier. */
const CITY_TIERS: CityTier[] = [
	{ id: 'city-labels-major', minzoom: 3.5, filter: MAJOR, size: [11, 14] },
	{ id: 'city-labels', minzoom: 5, filter: ['all', ['!', MAJOR], REGIONAL], size: [10.5, 13] },
	{ id: 'city-labels-minor', minzoom: 6.5, filter: ['all', ['!', MAJOR], ['!', REGIONAL]], size: [10, 12] }
];

/** Province names: quiet capitals under the towns (towns are placed first and win collisions). */
function provinceLabelLayers(p: MapPalette): LayerSpecification[] {
	return [
		{
			id: 'province-labels',
			type: 'symbol',
			source: 'nuts3',
			minzoom: PROVINCE_LABEL_ZOOM,
			filter: ['==', ['geometry-type'], 'Point'],
			layout: {
				'text-field': ['get', 'name'],
				'text-font': [FONT_REGULAR],
				'text-transform': 'uppercase',
				'text-letter-spacing': 0.12,
				'text-size': ['interpolate', ['linear'], ['zoom'], PROVINCE_LABEL_ZOOM, 10, 10, 13],
				'text-max-width': 8,
				'text-padding': 8
			},
			paint: { 'text-color': p.basemap.provinceText, 'text-halo-color': p.basemap.cityHalo, 'text-halo-width': 1.2 }
		}
	];
}

/** City labels: few, larger towns first (`symbol-sort-key`), collisions hide the rest. */
function cityLabelLayers(p: MapPalette): LayerSpecification[] {
	return CITY_TIERS.map((t) => ({
		id: t.id,
		type: 'symbol',
		source: 'cities',
		minzoom: t.minzoom,
		filter: t.filter,
		layout: {
			'text-field': ['get', 'name'],
			'text-font': [FONT_REGULAR],
			'text-size': ['interpolate', ['linear'], ['zoom'], t.minzoom, t.size[0], 10, t.size[1]],
			'symbol-sort-key': ['-', 0, ['get', 'population']],
			// The label sits beside the town's point: a site marker there marks the town.
			'text-variable-anchor': ['top', 'bottom', 'right', 'left'],
			'text-radial-offset': 0.7,
			'text-padding': 6,
			'text-max-width': 8
		},
		paint: {
			'text-color': p.basemap.cityText,
			'text-halo-color': p.basemap.cityHalo,
			'text-halo-width': 1.2
		}
	}));
}

function styleRoot(opts: StyleOptions, sources: Record<string, SourceSpecification>, layers: LayerSpecification[]): StyleSpecification {
	return {
		version: 8,
		name: 'Battery recycling valleys — offline basemap',
		'font-faces': fontFaces(opts),
		// Highlight, dimming and selection change at once: each animated frame costs ~70 ms in
		// software WebGL, and a filter result should not fade in over a third of a second.
		transition: { duration: 0, delay: 0 },
		sources,
		layers
	};
}

/** The basemap alone (background, land, NUTS-2 and country lines, city labels). */
export function buildStyle(opts: StyleOptions): StyleSpecification {
	const p = MAP_PALETTES[opts.theme ?? 'light'];
	return styleRoot(opts, basemapSources(opts), [...baseFillLayers(p), ...baseLineLayers(p), ...provinceLabelLayers(p), ...cityLabelLayers(p)]);
}

/**
 * The basemap with the app's sources and layers interleaved: region fills under the
 * administrative lines, valley outlines and network lines above them, labels and sites on top.
 */
export function buildAppStyle(opts: StyleOptions, data: AppData): StyleSpecification {
	const p = MAP_PALETTES[opts.theme ?? 'light'];
	const app = appLayers(p);
	const pick = (ids: string[]) => app.filter((l) => ids.includes(l.id));
	const fills = pick(['network-regions-fill', 'valleys-fill']);
	const lines = pick(['network-regions-line', 'valleys-line', 'network-lines']).map((l) =>
		l.id === 'network-lines' && opts.showNetwork === false ? { ...l, layout: { ...l.layout, visibility: 'none' as const } } : l
	);
	const placed = new Set([...fills, ...lines].map((l) => l.id));
	const rest = app.filter((l) => !placed.has(l.id));
	return styleRoot(opts, { ...basemapSources(opts), ...appSources(data) }, [
		...baseFillLayers(p),
		...fills,
		...baseLineLayers(p),
		...lines,
		...provinceLabelLayers(p),
		...cityLabelLayers(p),
		...rest
	]);
}
