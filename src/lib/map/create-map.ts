/** Builds the MapLibre map (lazy-loaded library, offline style, controls, pointer wiring). */
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
// MapLibre's stylesheet comes with its code, not in the page's head: a bundled CSS import would be
// render-blocking on every page (SvelteKit lists even lazily imported CSS there), and the poster and
// the `load=click` facade need none of it.
import mapLibreCssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import type { MapView as CameraView } from '$lib/state/url';
import { initialPadding } from './camera';
import { MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM } from './mercator';
import { FitControl } from './fit-control';
import { createAttribution } from './attribution';
import { holdFramesUntilLoaded } from './first-frame';
import type { MapSelection } from './interaction';
import type { LinkProperties } from '$lib/data/links';
import type { ViewChange, ViewSync } from './view-sync';

export type CreateMapOptions = {
	container: HTMLDivElement;
	style: StyleSpecification;
	/** The URL's view, or null to fit `fitBounds` ([w, s, e, n]; Iberia–Italy when null). */
	view: CameraView | null;
	fitBounds: [number, number, number, number] | null;
	label: string;
	fitResultsLabel: string;
	cooperativeGestures: boolean;
	locale: Record<string, string>;
	/** Tooltip of a cluster of `count` sites. */
	clusterText: (count: number) => string;
	/** Tooltip of a network link (its ends and length). */
	linkText?: (link: LinkProperties) => string;
	onfit: (map: MapLibreMap) => void;
	onselect: (sel: MapSelection) => void;
	/** The page's poster covers the map until its first idle: nothing is drawn until the map has loaded (first-frame.ts). */
	underPoster?: boolean;
};

export function hasWebGL(): boolean {
	const canvas = document.createElement('canvas');
	return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
}

function openingCamera(o: CreateMapOptions) {
	if (o.view) return { center: [o.view.lon, o.view.lat] as [number, number], zoom: o.view.zoom };
	return {
		bounds: o.fitBounds ?? ([-10, 35, 20, 50] as [number, number, number, number]),
		fitBoundsOptions: { padding: initialPadding(o.container.clientWidth, o.container.clientHeight), animate: false }
	};
}

const stylesheets = new Map<string, Promise<void>>();

/** Adds `<link rel=stylesheet>` once per URL; resolves when it has loaded (a failure rejects, and the next call retries). */
function stylesheet(href: string): Promise<void> {
	let loading = stylesheets.get(href);
	if (!loading) {
		const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
		loading = new Promise<void>((resolve, reject) => {
			link.onload = () => resolve();
			link.onerror = () => {
				link.remove();
				stylesheets.delete(href);
				reject(new Error(`could not load ${href}`));
			};
		});
		stylesheets.set(href, loading);
		document.head.append(link);
	}
	return loading;
}

/**
 * A chunk the map needs once it is first idle (map-events.ts): null if the map was removed while
 * it loaded, or if it could not be loaded (said on the console; the map works without it).
 */
async function chunkForLiveMap<T>(map: MapLibreMap, load: () => Promise<T>, what: string): Promise<T | null> {
	let removed = false;
	map.once('remove', () => (removed = true));
	try {
		const chunk = await load();
		return removed ? null : chunk;
	} catch (err: unknown) {
		console.warn(`[map] could not ${what}`, err);
		return null;
	}
}

/**
 * Hover, tooltips and clicks, from a chunk of their own: the map's view wires them at its first idle.
 * Until then the page's poster covers the map, so the first load need not wait for them.
 */
async function wirePointer(ml: typeof import('maplibre-gl'), map: MapLibreMap, o: CreateMapOptions): Promise<void> {
	const interaction = await chunkForLiveMap(map, () => import('./interaction'), 'wire the pointer');
	if (!interaction) return;
	const popup = new ml.Popup({ closeButton: false, closeOnClick: false, offset: 12, className: 'bvm-tooltip', maxWidth: '260px' });
	map.once('remove', interaction.attachPointer(map, popup, o.onselect, o.clusterText, o.linkText));
}

/**
 * The camera ⇄ URL sync, likewise from a chunk of its own at the first idle: until then the poster
 * covers the map and only the framing moves it. Null if the map was removed meanwhile.
 */
async function followViews(map: MapLibreMap, report: () => ViewChange | undefined, initial: CameraView | null): Promise<ViewSync | null> {
	const views = await chunkForLiveMap(map, () => import('./view-sync'), 'follow the view');
	return views && new views.ViewSync(map, report, initial);
}

export type CreatedMap = {
	map: MapLibreMap;
	fitControl: FitControl;
	/** Resolves once clicks and hovers work. */
	wirePointer: () => Promise<void>;
	/** Resolves to the view sync (null if the map was removed first): `initial` is the view the map opened at. */
	followViews: (report: () => ViewChange | undefined, initial: CameraView | null) => Promise<ViewSync | null>;
	/** Made under the poster (the option as it was when the map was made). */
	underPoster: boolean;
};

/** Resolves to null when `isDisposed()` turned true while MapLibre was loading. */
export async function createMap(o: CreateMapOptions, isDisposed: () => boolean): Promise<CreatedMap | null> {
	if (!hasWebGL()) throw new Error('WebGL unavailable');
	const [ml] = await Promise.all([import('maplibre-gl'), stylesheet(mapLibreCssUrl)]);
	if (isDisposed()) return null;
	ml.setWorkerUrl(new URL(workerUrl, location.href).href);
	const map = new ml.Map({
		container: o.container,
		style: o.style,
		attributionControl: false,
		...openingCamera(o),
		// Shared with the build's SVG maps (mercator.ts), which must frame views as this map does.
		minZoom: MIN_ZOOM,
		maxBounds: [
			[MAX_BOUNDS[0], MAX_BOUNDS[1]],
			[MAX_BOUNDS[2], MAX_BOUNDS[3]]
		],
		maxZoom: MAX_ZOOM,
		// Labels appear without a fade: each faded frame is a full software-WebGL repaint.
		fadeDuration: 0,
		cooperativeGestures: o.cooperativeGestures,
		locale: o.locale,
		dragRotate: false,
		pitchWithRotate: false,
		touchPitch: false
	});
	if (o.underPoster) holdFramesUntilLoaded(map);
	map.touchZoomRotate.disableRotation();
	map.addControl(new ml.NavigationControl({ showCompass: false }), 'top-right');
	const fitControl = new FitControl(o.fitResultsLabel, () => o.onfit(map));
	map.addControl(fitControl, 'top-right');
	map.addControl(createAttribution(ml.AttributionControl), 'bottom-left');
	map.getCanvas().setAttribute('aria-label', o.label);
	return {
		map,
		fitControl,
		wirePointer: () => wirePointer(ml, map, o),
		followViews: (report, initial) => followViews(map, report, initial),
		underPoster: o.underPoster === true
	};
}
