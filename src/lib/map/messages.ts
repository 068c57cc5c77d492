/** User-facing texts of the map module, kept in one place so i18n can replace them. */
export const MAP_ERROR_TEXT = 'The interactive map could not start (WebGL unavailable). The list and panels still work.';
/** The browser took the map's graphics context away (WEBGL_lose_context, a GPU reset): shown until it is restored. */
export const MAP_LOST_TEXT =
	'The map stopped drawing (the browser reset its graphics). The list and panels still work; the map comes back once the graphics are restored.';
/** A basemap file (land, borders, cities) failed to load: the app's own layers still draw. */
export const BASEMAP_ERROR_TEXT = 'The background map (land, borders, cities) could not be loaded. Regions and sites still work.';
export const MAP_LOADING_TEXT = 'Loading map…';
export const clusterTooltip = (count: number): string => `${count} sites – click to zoom in`;
/** Tooltip of a network link: the initiative, its two ends and its great-circle length (km already formatted). */
export const linkTooltip = (initiative: string, from: string, to: string, km: string): string => `${initiative} link ${from} – ${to}: ${km} km`;
/** Default accessible name of the "Fit to results" map button (the page passes a translated one). */
export const FIT_RESULTS_TEXT = 'Fit map to results';
