/**
 * Attribution: complete on wide maps; on maps narrower than COMPACT_BELOW px MapLibre's compact
 * mode, collapsed to its ⓘ button (a `<summary>`, so it is reached and opened with the keyboard)
 * instead of two or three lines over a small map. Opened, it shows every credit.
 */
import type { AttributionControl } from 'maplibre-gl';

export const COMPACT_BELOW = 700;

type AttributionClass = typeof AttributionControl;

export function createAttribution(Base: AttributionClass): AttributionControl {
	class Attribution extends Base {
		// Replaces MapLibre's rule (compact at ≤ 640 px, shown expanded until the first drag).
		override _updateCompact = (): void => {
			const el = this._container;
			const narrow = this._map.getCanvasContainer().offsetWidth < COMPACT_BELOW;
			if (narrow && !el.classList.contains('maplibregl-attrib-empty')) {
				if (el.classList.contains('maplibregl-compact')) return;
				el.classList.add('maplibregl-compact');
				el.classList.remove('maplibregl-compact-show');
				el.removeAttribute('open');
			} else if (!narrow) {
				el.setAttribute('open', '');
				el.classList.remove('maplibregl-compact', 'maplibregl-compact-show');
			}
		};
	}
	return new Attribution({ compact: true });
}
