/**
 * Applies new MapLibre UI strings to a running map. MapLibre reads its `locale` option once, when
 * controls are built (its locale-switching example sets the strings at creation); there is no public
 * setter, so the table (`map._locale`, read by every later `_getUIString`) is patched and the titles
 * already on screen are rewritten, as the controls themselves write them (title + aria-label).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

const TITLED: Array<[selector: string, key: string]> = [
	['.maplibregl-ctrl-zoom-in', 'NavigationControl.ZoomIn'],
	['.maplibregl-ctrl-zoom-out', 'NavigationControl.ZoomOut'],
	['.maplibregl-ctrl-attrib-button', 'AttributionControl.ToggleAttribution']
];

/** Call it when `strings` differ from the map's current table (MapView checks before loading this module). */
export function relocalize(map: MapLibreMap, strings: Record<string, string>): void {
	map._locale = { ...map._locale, ...strings };
	const root = map.getContainer();
	for (const [selector, key] of TITLED) {
		const text = map._locale[key];
		if (text === undefined) continue;
		for (const el of root.querySelectorAll<HTMLElement>(selector)) {
			el.title = text;
			el.setAttribute('aria-label', text);
		}
	}
	// The cooperative-gestures hint is built when the handler is enabled: rebuild it.
	if (map.cooperativeGestures.isEnabled()) {
		map.cooperativeGestures.disable();
		map.cooperativeGestures.enable();
	}
}
