import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap, MapMovementEvent } from 'maplibre-gl';
import { ViewSync } from '../../src/lib/map/view-sync';
import type { MapView } from '../../src/lib/state/url';

/** Just enough of a MapLibre map: a camera, its bounds, `moveend` listeners and jumps. */
function fakeMap(start: MapView) {
	let camera = { ...start };
	const listeners = new Set<(e: MapMovementEvent) => void>();
	const jumps: MapView[] = [];
	const map = {
		getCenter: () => ({ lat: camera.lat, lng: camera.lon }),
		getZoom: () => camera.zoom,
		getBounds: () => ({ getWest: () => camera.lon - 1, getSouth: () => camera.lat - 1, getEast: () => camera.lon + 1, getNorth: () => camera.lat + 1 }),
		on: (_type: string, f: (e: MapMovementEvent) => void) => listeners.add(f),
		off: (_type: string, f: (e: MapMovementEvent) => void) => listeners.delete(f),
		jumpTo: ({ center, zoom }: { center: [number, number]; zoom: number }) => {
			camera = { lon: center[0], lat: center[1], zoom };
			jumps.push({ ...camera });
		}
	};
	/** The camera moved to `to`; `byUser`: a gesture (it carries the DOM event). */
	const move = (to: MapView, byUser: boolean) => {
		camera = { ...to };
		for (const f of listeners) f((byUser ? { originalEvent: new Event('wheel') } : {}) as MapMovementEvent);
	};
	return { map: map as unknown as MapLibreMap, move, jumps, listeners };
}

type Report = { view: MapView; byUser: boolean };

function syncOn(start: MapView, initial: MapView | null = null) {
	const fake = fakeMap(start);
	const reports: Report[] = [];
	const sync = new ViewSync(fake.map, () => (view, _bounds, byUser) => reports.push({ view, byUser }), initial);
	return { ...fake, reports, sync };
}

const MADRID = { lat: 40.4169, lon: -3.7033, zoom: 6 };
const SEVILLA = { lat: 37.3891, lon: -5.9845, zoom: 8 };

describe('ViewSync: the camera and the URL view follow each other', () => {
	it('reports the settled view as soon as it is made (at the first idle), not by a person', () => {
		const { reports } = syncOn(MADRID);
		expect(reports).toEqual([{ view: MADRID, byUser: false }]);
	});

	it('reports every later move, rounded as the URL keeps it, and says which were a person’s', () => {
		const { reports, move } = syncOn(MADRID);
		move({ lat: 37.389123, lon: -5.98449, zoom: 7.96 }, true);
		move(MADRID, false);
		expect(reports.slice(1)).toEqual([
			{ view: SEVILLA, byUser: true },
			{ view: MADRID, byUser: false }
		]);
	});

	it('jumps to a new view (back/forward), but not to the view it opened at or to its own report', () => {
		const { sync, jumps, move } = syncOn(MADRID, MADRID);
		sync.follow({ ...MADRID });
		expect(jumps).toEqual([]);
		move(SEVILLA, true);
		sync.follow({ ...SEVILLA }); // the URL echoing the map's own report
		expect(jumps).toEqual([]);
		sync.follow(MADRID);
		expect(jumps).toEqual([MADRID]);
	});

	it('stops listening when destroyed', () => {
		const { sync, listeners } = syncOn(MADRID);
		expect(listeners.size).toBe(1);
		sync.destroy();
		expect(listeners.size).toBe(0);
	});
});
