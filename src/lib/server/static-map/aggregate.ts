/**
 * Crowded views: above MAX_SITES_IN_VIEW sites in a view, the SVG stops giving every site its own
 * link (a cluster's sites each get an invisible `<a>` otherwise, ~24 bytes gzipped apiece: 10,000
 * synthetic sites made the default view 2.5 MB, 241 KB gzipped) and draws them as aggregated
 * symbols only: the live map's clusters (same supercluster settings) where the live map clusters,
 * and where it no longer does (above clusterMaxZoom) the same clustering carried on to the view's
 * zoom, so a region or site view of thousands of points draws at most one symbol per ~40 px.
 * Sites drawn on their own (outside any cluster) keep their links. Real data (tens of sites) never
 * reach the threshold.
 */
import type { GeoJSONSourceSpecification, SourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Projector } from './geometry';
import type { SourceFeature } from './sources';

/** More sites than this inside a view (clusters counted by their sites): the view is aggregated. */
export const MAX_SITES_IN_VIEW = 300;

/** Margin (px) around the view inside which a point still counts: a symbol at the edge is drawn. */
const MARGIN = 24;

/** Sites inside the view: an unclustered point counts 1, a cluster the sites it stands for. */
export function sitesInView(features: readonly SourceFeature[], p: Projector): number {
	let n = 0;
	for (const f of features) {
		if (f.geometry.type !== 'Point' || !p.inside(p.point(f.geometry.coordinates), MARGIN)) continue;
		const count = f.properties.point_count;
		n += typeof count === 'number' ? count : 1;
	}
	return n;
}

/**
 * The sites source as drawn in a crowded view at `zoom`: clustered up to that zoom with the
 * source's own radius (unchanged where the live map clusters already), or null when the source
 * is not a clustered GeoJSON source.
 */
export function aggregatedSource(spec: SourceSpecification | undefined, zoom: number): GeoJSONSourceSpecification | null {
	if (!spec || spec.type !== 'geojson' || !spec.cluster) return null;
	const maxZoom = spec.clusterMaxZoom ?? 14;
	return Math.floor(zoom) <= maxZoom ? spec : { ...spec, clusterMaxZoom: Math.floor(zoom) };
}
