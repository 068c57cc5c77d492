/**
 * The views the build draws: the live map's opening view, a region framed with its sites and a
 * site with its surroundings. Data, style and camera come from the same modules as the live map.
 */
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { BBox } from '$lib/data/geometry';
import { mapGeometry } from '$lib/data/geometry';
import { spreadSharedPoints } from '$lib/data/derive';
import type { Dataset } from '$lib/data/schema';
import { initialPadding } from '$lib/map/camera';
import { regionCollection, siteCollection, sitesBounds } from '$lib/map/features';
import { SITE_FOCUS_ZOOM, siteLabelFilter } from '$lib/map/layers';
import { MAX_BOUNDS, fitCamera, type Camera, type Size } from '$lib/map/mercator';
import { buildAppStyle } from '$lib/map/style';

/** Maximum zoom of a region fit (camera.ts `fitRegion`). */
export const REGION_MAX_ZOOM = 8;
/** The site pages' maps: one zoom step out of the live map's focus on a site, to show the surroundings. */
export const SITE_PAGE_ZOOM = SITE_FOCUS_ZOOM - 1;

const styleCache = new WeakMap<Dataset, StyleSpecification>();

/** The live map's full style with every site (no filter), built once per dataset. */
export function staticStyle(data: Dataset): StyleSpecification {
	let style = styleCache.get(data);
	if (!style) {
		const geometry = mapGeometry(data);
		style = buildAppStyle(
			{ origin: 'http://localhost', showNetwork: true },
			{
				regions: regionCollection(data.regions, geometry.lines, geometry.anchors),
				sites: siteCollection(spreadSharedPoints(data.sites))
			}
		) as StyleSpecification;
		styleCache.set(data, style);
	}
	return style;
}

/** The style with a site selected: its label is drawn whatever the zoom, as MapView sets it. */
export function styleWithSelectedSite(style: StyleSpecification, siteId: string | null): StyleSpecification {
	if (!siteId) return style;
	return { ...style, layers: style.layers.map((l) => (l.id === 'sites-label' ? { ...l, filter: siteLabelFilter(siteId) } : l)) };
}

/** The live map's opening camera without a view in the URL: every site, `initialPadding`. */
export function defaultCamera(data: Dataset, size: Size): Camera {
	const bounds = sitesBounds(spreadSharedPoints(data.sites)) ?? ([-10, 35, 20, 50] as BBox);
	return fitCamera(bounds, size, { padding: initialPadding(size.width, size.height), maxBounds: MAX_BOUNDS });
}

const union = (a: BBox, b: BBox | null): BBox => (b ? [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])] : a);

/** A region and its sites, framed as `fitRegion` frames it (padding 32, max zoom 8). */
export function regionCamera(regionBounds: BBox, siteBounds: BBox | null, size: Size): Camera {
	const edge = 32;
	return fitCamera(union(regionBounds, siteBounds), size, {
		padding: { top: edge, right: edge, bottom: edge, left: edge },
		maxZoom: REGION_MAX_ZOOM,
		maxBounds: MAX_BOUNDS
	});
}

export function siteCamera([lon, lat]: [number, number]): Camera {
	return { center: [lon, lat], zoom: SITE_PAGE_ZOOM };
}
