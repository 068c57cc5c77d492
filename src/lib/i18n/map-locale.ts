import type { Messages } from './messages';

/** MapLibre's own UI strings (its `locale` option) from the app's catalogue. */
export function mapLocale(t: Messages): Record<string, string> {
	return {
		'CooperativeGesturesHandler.WindowsHelpText': t.gestureWindows,
		'CooperativeGesturesHandler.MacHelpText': t.gestureMac,
		'CooperativeGesturesHandler.MobileHelpText': t.gestureMobile,
		'NavigationControl.ZoomIn': t.zoomIn,
		'NavigationControl.ZoomOut': t.zoomOut,
		'AttributionControl.ToggleAttribution': t.toggleAttribution
	};
}
