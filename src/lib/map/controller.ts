/**
 * The page's handle on the map's camera: the app and the embed API ask for a camera move by a
 * method call (`fitRegion`, `focusSite`, `fitResults`), not by a prop. MapView attaches the
 * MapLibre map once it has loaded; requests made before that wait for it.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { BBox } from '$lib/data/geometry';
import { fitRegion, fitToSites, focusSite } from './camera';
import type { PointLike } from './features';

/** What the camera needs to know about the page, read at the time of each move. */
export type MapFrame = {
	regionBounds(id: string): BBox | undefined;
	sitePosition(id: string): [number, number] | undefined;
	/** The sites the map draws (the matching ones). */
	visibleSites(): readonly PointLike[];
	/** The side panel covers part of the map: moves keep clear of it. */
	panelOpen(): boolean;
};

export type MoveOptions = { instant?: boolean };

export class MapController {
	/** The element the map draws in (set by MapView when it mounts). */
	element: HTMLElement | null = null;
	#map: MapLibreMap | null = null;
	#frame: MapFrame | null = null;
	#pending: Array<() => void> = [];

	attach(map: MapLibreMap, frame: MapFrame): void {
		this.#map = map;
		this.#frame = frame;
		const pending = this.#pending;
		this.#pending = [];
		for (const run of pending) run();
	}

	detach(map: MapLibreMap): void {
		if (this.#map !== map) return;
		this.#map = null;
		this.#frame = null;
	}

	/** Frames a region (without selecting it). */
	fitRegion(id: string, { instant = false }: MoveOptions = {}): void {
		this.#when((map, frame) => {
			const bounds = frame.regionBounds(id);
			if (bounds) fitRegion(map, bounds, frame.panelOpen(), instant);
		});
	}

	/** Centres a site in the free part of the map, zoomed in enough to show it on its own. */
	focusSite(id: string, { instant = false }: MoveOptions = {}): void {
		this.#when((map, frame) => {
			const position = frame.sitePosition(id);
			if (position) focusSite(map, position, frame.panelOpen(), instant);
		});
	}

	/** "Fit to results": frames the drawn sites (a move the reader asked for). */
	fitResults(): void {
		this.#when((map, frame) => void fitToSites(map, frame.visibleSites(), frame.panelOpen()));
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

	#when(move: (map: MapLibreMap, frame: MapFrame) => void): void {
		const map = this.#map;
		const frame = this.#frame;
		if (map && frame) move(map, frame);
		else this.#pending = [...this.#pending, () => this.#when(move)];
	}
}
