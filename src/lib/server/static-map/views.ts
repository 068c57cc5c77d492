/**
 * The views the build draws: the live map's opening view, a region framed with its sites and a
 * site with its surroundings. Data, style and camera come from the same modules as the live map.
 */
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { BBox } from '$lib/data/geometry';
import { mapGeometry } from '$lib/data/geometry';
import { placeSites, spreadSharedPoints } from '$lib/data/derive';
import type { Dataset } from '$lib/data/schema';
import { initialPadding } from '$lib/map/camera';
import { siteCollection, sitesBounds } from '$lib/map/features';
import { CLUSTER_MAX_ZOOM, siteLabelFilter } from '$lib/map/layers';
import { MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM, constrain, fitCamera, type Camera, type Size } from '$lib/map/mercator';
import { frameView, type LngLat, type Rect } from '$lib/state/framing';
import { buildAppStyle } from '$lib/map/style';

const styleCache = new WeakMap<Dataset, StyleSpecification>();

/** The live map's full style with every site (no filter), built once per dataset. */
export function staticStyle(data: Dataset): StyleSpecification {
	let style = styleCache.get(data);
	if (!style) {
		const geometry = mapGeometry(data);
		style = buildAppStyle(
			{ origin: 'http://localhost', showNetwork: true },
			{
				regions: geometry.regions,
				sites: siteCollection(placeSites(data.sites, geometry.spread))
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

/** A region with its sites, framed by the live map's framing rule (state/framing.ts), kept inside maxBounds. */
export function regionCamera(regionBounds: BBox, sites: readonly LngLat[], size: Size, obstructions: readonly Rect[] = []): Camera {
	const framed = frameView({ ...size, obstructions, subject: { kind: 'regions', bounds: [regionBounds], sites }, minZoom: MIN_ZOOM, maxZoom: MAX_ZOOM });
	return constrain(
		framed ?? { center: [(regionBounds[0] + regionBounds[2]) / 2, (regionBounds[1] + regionBounds[3]) / 2], zoom: 7 },
		size,
		MIN_ZOOM,
		MAX_ZOOM,
		MAX_BOUNDS
	);
}

/** A site in the middle of the free area at the framing rule's site zoom (towns and the province around it). */
export function siteCamera(site: LngLat, size: Size, obstructions: readonly Rect[] = []): Camera {
	// Not below the zoom where sites stop clustering: the page's own site is drawn as itself.
	const framed = frameView({ ...size, obstructions, subject: { kind: 'site', site }, minZoom: CLUSTER_MAX_ZOOM + 1, maxZoom: MAX_ZOOM });
	return constrain(framed ?? { center: site, zoom: CLUSTER_MAX_ZOOM + 1 }, size, MIN_ZOOM, MAX_ZOOM, MAX_BOUNDS);
}
