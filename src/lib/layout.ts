/**
 * Sizes that the code (framing around the panel, list windowing, whether the legend starts open)
 * and the CSS both need, defined once. The CSS reads them as custom properties (`layoutTokens`,
 * set on the app's root by AppShell). Media queries cannot read custom properties, so the
 * viewport rules are `MediaQuery` objects: AppShell turns the sheet rule into a class
 * (`.app.sheet`) that the CSS selects on.
 */
import { MediaQuery } from 'svelte/reactivity';

/** The side panel, when it is a column over the map's right side... */
export const PANEL_WIDTH = 400;
/** ...at this distance from the map's edges. */
export const PANEL_MARGIN = 12;
/** Up to this viewport width the side panel is a bottom sheet... */
export const SHEET_MAX_VIEWPORT = 640;
/** ...covering this share of the map's height. */
export const SHEET_SHARE = 0.55;
/** The widest the sidebar (filters and list) gets beside the map. */
export const SIDEBAR_MAX_WIDTH = 360;
/** The legend starts open only where the map beside the sidebar is at least this wide. */
export const LEGEND_ROOM_WIDTH = 1100;
/** Up to this viewport width the full page stacks header, map and sidebar (the CSS's literal `max-width: 800px`). */
export const STACKED_MAX_VIEWPORT = 800;
/** Height of a row of the site list when long lists render only the rows in view. */
export const LIST_ROW_HEIGHT = 78;

/** The same sizes as CSS custom properties (the `style` of the app's root element). */
export const layoutTokens = [
	`--panel-width: ${PANEL_WIDTH}px`,
	`--panel-margin: ${PANEL_MARGIN}px`,
	`--sheet-share: ${SHEET_SHARE * 100}%`,
	`--sidebar-max-width: ${SIDEBAR_MAX_WIDTH}px`,
	`--list-row-height: ${LIST_ROW_HEIGHT}px`
].join('; ');

/** The side panel is a bottom sheet (a narrow viewport). Prerendered pages assume a wide one. */
export const sheetViewport = new MediaQuery(`max-width: ${SHEET_MAX_VIEWPORT}px`, false);
/** The viewport leaves the map beside the sidebar room for the open legend. */
export const legendRoomViewport = new MediaQuery(`min-width: ${LEGEND_ROOM_WIDTH + SIDEBAR_MAX_WIDTH + 1}px`, true);
