/** Camera moves for the map: padding that leaves room for the overlays (legend, panel), reduced motion. */
import type { Map as MapLibreMap, MapMovementEvent } from 'maplibre-gl';
import type { BBox } from '$lib/data/geometry';
import { SITE_FOCUS_ZOOM } from './layers';
import { sitesBounds, type PointLike } from './features';

const EDGE = 32;

export type Padding = { top: number; right: number; bottom: number; left: number };
/** Width of the side panel when it is a column over the map's right side (keep in sync with the panel's CSS). */
export const PANEL_WIDTH = 400;
/** Up to this viewport width the panel is a bottom sheet (the SidePanel's `max-width: 640px` media query). */
const SHEET_MAX_VIEWPORT = 640;
/** The legend overlays the map's bottom-left: fits keep room for it only on maps at least this wide. */
const LEGEND_ROOM_WIDTH = 1100; // the legend starts open only on maps this wide (Legend.svelte)
/** Share of the map's height the bottom sheet covers (its CSS `max-height: 55%`). */
const SHEET_SHARE = 0.55;

/**
 * Event data passed to camera moves a person asked for without touching the map itself
 * (cluster click, "Fit to results"): their `moveend` carries it, so the view report says `byUser`.
 */
export const USER_INTENT = { bvmUserIntent: true } as const;

/** A move started by a gesture, a control button (they pass `originalEvent`) or a USER_INTENT move. */
export function isUserMove(e: MapMovementEvent): boolean {
	return Boolean(e.originalEvent) || ('bvmUserIntent' in e && e.bvmUserIntent === true);
}

export function prefersReducedMotion(): boolean {
	return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The panel is a bottom sheet on narrow viewports (decided by the viewport, like the panel's CSS). */
export function panelIsSheet(mapWidth: number): boolean {
	if (typeof matchMedia === 'function') return matchMedia(`(max-width: ${SHEET_MAX_VIEWPORT}px)`).matches;
	return mapWidth <= SHEET_MAX_VIEWPORT;
}

/**
 * Padding of the first view, from the map container's size (not the window's: the sidebar
 * and the list sit outside the map). The legend overlays the bottom-left of wide maps; the
 * zoom and fit buttons the top-right.
 */
export function initialPadding(width: number, height: number): Padding {
	if (width < LEGEND_ROOM_WIDTH || height < 500) return { top: EDGE, right: EDGE + 8, bottom: EDGE, left: EDGE };
	return { top: 40, right: 56, bottom: 40, left: Math.min(300, Math.round(width * 0.25)) };
}

/**
 * Padding for fits: `initialPadding`, plus the open panel — a 400 px column over the right side,
 * or a bottom sheet over ~55 % of the map's height when `sheet`.
 */
export function cameraPadding(width: number, height: number, panelOpen: boolean, sheet = width <= SHEET_MAX_VIEWPORT): Padding {
	const pad = initialPadding(width, height);
	if (!panelOpen) return pad;
	if (sheet) pad.bottom = Math.round(height * SHEET_SHARE) + EDGE / 2;
	else pad.right = Math.min(PANEL_WIDTH, width) + EDGE;
	return shrinkToFit(pad, width, height);
}

/** Keeps at least a 160 px wide/high free area, so a fit never fails on a small map. */
function shrinkToFit(pad: Padding, width: number, height: number): Padding {
	const MIN = 160;
	const fx = Math.min(1, Math.max(0, width - MIN) / Math.max(1, pad.left + pad.right));
	const fy = Math.min(1, Math.max(0, height - MIN) / Math.max(1, pad.top + pad.bottom));
	return {
		top: Math.round(pad.top * fy),
		bottom: Math.round(pad.bottom * fy),
		left: Math.round(pad.left * fx),
		right: Math.round(pad.right * fx)
	};
}

function padding(map: MapLibreMap, panelOpen: boolean): Padding {
	const c = map.getContainer();
	return cameraPadding(c.clientWidth, c.clientHeight, panelOpen, panelIsSheet(c.clientWidth));
}

const duration = (ms: number, instant = false) => (instant || prefersReducedMotion() ? 0 : ms);

/** Frames a region by its bounding box (precomputed at build: `MapGeometry.bounds`). */
export function fitRegion(map: MapLibreMap, [w, s, e, n]: BBox, panelOpen: boolean, instant: boolean): void {
	map.fitBounds(
		[
			[w, s],
			[e, n]
		],
		{ padding: padding(map, panelOpen), maxZoom: 8, duration: duration(800, instant) }
	);
}

/**
 * "Fit to results": frames every given site (the visible ones), clear of the legend and panel.
 * Reported as a user move. Returns false (and does nothing) when there is no site.
 */
export function fitToSites(map: MapLibreMap, sites: readonly PointLike[], panelOpen: boolean): boolean {
	const b = sitesBounds(sites);
	if (!b) return false;
	map.fitBounds(
		[
			[b[0], b[1]],
			[b[2], b[3]]
		],
		{ padding: padding(map, panelOpen), maxZoom: SITE_FOCUS_ZOOM, duration: duration(800) },
		USER_INTENT
	);
	return true;
}

export function focusSite(map: MapLibreMap, lngLat: [number, number], panelOpen: boolean, instant: boolean): void {
	// An offset (not `padding`, which MapLibre keeps for later moves) centres the site in the free area.
	const p = padding(map, panelOpen);
	map.easeTo({
		center: lngLat,
		zoom: Math.max(map.getZoom(), SITE_FOCUS_ZOOM),
		offset: [(p.left - p.right) / 2, (p.top - p.bottom) / 2],
		duration: duration(800, instant)
	});
}

/** Cluster click: zoom in around the cluster (a user move). */
export function zoomInto(map: MapLibreMap, lngLat: [number, number], zoom: number): void {
	const opts = { center: lngLat, zoom };
	if (prefersReducedMotion()) map.jumpTo(opts, USER_INTENT);
	else map.easeTo({ ...opts, duration: 500 }, USER_INTENT);
}
