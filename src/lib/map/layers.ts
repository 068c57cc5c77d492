/** The app's own sources and layers (valleys, network links, sites), styled with data-driven expressions. */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification, SourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import { STAGES } from '$lib/data/schema';
import {
	FONT_BOLD,
	FONT_REGULAR,
	INITIATIVE_FALLBACK,
	NETWORK_LINE_OPACITY,
	SITE_CASING,
	STAGE_COLORS,
	STAGE_FALLBACK,
	statusStyle,
	type InitiativeStyle
} from './palette';
import { LIGHT, type MapPalette } from './themes';
import type { RegionRole } from './features';

export const SITES_ATTRIBUTION = 'Sites: sources cited per entry; coordinates GeoNames (CC BY 4.0)';
/** The valleys' outlines are GISCO NUTS-2 polygons: credited whenever they are drawn, at any zoom. */
export const BOUNDARIES_ATTRIBUTION = '© EuroGeographics for the administrative boundaries (GISCO)';

/** Clusters only below zoom 7: a site view (state/framing.ts SITE_ZOOM_RANGE, 7–9) always shows single sites. */
export const CLUSTER_MAX_ZOOM = 6;
/** From this zoom every site carries its name. */
export const SITE_LABEL_ZOOM = 10;

export type AppData = {
	/** Region polygons, network links and region label points, told apart by `role` (see `regionCollection`). */
	regions: FeatureCollection;
	/** Site points with the derived `primary_stage` and `operating` properties. */
	sites: FeatureCollection;
	/** The "near" overlay: radius ring, lines to the nearest sites, the place (see near-overlay.ts). */
	near?: FeatureCollection;
};

export function appSources(data: AppData): Record<string, SourceSpecification> {
	return {
		regions: { type: 'geojson', data: data.regions, promoteId: 'id', attribution: BOUNDARIES_ATTRIBUTION },
		near: { type: 'geojson', data: data.near ?? { type: 'FeatureCollection', features: [] } },
		sites: {
			type: 'geojson',
			data: data.sites,
			promoteId: 'id',
			cluster: true,
			clusterMaxZoom: CLUSTER_MAX_ZOOM,
			clusterRadius: 40,
			attribution: SITES_ATTRIBUTION
		}
	};
}

const isState = (key: 'hover' | 'selected' | 'dimmed'): ExpressionSpecification => ['boolean', ['feature-state', key], false];

/** `case` on feature-state: selected, then hover, then the resting value. */
function byState<T extends number | string>(selected: T, hover: T, rest: T): ExpressionSpecification {
	return ['case', isState('selected'), selected, isState('hover'), hover, rest];
}

/** Valleys: as `byState`, but a valley without matching sites (`dimmed`, set by MapView) takes `dimmed` unless selected. */
function byValleyState<T extends number | string>(selected: T, hover: T, rest: T, dimmed: T): ExpressionSpecification {
	return ['case', isState('selected'), selected, isState('dimmed'), dimmed, isState('hover'), hover, rest];
}

/** Unselected dimmed valley: greyed out. */
const dimmedLook: ExpressionSpecification = ['all', isState('dimmed'), ['!', isState('selected')]];

const stageColor: ExpressionSpecification = [
	'match',
	['get', 'primary_stage'],
	...STAGES.flatMap((s) => [s, STAGE_COLORS[s]]),
	STAGE_FALLBACK
] as unknown as ExpressionSpecification;

function byInitiative<K extends keyof InitiativeStyle>(p: MapPalette, key: K, wrap: (v: InitiativeStyle[K]) => unknown): ExpressionSpecification {
	const cases = Object.entries(p.initiatives).flatMap(([id, s]) => [id, wrap(s[key])]);
	return ['match', ['get', 'initiative'], ...cases, wrap(INITIATIVE_FALLBACK[key])] as unknown as ExpressionSpecification;
}

const operating: ExpressionSpecification = ['==', ['get', 'operating'], true];
const unclustered: ExpressionSpecification = ['!', ['has', 'point_count']];
const hasRole = (role: RegionRole): ExpressionSpecification => ['==', ['get', 'role'], role];
const isValley: ExpressionSpecification = ['all', hasRole('area'), ['==', ['get', 'kind'], 'valley']];
const isNetwork: ExpressionSpecification = ['all', hasRole('area'), ['==', ['get', 'kind'], 'network']];

