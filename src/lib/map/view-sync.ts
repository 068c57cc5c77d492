/**
 * Two-way view sync between the map camera and the page (URL `at=`): the map reports every
 * settled view; a later `view` prop that differs from what the map shows (back/forward) is
 * jumped to, while echoes of the map's own reports are ignored.
 */
import type { Map as MapLibreMap, MapMovementEvent } from 'maplibre-gl';
import { roundView, type MapView as CameraView } from '$lib/state/url';
import { isUserMove } from './camera';

/** [west, south, east, north] of what the map shows. */
export type Bounds = [number, number, number, number];
export type ViewChange = (view: CameraView, bounds: Bounds, byUser: boolean) => void;

/** Rounded the way the URL stores it: lat/lon 4 decimals, zoom 1 decimal. */
export function viewKey(view: CameraView): string {
	const r = roundView(view);
	return `${r.lat},${r.lon},${r.zoom}`;
}

export function cameraOf(map: MapLibreMap): CameraView {
	const c = map.getCenter();
	return roundView({ lat: c.lat, lon: c.lng, zoom: map.getZoom() });
}

export function boundsOf(map: MapLibreMap): Bounds {
	const b = map.getBounds();
	return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
}

export class ViewSync {
	private lastReported: string | null = null;
	private lastProp: string | null;
	private readonly detach: () => void;

	/**
	 * Made at the map's first idle (MapView): the settled view is reported at once, as the page
	 * needs the bounds even if nothing moves. `initial`: the view the map was opened at (the first
	 * prop value, which needs no jump).
	 */
	constructor(
		private readonly map: MapLibreMap,
		private readonly report: () => ViewChange | undefined,
		initial: CameraView | null
	) {
		this.lastProp = initial ? viewKey(initial) : null;
		const onMoveEnd = (e: MapMovementEvent) => this.emit(isUserMove(e));
		map.on('moveend', onMoveEnd);
		this.detach = () => map.off('moveend', onMoveEnd);
		this.emit(false);
	}

	private emit(byUser: boolean): void {
		const view = cameraOf(this.map);
		this.lastReported = viewKey(view);
		this.report()?.(view, boundsOf(this.map), byUser);
	}

	/**
	 * A new `view` prop: jump there unless it only repeats the previous prop value (a new object,
	 * same place), echoes the map's last report, or is where the camera already is.
	 */
	follow(view: CameraView | null): void {
		if (!view) return;
		const key = viewKey(view);
		if (key === this.lastProp) return;
		this.lastProp = key;
		if (key === this.lastReported || key === viewKey(cameraOf(this.map))) return;
		this.map.jumpTo({ center: [view.lon, view.lat], zoom: view.zoom });
	}

	destroy(): void {
		this.detach();
	}
}
