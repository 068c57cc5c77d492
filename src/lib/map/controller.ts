/**
 * The page's handle on the map's camera: the app and the embed API ask for a camera move by a
 * method call (`frameLink`, `fitRegion`, `focusSite`, `fitResults`), not by a prop. Every move
 * goes through the framing rule (state/framing.ts): the subject inside the map minus what covers
 * it. Until a person moves the map, the last framing is redone when the map is resized or an
 * overlay (the panel, a notice) appears. MapView attaches the map once it exists.
 */
import type { Map as MapLibreMap, MapMovementEvent } from 'maplibre-gl';
import type { BBox } from '$lib/data/geometry';
import { subjectOf, type FramedSite, type Rect, type Subject } from '$lib/state/framing-subject';
import { Lazy } from '$lib/lazy.svelte';
import { prefersReducedMotion } from 'svelte/motion';
import { sheetViewport } from '$lib/layout';
import { isUserMove, USER_INTENT } from './camera';
import { expectedPanel, measureOverlays, OVERLAY_ATTR, panelShown } from './overlays';

/** What the camera needs to know about the page, read at the time of each move. */
export type MapFrame = {
	regionBounds(id: string): BBox | undefined;
	/** Every site where the map draws it, and the ones matching the filters. */
	sites(): readonly FramedSite[];
	matching(): readonly FramedSite[];
	/** What the link is about: its `at=` view, open item, region filter and radius ring (`near=` with `within=`). */
	link(): {
		view: { lat: number; lon: number; zoom: number } | null;
		selection: { kind: 'region' | 'site'; id: string } | null;
		regions: readonly string[];
		ring: { center: [number, number]; km: number } | null;
	};
	/** The side panel covers part of the map: moves keep clear of it. */
	panelOpen(): boolean;
};

export type MoveOptions = { instant?: boolean };

/** The camera of a map box of this size (the poster's opening view, map/poster.ts). */
export type OpeningCamera = (size: { width: number; height: number }) => { center: [number, number]; zoom: number };

/**
 * The framing rule's camera maths (state/framing.ts), a chunk of its own: the poster's view opens
 * at the poster's camera without it, so the first load does without it. Another view fetches it
 * before its first move; MapView fetches it at the first idle for the reader's moves.
 */
export const framingRule = new Lazy(() => import('$lib/state/framing'), 'the framing rule');

/** `opening`: a camera computed from the box size instead of the framing rule (the poster's view). */
type Framed = { subject: Subject; keepZoomAbove: boolean; opening?: OpeningCamera };

export class MapController {
	/** The element the map draws in (set by MapView when it mounts). */
	element: HTMLElement | null = null;
	/**
	 * Set by the page while a build-time poster of the default view shows (MapStage): a link with
	 * nothing that changes the view opens exactly where the poster shows it, so the swap moves nothing.
	 */
	opening: OpeningCamera | null = null;
	/**
	 * Resolves once the map has been given every change of the app made so far (MapStage: it follows
	 * the app a paint later), so a move asked for after a change is not undone by that change's own.
	 */
	caughtUp: () => Promise<void> = () => Promise.resolve();
	#map: MapLibreMap | null = null;
	#frame: MapFrame | null = null;
	#pending: Array<() => void> = [];
	/** The last framing, redone on resizes and new overlays until a person moves the map. */
	#last: Framed | null = null;
	#moved = false;
	/** Set while the controller itself moves the camera: that move is not a person's. */
	#applying = false;
	#cleanup: (() => void) | null = null;
	#waitingForRule = 0;

	/** A move waits for the framing rule's chunk: the map is not yet where it is asked to be. */
	get framing(): boolean {
		return this.#waitingForRule > 0;
	}

	attach(map: MapLibreMap, frame: MapFrame): void {
		this.#map = map;
		this.#frame = frame;
		this.#cleanup = this.#watch(map);
		const pending = this.#pending;
		this.#pending = [];
		for (const run of pending) run();
	}

