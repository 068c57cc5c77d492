/**
 * Every layer of the map, basemap and app interleaved, in draw order: read `mapLayers` from top
 * to bottom to see what is drawn over what. Sources are declared in ./style; the shared
 * expressions (hover, selection, dimming, stage colour…) are in ./expressions.
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { FONT_BOLD, FONT_REGULAR, NEAR, NETWORK_LINE_OPACITY, SITE_CASING } from './palette';
import { LIGHT, type MapPalette } from './themes';
import {
	byInitiative,
	byState,
	byValleyState,
	casingRadius,
	dimmedLook,
	FILLED_STROKE,
	hasRole,
	isNetwork,
	isState,
	isValley,
	operating,
	RING_STROKE,
	siteRadius,
	stageColor,
	unclustered
} from './expressions';

/** Clusters only below zoom 7: a site view (state/framing.ts SITE_ZOOM_RANGE, 7–9) always shows single sites. */
export const CLUSTER_MAX_ZOOM = 6;
/** From this zoom every site carries its name. */
export const SITE_LABEL_ZOOM = 10;
/** From this zoom the provinces (NUTS-3) of the valleys are outlined, and named a little later. */
export const PROVINCE_LINE_ZOOM = 5.5;
export const PROVINCE_LABEL_ZOOM = 6;

/** Layers a pointer can hover and click. */
export const INTERACTIVE_LAYERS = ['sites-cluster', 'sites-point', 'valleys-fill'] as const;

/** Labels: the selected site always, all unclustered sites from SITE_LABEL_ZOOM. */
export function siteLabelFilter(selectedId: string | null): FilterSpecification {
	const selected: ExpressionSpecification = ['==', ['get', 'id'], selectedId ?? ''];
	return ['all', unclustered, ['any', selected, ['>=', ['zoom'], SITE_LABEL_ZOOM]]];
}

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
type CityTier = { id: string; minzoom: number; filter: ExpressionSpecification; size: [number, number] };
/** More towns as the map zooms in; a site view (zoom 7–9, state/framing.ts) shows every tier. */
const CITY_TIERS: CityTier[] = [
	{ id: 'city-labels-major', minzoom: 3.5, filter: MAJOR, size: [11, 14] },
	{ id: 'city-labels', minzoom: 5, filter: ['all', ['!', MAJOR], REGIONAL], size: [10.5, 13] },
	{ id: 'city-labels-minor', minzoom: 6.5, filter: ['all', ['!', MAJOR], ['!', REGIONAL]], size: [10, 12] }
];

/** City labels of a tier: larger towns first (`symbol-sort-key`), collisions hide the rest. */
function cityLabels(p: MapPalette, t: CityTier): LayerSpecification {
	return {
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
		paint: { 'text-color': p.basemap.cityText, 'text-halo-color': p.basemap.cityHalo, 'text-halo-width': 1.2 }
	};
}

const nearRole = (r: 'line' | 'ring' | 'origin'): FilterSpecification => ['==', ['get', 'role'], r];

/**
 * The map's layers, bottom to top, in the colours of a theme (themes.ts).
 * `showNetwork: false` starts with the network links hidden (toggling later re-lays out their tiles).
 */
