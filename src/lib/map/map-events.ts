import type { ErrorEvent, Map as MapLibreMap } from 'maplibre-gl';
import { BASEMAP_SOURCES } from './style';
import { webgl2Of, whenDrawn } from './first-frame';

/** 'lost': the browser took the graphics context away; MapLibre rebuilds the map when it gives it back. */
export type MapState = 'loading' | 'idle' | 'moving' | 'error' | 'lost';

export type MapEventHandlers = {
	/** The map's state for `data-map-state` (tests and the page read it). */
	state: (state: MapState) => void;
	/** A basemap file (land, borders, cities) failed: the app's own layers still draw. */
	basemapFailed: () => void;
	/** The style has loaded: the map may be touched. */
	ready: () => void;
	/** The first idle (once): the map is the picture from here. */
	firstIdle?: () => void;
	/** The camera has yet to move to the link's view (the framing rule is on its way): an idle now is not the first. */
	framing?: () => boolean;
	/** The graphics context is gone: nothing may touch the map until `restored`. */
	lost: () => void;
	/** MapLibre reloaded the style after the context came back: re-apply the current state. */
	restored: () => void;
};

/**
 * Wires MapLibre's life events to the view; the view keeps no MapLibre event code of its own.
 * `underPoster`: the map was made under the poster (create-map.ts), its first frame drawn with the
 * canvas hidden; its first idle waits until that frame is drawn (first-frame.ts), so the poster
 * gives way to a finished picture.
 */
export function watchMapEvents(m: MapLibreMap, on: MapEventHandlers, underPoster = false): void {
	let first = true;
	let waiting = false;
	let removed = false;
	const firstIdle = () => {
		first = false;
		// A performance mark lets the benchmark read "navigation → first idle" exactly.
		performance.mark('bvm:first-idle');
		on.firstIdle?.();
		if (!m.isMoving()) on.state('idle');
	};
	m.once('remove', () => (removed = true));
	m.on('idle', () => {
		if (!first) return on.state('idle');
		if (on.framing?.()) return;
		if (!underPoster) return firstIdle();
		if (waiting) return;
		waiting = true;
		void whenDrawn(webgl2Of(m), () => removed).then(() => void (removed || firstIdle()));
	});
	m.on('movestart', () => {
		if (!first) on.state('moving');
	});
	m.on('error', (e: ErrorEvent & { sourceId?: string }) => {
		console.warn('[map]', e.error?.message ?? e);
		// A source that failed to load (a basemap file) is not a map that failed to start.
		if (e.sourceId && BASEMAP_SOURCES.includes(e.sourceId)) on.basemapFailed();
		else if (first && !e.sourceId && !m.isStyleLoaded()) on.state('error');
	});
	m.once('load', () => on.ready());
	// Graphics context lost (a GPU reset, too many WebGL pages, WEBGL_lose_context): MapLibre drops
	// its style. The list and panels keep working; camera requests wait in the controller. On restore
	// MapLibre reloads the style it had, then the view re-applies the current state.
	m.on('webglcontextlost', () => {
		on.state('lost');
		on.lost();
	});
	m.on('webglcontextrestored', () => {
		m.once('style.load', () => {
			on.state('moving');
			on.restored();
			m.triggerRepaint();
		});
	});
}

/** Automated browsers only (tests, benchmark): the hook is a chunk of its own, fetched at the map's
 * first idle, so readers never download it and it never delays the first view. */
export function loadTestHook(m: MapLibreMap, wired: Promise<unknown>, stillCurrent: () => boolean, visibleCount: () => number): void {
	if (!navigator.webdriver) return;
	// Tests click and read the URL as soon as the hook is there: it comes once the pointer and the view sync are wired.
	Promise.all([import('./test-hook'), wired]).then(
		([hook]) => void (stillCurrent() && hook.installTestHook(m, { visibleCount })),
		(err: unknown) => console.warn('[map] test hook', err)
	);
}

/** A language change after creation: MapLibre's own control titles follow. The relabelling is needed
 * only when the language differs from the map's, so it is a chunk of its own, fetched then. */
export function relabelControls(m: MapLibreMap, strings: Record<string, string>): void {
	if (!Object.entries(strings).some(([key, value]) => m._locale[key] !== value)) return;
	import('./relocalize').then(
		(r) => r.relocalize(m, strings),
		(err: unknown) => console.warn('[map] could not relabel the controls', err)
	);
}
