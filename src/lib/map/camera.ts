/** Camera helpers: which moves a person made, the padding of the map's very first frame. */
import type { MapMovementEvent } from 'maplibre-gl';

const EDGE = 32;

export type Padding = { top: number; right: number; bottom: number; left: number };

/**
 * Event data passed to camera moves a person asked for without touching the map itself
 * (cluster click, "Fit to results"): their `moveend` carries it, so the view report says `byUser`.
 */
export const USER_INTENT = { bvmUserIntent: true } as const;

/** A move started by a gesture, a control button (they pass `originalEvent`) or a USER_INTENT move. */
export function isUserMove(e: MapMovementEvent): boolean {
	return Boolean(e.originalEvent) || ('bvmUserIntent' in e && e.bvmUserIntent === true);
}

/**
 * Padding of the map's very first frame, before the framing rule (state/framing.ts, applied by
 * the controller as soon as the map exists) places the link's subject clear of the overlays.
 */
export function initialPadding(width: number, height: number): Padding {
	const edge = Math.min(EDGE, Math.floor(Math.min(width, height) / 4));
	return { top: edge, right: edge, bottom: edge, left: edge };
}
