/** Camera moves for the map: padding that leaves room for the side panel, reduced motion. */
import bbox from '@turf/bbox';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { RegionFeature } from '$lib/data/schema';
import { SITE_FOCUS_ZOOM } from './layers';

const EDGE = 32;

export type Padding = { top: number; right: number; bottom: number; left: number };
/** Width of the side panel on wide screens (keep in sync with the panel's CSS). */
export const PANEL_WIDTH = 400;
/** Above this width the panel is a right-hand column (the SidePanel switches to a bottom sheet at 640 px). */
const WIDE = 641;

export function prefersReducedMotion(): boolean {
	return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Padding for fits: the title and legend overlay the top-left of wide maps; the open panel
 * covers the right side on wide maps and the bottom on narrow ones.
 */
export function cameraPadding(width: number, height: number, panelOpen: boolean): Padding {
	const pad = initialPadding(width, height);
	if (!panelOpen) return pad;
	if (width >= WIDE) pad.right = PANEL_WIDTH + EDGE;
	else pad.bottom = Math.round(height * 0.55) + EDGE / 2;
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
	return cameraPadding(c.clientWidth, c.clientHeight, panelOpen);
}

export function fitRegion(map: MapLibreMap, region: RegionFeature, panelOpen: boolean, instant: boolean): void {
	const [w, s, e, n] = bbox(region);
	map.fitBounds(
		[
			[w, s],
			[e, n]
		],
		{ padding: padding(map, panelOpen), maxZoom: 8, duration: instant || prefersReducedMotion() ? 0 : 800 }
	);
}

export function focusSite(map: MapLibreMap, lngLat: [number, number], panelOpen: boolean, instant: boolean): void {
	// An offset (not `padding`, which MapLibre keeps for later moves) centres the site in the free area.
	const p = padding(map, panelOpen);
	map.easeTo({
		center: lngLat,
		zoom: Math.max(map.getZoom(), SITE_FOCUS_ZOOM),
		offset: [(p.left - p.right) / 2, (p.top - p.bottom) / 2],
		duration: instant || prefersReducedMotion() ? 0 : 800
	});
}

export function zoomInto(map: MapLibreMap, lngLat: [number, number], zoom: number): void {
	const opts = { center: lngLat, zoom };
	if (prefersReducedMotion()) map.jumpTo(opts);
	else map.easeTo({ ...opts, duration: 500 });
}

/** Padding of the first view: on wide maps the legend and title overlay the left and top edges. */
export function initialPadding(width: number, height: number): Padding {
	if (width < WIDE || height < 500) return { top: EDGE, right: EDGE, bottom: EDGE, left: EDGE };
	return { top: 96, right: 56, bottom: 40, left: Math.min(320, Math.round(width * 0.25)) };
}
