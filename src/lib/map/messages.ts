/** User-facing texts of the map module, kept in one place so i18n can replace them. */
export const MAP_ERROR_TEXT = 'The interactive map could not start (WebGL unavailable). The list and panels still work.';
export const MAP_LOADING_TEXT = 'Loading map…';
export const clusterTooltip = (count: number): string => `${count} sites – click to zoom in`;
/** Default accessible name of the "Fit to results" map button (the page passes a translated one). */
export const FIT_RESULTS_TEXT = 'Fit map to results';