/** Radius of a site disc by zoom, larger when hovered or selected. */
function siteRadius(extra = 0): ExpressionSpecification {
	return ['interpolate', ['linear'], ['zoom'], 4, byState(8 + extra, 7 + extra, 5 + extra), 10, byState(11 + extra, 10 + extra, 7.5 + extra)];
}

const FILLED_STROKE = statusStyle.operating.strokeWidth;
const RING_STROKE = statusStyle.planned.strokeWidth;

/** The casing's radius: the disc and its own stroke (wider on rings), so the casing's stroke starts where the symbol ends. */
function casingRadius(): ExpressionSpecification {
	const at = (selected: number, hover: number, rest: number): ExpressionSpecification => [
		'case',
		operating,
		byState(selected + FILLED_STROKE, hover + FILLED_STROKE, rest + FILLED_STROKE),
		byState(selected + RING_STROKE, hover + RING_STROKE, rest + RING_STROKE)
	];
	return ['interpolate', ['linear'], ['zoom'], 4, at(8, 7, 5), 10, at(11, 10, 7.5)];
}

function regionLayers(p: MapPalette): LayerSpecification[] {
	return [
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
			paint: {
				'line-color': ['case', dimmedLook, p.valley.dimmed.line, p.valley.line],
				'line-width': byValleyState(3, 2.2, 1.4, 0.9)
			}
		}
	];
}

function networkLayers(p: MapPalette): LayerSpecification[] {
	return [
		{
			id: 'network-lines',
			type: 'line',
			source: 'regions',
			filter: hasRole('link'),
			layout: { 'line-join': 'round', 'line-cap': 'butt' },
			paint: {
				'line-color': byInitiative(p, 'color', (c) => c),
				'line-dasharray': byInitiative(p, 'dash', (d) => ['literal', d ?? [1, 0]]),
				'line-offset': byInitiative(p, 'offset', (o) => o),
				'line-width': ['interpolate', ['linear'], ['zoom'], 3, 1.2, 8, 2.4],
				'line-opacity': NETWORK_LINE_OPACITY
			}
		}
	];
}

function labelLayers(p: MapPalette): LayerSpecification[] {
	return [
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
		}
	];
}

/** "Near": the radius ring (dashed), lines to the nearest sites, and the place, under the sites. */
function nearLayers(): LayerSpecification[] {
	const role = (r: string): FilterSpecification => ['==', ['get', 'role'], r];
	return [
		{
			id: 'near-lines',
			type: 'line',
			source: 'near',
			filter: role('line'),
			paint: { 'line-color': NEAR.line, 'line-width': 1.6, 'line-opacity': 0.85 }
		},
		{
			id: 'near-ring',
			type: 'line',
			source: 'near',
			filter: role('ring'),
			paint: { 'line-color': NEAR.ring, 'line-width': 2, 'line-dasharray': [3, 2] }
		},
		{
			id: 'near-origin',
			type: 'circle',
			source: 'near',
			filter: role('origin'),
			paint: { 'circle-radius': 6, 'circle-color': NEAR.ring, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 }
		}
	];
}

/** Colours of the "near" overlay: dark teal, ≥ 3:1 on the basemap's land and sea. */
const NEAR = { ring: '#0b4f4a', line: '#0f766e' } as const;

function siteLayers(p: MapPalette): LayerSpecification[] {
	return [
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
			paint: {
				'circle-radius': casingRadius(),
				'circle-opacity': 0,
				'circle-stroke-color': p.casing,
				'circle-stroke-width': SITE_CASING.width
			}
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

/** Labels: the selected site always, all unclustered sites from SITE_LABEL_ZOOM. */
export function siteLabelFilter(selectedId: string | null): FilterSpecification {
	const selected: ExpressionSpecification = ['==', ['get', 'id'], selectedId ?? ''];
	return ['all', unclustered, ['any', selected, ['>=', ['zoom'], SITE_LABEL_ZOOM]]];
}

/** App layers from bottom to top, in the colours of a theme (themes.ts). */
export function appLayers(p: MapPalette = LIGHT): LayerSpecification[] {
	return [...regionLayers(p), ...networkLayers(p), ...labelLayers(p), ...nearLayers(), ...siteLayers(p)];
}

/** Layers a pointer can hover and click. */
export const INTERACTIVE_LAYERS = ['sites-cluster', 'sites-point', 'valleys-fill'] as const;
