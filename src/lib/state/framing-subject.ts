/**
 * What a view is about (the subject the framing rule frames), its types and the rule's constants:
 * what the page needs at once. The camera maths that frames a subject is ./framing, a chunk the
 * map fetches when it first frames something other than the poster's view.
 */

export type LngLat = [lon: number, lat: number];
/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];
/** A rectangle in map-container pixels (origin top-left). */
export type Rect = { x: number; y: number; width: number; height: number };
export type Camera = { center: LngLat; zoom: number };

export type Subject =
	/** Region filters or `region=`: the regions' outlines together with their matching sites. */
	| { kind: 'regions'; bounds: readonly BBox[]; sites: readonly LngLat[] }
	/** Other filters (or none): the matching sites, not closer than a site view. */
	| { kind: 'sites'; sites: readonly LngLat[] }
	/** `near=` with `within=`: the whole radius ring around the place, with the matching sites (all inside it). */
	| { kind: 'ring'; center: LngLat; km: number; sites: readonly LngLat[] }
	/** `site=`: the site in the middle of the free area, at a zoom that shows towns and the province. */
	| { kind: 'site'; site: LngLat }
	/** An explicit `at=`: always wins. */
	| { kind: 'view'; center: LngLat; zoom: number };

export type FramingInput = {
	width: number;
	height: number;
	/** Overlays on the map (parts outside the map are ignored). */
	obstructions: readonly Rect[];
	subject: Subject;
	minZoom?: number;
	maxZoom?: number;
};

export type Framing = Camera & {
	/** The area the subject was framed in (free of overlays, margin applied), for tests and debugging. */
	frame: Rect;
};

/** Share of the map's smaller side kept clear around the subject. */
export const MARGIN_SHARE = 0.08;
/** Extra room for a site symbol's radius and its halo, so the whole disc is inside. */
export const SYMBOL_ROOM = 12;
/** Ground distance (km) a site view shows across the free area's smaller side: the site's province and towns. */
export const SITE_VIEW_KM = 120;
/** Bounds of the zoom a site view (and the cap of a site fit) may take; from 7 up sites are never clustered (CLUSTER_MAX_ZOOM). */
export const SITE_ZOOM_RANGE: readonly [number, number] = [7, 9];
/** Regions are large; never zoom closer than this when framing them. */
export const REGION_MAX_ZOOM = 9;
/** A site as the framing needs it: where it is drawn and its region. */
export type FramedSite = { id: string; lngLat: LngLat; region: string };

export type SubjectInput = {
	/** The link's `at=` view. */
	view: { lat: number; lon: number; zoom: number } | null;
	selection: { kind: 'region' | 'site'; id: string } | null;
	/** The region filter (`regions=`). */
	regions: readonly string[];
	/** The sites matching the filters. */
	matching: readonly FramedSite[];
	/** Every site (a `site=` outside the filters is still framed; an empty result frames them all). */
	all: readonly FramedSite[];
	regionBounds: Readonly<Record<string, BBox>>;
	/** `near=` with `within=`: the place and the radius (null without a radius). */
	ring?: { center: LngLat; km: number } | null;
};

/**
 * What a view is about, from the link's state: `at=` wins, then a radius ring (`near=` with
 * `within=`: the question the link asks), then the open item, then the region filter, then the
 * matching sites.
 */
export function subjectOf(s: SubjectInput): Subject | null {
	if (s.view) return { kind: 'view', center: [s.view.lon, s.view.lat], zoom: s.view.zoom };
	if (s.ring) return { kind: 'ring', center: s.ring.center, km: s.ring.km, sites: s.matching.map((x) => x.lngLat) };
	if (s.selection?.kind === 'site') {
		const site = s.all.find((x) => x.id === s.selection!.id);
		if (site) return { kind: 'site', site: site.lngLat };
	}
	const regionSubject = (ids: readonly string[]): Subject | null => {
		const bounds = ids.map((id) => s.regionBounds[id]).filter((b): b is BBox => b !== undefined);
		if (bounds.length === 0) return null;
		return { kind: 'regions', bounds, sites: s.matching.filter((x) => ids.includes(x.region)).map((x) => x.lngLat) };
	};
	if (s.selection?.kind === 'region') {
		const subject = regionSubject([s.selection.id]);
		if (subject) return subject;
	}
	if (s.regions.length) {
		const subject = regionSubject(s.regions);
		if (subject) return subject;
	}
	const sites = s.matching.length ? s.matching : s.all;
	return sites.length ? { kind: 'sites', sites: sites.map((x) => x.lngLat) } : null;
}
