/** The test hook MapView installs on `window.__bvm` when the page runs under WebDriver/Playwright. */
import type { Map as MapLibreMap } from 'maplibre-gl';

export type MapTestHook = {
	map: MapLibreMap;
	/** Resolves at the next `idle` after a forced repaint (use after data/filter/camera changes). */
	whenIdle(): Promise<void>;
	/** Unique `id` properties of the features of one layer currently drawn on screen (clusters: `cluster-<n>`). */
	rendered(layerId: string): string[];
	/** Pixel position of a longitude/latitude, relative to the canvas' top-left corner. */
	project(lngLat: [number, number]): { x: number; y: number };
};

declare global {
	interface Window {
		__bvm?: MapTestHook;
	}
}

export function installTestHook(map: MapLibreMap): void {
	if (typeof navigator === 'undefined' || !navigator.webdriver) return;
	window.__bvm = {
		map,
		whenIdle: () =>
			new Promise<void>((resolve) => {
				map.once('idle', () => resolve());
				map.triggerRepaint();
			}),
		rendered: (layerId) => {
			if (!map.getLayer(layerId)) return [];
			const ids = map
				.queryRenderedFeatures({ layers: [layerId] })
				// Clusters have no `id` property: they are reported as `cluster-<cluster_id>`.
				.map((f): unknown => f.properties?.id ?? (f.properties?.cluster_id !== undefined ? `cluster-${String(f.properties.cluster_id)}` : undefined))
				.filter((id): id is string | number => typeof id === 'string' || typeof id === 'number')
				.map(String);
			return [...new Set(ids)];
		},
		project: (lngLat) => {
			const p = map.project(lngLat);
			return { x: p.x, y: p.y };
		}
	};
}

export function removeTestHook(map: MapLibreMap): void {
	if (typeof window !== 'undefined' && window.__bvm?.map === map) delete window.__bvm;
}
