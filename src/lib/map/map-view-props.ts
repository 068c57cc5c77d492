/** What MapView draws and whom it tells: the page's data and state in, the reader's actions out. */
import type { FeatureCollection } from 'geojson';
import type { RegionFeature, SiteFeature } from '$lib/data/schema';
import type { BBox } from '$lib/data/geometry';
import type { LinkProperties } from '$lib/data/links';
import type { MapView as CameraView } from '$lib/state/url';
import type { MapText } from '$lib/i18n';
import type { IdSet } from '$lib/state/id-set';
import type { MapSelection } from './interaction';
import type { MapController } from './controller';
import type { ViewChange } from './view-sync';
import type { Theme } from './themes';

export type MapViewProps = {
	regions: RegionFeature[];
	/** Each region's bounding box by id (from the page data), for framing a region. */
	regionBounds: Record<string, BBox>;
	sites: SiteFeature[];
	/** The map's `regions` source, built with the data (polygons, network links, valley labels; see `mapGeometry`). */
	regionSource: FeatureCollection;
	selection: MapSelection | null;
	showNetwork: boolean;
	panelOpen: boolean;
	onselect: (sel: MapSelection) => void;
	label: string;
	/** Ids of the sites matching the filters (null = every site). Only these are drawn and clustered. */
	visibleIds?: IdSet | null;
	/** The map's own texts in the UI language (error, cluster tooltip, "Fit to results"). */
	texts: MapText;
	/** Camera from the URL: the map opens there; later changes (back/forward) move the map. */
	view?: CameraView | null;
	/** Every settled view (rounded like the URL), the visible [w, s, e, n], and whether a person moved the map. */
	onviewchange?: ViewChange;
	/** The map is idle (drawn, nothing loading): from the first idle on, a page may fetch what a click will need. */
	onidle?: () => void;
	/** Embedded maps let page scroll pass: Ctrl/⌘+scroll and two fingers move the map. */
	cooperativeGestures?: boolean;
	/** MapLibre UI strings (its `locale` option), e.g. the cooperative-gestures hint; later changes relabel the controls. */
	locale?: Record<string, string>;
	/** The page's handle on the camera: attached here once the map exists. */
	controller: MapController;
	/** The link's region filter: its first view frames these regions' outlines. */
	regionFilter?: readonly string[];
	/** Map colours, fixed for the map's life (the embed's `theme`). */
	theme?: Theme;
	/** "Near": radius ring, lines to the nearest sites and the place (see near-overlay.ts). */
	overlay?: FeatureCollection;
	/** `near=` with `within=`: the ring the camera frames (the first view, and each new place or radius). */
	ring?: { center: [number, number]; km: number } | null;
	/** Tooltip of a network link: its ends and its length (read at each hover, so it follows the language). */
	linkText?: (link: LinkProperties) => string;
	/** Something covers the map until its first idle (the poster): its first frame is drawn hidden, once loaded (first-frame.ts). */
	underPoster?: boolean;
};