	detach(map: MapLibreMap): void {
		if (this.#map !== map) return;
		this.#cleanup?.();
		this.#cleanup = null;
		this.#map = null;
		this.#frame = null;
	}

	/** The first view of a link: its `at=`, else its open item, region filter or matching sites. */
	frameLink(): void {
		this.#when((map, frame) => {
			const link = frame.link();
			const subject = subjectOf({ ...link, matching: frame.matching(), all: frame.sites(), regionBounds: this.#bounds(frame) });
			const plain = !link.view && !link.selection && link.regions.length === 0 && frame.matching().length === frame.sites().length;
			if (subject) this.#apply(map, { subject, keepZoomAbove: false, opening: plain ? (this.opening ?? undefined) : undefined }, true);
		});
	}

	/** Frames a region's outline with its matching sites (without selecting it). */
	fitRegion(id: string, { instant = false }: MoveOptions = {}): void {
		this.#when((map, frame) => {
			const bounds = frame.regionBounds(id);
			if (!bounds) return;
			const sites = frame
				.matching()
				.filter((s) => s.region === id)
				.map((s) => s.lngLat);
			this.#apply(map, { subject: { kind: 'regions', bounds: [bounds], sites }, keepZoomAbove: false }, instant);
		});
	}

	/** Centres a site in the free part of the map, at a zoom that shows its towns and province (never zooming out). */
	focusSite(id: string, { instant = false }: MoveOptions = {}): void {
		this.#when((map, frame) => {
			const site = frame.sites().find((s) => s.id === id);
			if (site) this.#apply(map, { subject: { kind: 'site', site: site.lngLat }, keepZoomAbove: !instant }, instant);
		});
	}

	/** Frames the radius ring of `near=`/`within=` (the whole circle) with the matching sites; nothing without a ring. */
	fitRing({ instant = false }: MoveOptions = {}): void {
		this.#when((map, frame) => {
			const ring = frame.link().ring;
			if (!ring) return;
			const sites = frame.matching().map((s) => s.lngLat);
			this.#apply(map, { subject: { kind: 'ring', center: ring.center, km: ring.km, sites }, keepZoomAbove: false }, instant);
		});
	}

	/** "Fit to results": frames the drawn sites (a move the reader asked for). */
	fitResults(): void {
		this.#when((map, frame) => {
			const sites = frame.matching().map((s) => s.lngLat);
			if (sites.length) this.#apply(map, { subject: { kind: 'sites', sites }, keepZoomAbove: false }, false, true);
		});
	}

	/** The [lon, lat] under a point of the page (e.g. a right-click), or null before the map exists. */
	lngLatAt(clientX: number, clientY: number): [number, number] | null {
		const map = this.#map;
		if (!map) return null;
		const box = map.getCanvas().getBoundingClientRect();
		const p = map.unproject([clientX - box.left, clientY - box.top]);
		return [p.lng, p.lat];
	}

	/** The map's centre as [lon, lat] (the keyboard's "here"), or null before the map exists. */
	center(): [number, number] | null {
		const c = this.#map?.getCenter();
		return c ? [c.lng, c.lat] : null;
	}

	/** Keyboard focus to the map (where a closed panel returns it). Nothing before the map exists. */
	focus(): void {
		this.#map?.getCanvas().focus();
	}

	/** What covers the map now; the panel where it will be while its chunk is still loading. */
	#overlays(map: MapLibreMap, frame: MapFrame): Rect[] {
		const container = map.getContainer();
		const scope = container.parentElement ?? container;
		const rects = measureOverlays(container, scope);
		if (frame.panelOpen() && !panelShown(scope)) rects.push(expectedPanel(container.clientWidth, container.clientHeight, sheetViewport.current));
		return rects;
	}

	#bounds(frame: MapFrame): Record<string, BBox> {
		const link = frame.link();
		const ids = [...link.regions, ...(link.selection?.kind === 'region' ? [link.selection.id] : [])];
		return Object.fromEntries(ids.flatMap((id) => (frame.regionBounds(id) ? [[id, frame.regionBounds(id)!]] : [])));
	}

	#apply(map: MapLibreMap, framed: Framed, instant: boolean, byUser = false): void {
		const frame = this.#frame;
		if (!frame) return;
		const rule = framingRule.current;
		if (!framed.opening && !rule) {
			// Framed once the rule has arrived, if this map is still the one shown.
			this.#waitingForRule++;
			void framingRule
				.load()
				.then(() => void (this.#map === map && framingRule.current && this.#apply(map, framed, instant, byUser)))
				.finally(() => {
					this.#waitingForRule--;
					// A map idle meanwhile waited for this move (map-events.ts): it is asked for again, moved or not (the chunk failed).
					if (this.#map === map) map.triggerRepaint();
				});
			return;
		}
		const container = map.getContainer();
		const size = { width: container.clientWidth, height: container.clientHeight };
		const camera = framed.opening
			? framed.opening(size)
			: rule!.frameView({
					width: container.clientWidth,
					height: container.clientHeight,
					obstructions: this.#overlays(map, frame),
					subject: framed.subject,
					minZoom: framed.keepZoomAbove ? map.getZoom() : map.getMinZoom(),
					maxZoom: map.getMaxZoom()
				});
		if (!camera) return;
		this.#last = framed;
		this.#moved = false;
		const options = { center: camera.center, zoom: camera.zoom, padding: { top: 0, right: 0, bottom: 0, left: 0 } };
		const eventData = byUser ? USER_INTENT : undefined;
		this.#applying = true;
		try {
			if (instant || prefersReducedMotion.current) map.jumpTo(options, eventData);
			else map.easeTo({ ...options, duration: 800 }, eventData);
		} finally {
			this.#applying = false;
		}
	}

	/** Until a person moves the map: redo the last framing when the map is resized or an overlay appears. */
	#watch(map: MapLibreMap): () => void {
		// A gesture, a map button or a cluster click: from then on the view is the person's.
		const onMove = (e: MapMovementEvent) => {
			if (!this.#applying && isUserMove(e)) this.#moved = true;
		};
		const reframe = () => {
			if (!this.#moved && this.#last && this.#map === map) this.#apply(map, this.#last, true);
		};
		let timer: ReturnType<typeof setTimeout> | undefined;
		const soon = () => {
			clearTimeout(timer);
			timer = setTimeout(reframe, 30);
		};
		const container = map.getContainer();
		// MapLibre also says "resize" for a new pixel ratio: same box, same framing.
		let size = `${container.clientWidth}x${container.clientHeight}`;
		const onResize = () => {
			const now = `${container.clientWidth}x${container.clientHeight}`;
			if (now === size) return;
			size = now;
			soon();
		};
		map.on('movestart', onMove);
		map.on('resize', onResize);
		const scope = container.parentElement;
		// An overlay that appears late (the panel's chunk, a notice) changes the free area.
		const isOverlay = (n: Node) => n instanceof HTMLElement && (n.matches(`[${OVERLAY_ATTR}]`) || n.querySelector(`[${OVERLAY_ATTR}]`) !== null);
		const observer = new MutationObserver((records) => {
			if (records.some((r) => [...r.addedNodes].some(isOverlay))) soon();
		});
		if (scope) observer.observe(scope, { childList: true, subtree: true });
		return () => {
			clearTimeout(timer);
			observer.disconnect();
			map.off('movestart', onMove);
			map.off('resize', onResize);
		};
	}

	#when(move: (map: MapLibreMap, frame: MapFrame) => void): void {
		const map = this.#map;
		const frame = this.#frame;
		if (map && frame) move(map, frame);
		else this.#pending = [...this.#pending, () => this.#when(move)];
	}
}