export function mapLayers(p: MapPalette = LIGHT, { showNetwork = true }: { showNetwork?: boolean } = {}): LayerSpecification[] {
	return [
		// ── Basemap: sea and land.
		{ id: 'background', type: 'background', paint: { 'background-color': p.basemap.sea } },
		{
			id: 'countries-fill',
			type: 'fill',
			source: 'countries',
			paint: {
				'fill-color': ['case', ['==', ['get', 'covered_by_nuts'], true], p.basemap.land, p.basemap.landOutside],
				'fill-antialias': true
			}
		},
		// ── Region fills, under the administrative lines so that borders stay crisp.
		{
			id: 'network-regions-fill',
			type: 'fill',
			source: 'regions',
			filter: isNetwork,
			paint: { 'fill-color': p.networkRegion.fill, 'fill-opacity': byState(0.24, 0.18, p.networkRegion.opacity) }
		},
		{
			id: 'valleys-fill',
			type: 'fill',
			source: 'regions',
			filter: isValley,
			paint: {
				'fill-color': ['case', dimmedLook, p.valley.dimmed.fill, p.valley.fill],
				// Lighter when zoomed in, where the fill covers the whole screen.
				'fill-opacity': [
					'interpolate',
					['linear'],
					['zoom'],
					6,
					byValleyState(p.valley.opacity.selected, p.valley.opacity.hover, p.valley.opacity.base, p.valley.dimmed.opacity),
					10,
					byValleyState(p.valley.opacity.selected / 2, p.valley.opacity.hover / 2, p.valley.opacity.base / 2, p.valley.dimmed.opacity / 2)
				]
			}
		},
		// ── Basemap: administrative lines (provinces from PROVINCE_LINE_ZOOM, NUTS-2, countries).
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
			paint: { 'line-color': p.basemap.nuts2Line, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.3, 8, 0.9] }
		},
		{
			id: 'countries-line',
			type: 'line',
			source: 'countries',
			layout: { 'line-join': 'round' },
			paint: { 'line-color': p.basemap.countryLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.5, 8, 1.4] }
		},
		// ── Region outlines and the network links, above the borders.
		{
			id: 'network-regions-line',
			type: 'line',
			source: 'regions',
			filter: isNetwork,
			paint: { 'line-color': p.networkRegion.line, 'line-width': byState(2, 1.2, 0.8), 'line-dasharray': [3, 2] }
		},
		{
			id: 'valleys-line',
			type: 'line',
			source: 'regions',
			filter: isValley,
			layout: { 'line-join': 'round' },
			paint: { 'line-color': ['case', dimmedLook, p.valley.dimmed.line, p.valley.line], 'line-width': byValleyState(3, 2.2, 1.4, 0.9) }
		},
		{
			id: 'network-lines',
			type: 'line',
			source: 'regions',
			filter: hasRole('link'),
			layout: { 'line-join': 'round', 'line-cap': 'butt', ...(showNetwork ? {} : { visibility: 'none' as const }) },
			paint: {
				'line-color': byInitiative(p, 'color', (c) => c),
				'line-dasharray': byInitiative(p, 'dash', (d) => ['literal', d ?? [1, 0]]),
				'line-offset': byInitiative(p, 'offset', (o) => o),
				'line-width': ['interpolate', ['linear'], ['zoom'], 3, 1.2, 8, 2.4],
				'line-opacity': NETWORK_LINE_OPACITY
			}
		},
		// ── Basemap names: quiet province capitals, then towns (placed later, so towns win collisions).
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
		},
		...CITY_TIERS.map((t) => cityLabels(p, t)),
		// ── "Near": lines to the nearest sites, the radius ring (dashed) and the place, under the sites.
		{ id: 'near-lines', type: 'line', source: 'near', filter: nearRole('line'), paint: { 'line-color': NEAR.line, 'line-width': 1.6, 'line-opacity': 0.85 } },
		{ id: 'near-ring', type: 'line', source: 'near', filter: nearRole('ring'), paint: { 'line-color': NEAR.ring, 'line-width': 2, 'line-dasharray': [3, 2] } },
		{
			id: 'near-origin',
			type: 'circle',
			source: 'near',
			filter: nearRole('origin'),
			paint: { 'circle-radius': 6, 'circle-color': NEAR.ring, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 }
		},
		// ── Sites on top: clusters below CLUSTER_MAX_ZOOM, then single sites (halo, casing, symbol, name).
		{
			id: 'sites-cluster',
			type: 'circle',
			source: 'sites',
			filter: ['has', 'point_count'],
			paint: {
				'circle-color': p.cluster.fill,
				'circle-opacity': 0.9,
				'circle-radius': ['step', ['get', 'point_count'], 12, 5, 15, 10, 18],
				'circle-stroke-color': p.cluster.stroke,
				'circle-stroke-width': 2
			}
		},
		// ── The valleys' names, over the cluster circles (on a phone a cluster sits on its valley's name) and under their counts.
		{
			id: 'valley-labels',
			type: 'symbol',
			source: 'regions',
			filter: hasRole('label'),
			layout: {
				'text-field': ['get', 'name'],
				'text-font': [FONT_BOLD],
				'text-size': ['interpolate', ['linear'], ['zoom'], 3, ['match', ['get', 'kind'], 'valley', 12, 10], 8, ['match', ['get', 'kind'], 'valley', 18, 13]],
				'text-max-width': 7,
				'text-letter-spacing': 0.03,
				// Above the anchor: the sites' clusters sit near the region's middle.
				'text-anchor': 'bottom',
				'text-offset': [0, -0.6],
				'symbol-sort-key': ['match', ['get', 'kind'], 'valley', 0, 1],
				'text-padding': 4
			},
			paint: {
				'text-color': ['case', isState('dimmed'), p.valley.dimmed.label, ['match', ['get', 'kind'], 'valley', p.valley.label, p.networkText]],
				'text-opacity': ['case', isState('dimmed'), p.valley.dimmed.labelOpacity, 1],
				'text-halo-color': p.textHalo,
				'text-halo-width': 1.8
			}
		},
		{
			id: 'sites-cluster-count',
			type: 'symbol',
			source: 'sites',
			filter: ['has', 'point_count'],
			layout: {
				'text-field': ['to-string', ['get', 'point_count_abbreviated']],
				'text-font': [FONT_BOLD],
				'text-size': 12,
				'text-allow-overlap': true,
				'text-ignore-placement': true
			},
			paint: { 'text-color': p.cluster.text }
		},
		{
			id: 'sites-halo',
			type: 'circle',
			source: 'sites',
			filter: unclustered,
			paint: {
				'circle-radius': siteRadius(5),
				'circle-opacity': 0,
				'circle-stroke-color': p.selectedHalo,
				'circle-stroke-width': 2,
				'circle-stroke-opacity': ['case', isState('selected'), 1, 0]
			}
		},
		{
			// A dark edge around every symbol (≥ 3:1 on any background), drawn under it.
			id: 'sites-casing',
			type: 'circle',
			source: 'sites',
			filter: unclustered,
			paint: { 'circle-radius': casingRadius(), 'circle-opacity': 0, 'circle-stroke-color': p.casing, 'circle-stroke-width': SITE_CASING.width }
		},
		{
			id: 'sites-point',
			type: 'circle',
			source: 'sites',
			filter: unclustered,
			paint: {
				'circle-radius': siteRadius(),
				'circle-color': ['case', operating, stageColor, '#ffffff'],
				'circle-stroke-color': ['case', operating, '#ffffff', stageColor],
				'circle-stroke-width': ['case', operating, FILLED_STROKE, RING_STROKE]
			}
		},
		{
			id: 'sites-label',
			type: 'symbol',
			source: 'sites',
			filter: siteLabelFilter(null),
			layout: {
				'text-field': ['get', 'name'],
				'text-font': [FONT_REGULAR],
				'text-size': 12,
				'text-max-width': 11,
				'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
				'text-radial-offset': 1.1,
				'text-justify': 'auto',
				'text-padding': 3
			},
			paint: { 'text-color': p.siteText, 'text-halo-color': p.textHalo, 'text-halo-width': 1.6 }
		}
	];
}
