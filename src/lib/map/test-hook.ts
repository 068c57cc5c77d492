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
	/** Number of site features in the `sites` source's current data (the filtered set), on screen or not. */
	visibleCount(): number;
	/** What a person sees: sum of `point_count` of the drawn clusters plus the drawn single sites. */
	clusterTotal(): number;
};

/** What the hook needs from MapView beyond the map itself. */
export type TestHookSource = { visibleCount: () => number };

declare global {
	interface Window {
		__bvm?: MapTestHook;
	}
}

/** Features of a layer drawn on screen, one per key (a feature split across tiles is returned once per tile). */
function drawnOnce(map: MapLibreMap, layerId: string, key: (p: Record<string, unknown>) => unknown) {
	if (!map.getLayer(layerId)) return [];
	const seen = new Map<unknown, Record<string, unknown>>();
	for (const f of map.queryRenderedFeatures({ layers: [layerId] })) {
		const props: Record<string, unknown> = f.properties ?? {};
		seen.set(key(props), props);
	}
	return [...seen.values()];
}

function clusterTotal(map: MapLibreMap): number {
	const clusters = drawnOnce(map, 'sites-cluster', (p) => p.cluster_id);
	const singles = drawnOnce(map, 'sites-point', (p) => p.id);
	return clusters.reduce((sum, p) => sum + Number(p.point_count ?? 0), 0) + singles.length;
}

export function installTestHook(map: MapLibreMap, source: TestHookSource): void {
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
		},
		visibleCount: () => source.visibleCount(),
		clusterTotal: () => clusterTotal(map)
	};
}
