/**
 * What covers the map, measured in the page: MapLibre's controls and every element the page
 * marks with `data-map-overlay` (legend, help button, notices, the selection panel or sheet).
 * The framing rule (state/framing.ts) keeps the subject out of these rectangles.
 */
import type { Rect } from '$lib/state/framing-subject';
import { PANEL_MARGIN, PANEL_WIDTH, SHEET_SHARE } from '$lib/layout';

export const OVERLAY_ATTR = 'data-map-overlay';

function relative(r: DOMRect, to: DOMRect): Rect {
	return { x: r.left - to.left, y: r.top - to.top, width: r.width, height: r.height };
}

function shown(el: HTMLElement): boolean {
	if (el.offsetParent === null && getComputedStyle(el).position !== 'fixed') return false;
	const r = el.getBoundingClientRect();
	return r.width > 0 && r.height > 0;
}

/**
 * Rectangles over the map, relative to `container` (the map's element). `scope` is where overlays
 * are looked for (the map area that holds the map and what is laid over it).
 */
export function measureOverlays(container: HTMLElement, scope: ParentNode = container.parentElement ?? container): Rect[] {
	const box = container.getBoundingClientRect();
	const elements = new Set([...scope.querySelectorAll<HTMLElement>(`[${OVERLAY_ATTR}]`), ...container.querySelectorAll<HTMLElement>('.maplibregl-ctrl')]);
	return [...elements].filter(shown).map((el) => relative(el.getBoundingClientRect(), box));
}

/** Whether an element marked as the panel overlay is in the page already. */
export function panelShown(scope: ParentNode): boolean {
	return scope.querySelector(`[${OVERLAY_ATTR}="panel"]`) !== null;
}

/**
 * Where the panel will be while it is still loading (it is a chunk of its own): a right column,
 * or a bottom sheet (`sheet`: a narrow viewport, lib/layout.ts `sheetViewport`).
 */
export function expectedPanel(width: number, height: number, sheet: boolean): Rect {
	if (sheet) {
		const sheet = Math.round(height * SHEET_SHARE);
		return { x: 0, y: height - sheet, width, height: sheet };
	}
	const w = Math.min(PANEL_WIDTH, width - 2 * PANEL_MARGIN);
	return { x: width - PANEL_MARGIN - w, y: PANEL_MARGIN, width: w, height: height - 2 * PANEL_MARGIN };
}
