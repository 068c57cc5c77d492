/** Pointer interaction: hover feature-state, cursor, a text-only tooltip, and clicks reported upward. */
import type { GeoJSONSource, Map as MapLibreMap, MapGeoJSONFeature, MapMouseEvent, Point, Popup } from 'maplibre-gl';
import type { LinkProperties } from '$lib/data/links';
import { prefersReducedMotion } from 'svelte/motion';
import { USER_INTENT } from './camera';
import { INTERACTIVE_LAYERS } from './layers';
import { clusterTooltip } from './messages';

export type MapSelection = { kind: 'region' | 'site'; id: string };

type Hit =
	| { kind: 'cluster'; clusterId: number; count: number; lngLat: [number, number] }
	| { kind: 'site'; id: string; name: string; lngLat: [number, number] }
	| { kind: 'region'; id: string };

const SOURCE_OF = { site: 'sites', region: 'regions' } as const;

function pointOf(f: MapGeoJSONFeature): [number, number] | null {
	return f.geometry.type === 'Point' ? [f.geometry.coordinates[0] ?? 0, f.geometry.coordinates[1] ?? 0] : null;
}

function toHit(f: MapGeoJSONFeature): Hit | null {
	const p = f.properties;
	const lngLat = pointOf(f);
	if (f.layer.id === 'sites-cluster' && lngLat) return { kind: 'cluster', clusterId: Number(p.cluster_id), count: Number(p.point_count), lngLat };
	if (f.layer.id === 'sites-point' && lngLat) return { kind: 'site', id: String(p.id), name: String(p.name), lngLat };
	if (f.layer.id === 'valleys-fill') return { kind: 'region', id: String(p.id) };
	return null;
}

/** The most specific thing under the pointer: a cluster, then a site, then a valley. */
export function hitAt(map: MapLibreMap, e: MapMouseEvent): Hit | null {
	const layers = INTERACTIVE_LAYERS.filter((id) => map.getLayer(id));
	const features = map.queryRenderedFeatures(e.point, { layers });
	for (const layer of INTERACTIVE_LAYERS) {
		const f = features.find((x) => x.layer.id === layer);
		if (f) return toHit(f);
	}
	return null;
}

/** Network lines are thin: a link within this many pixels of the pointer is under it. */
export const LINK_HIT_PX = 6;

/** The network link nearest the pointer's spot (a tooltip only: links are not clickable), or null. */
export function linkAt(map: MapLibreMap, point: Point): (LinkProperties & { lngLat: [number, number] }) | null {
	if (!map.getLayer('network-lines')) return null;
	const box: [[number, number], [number, number]] = [
		[point.x - LINK_HIT_PX, point.y - LINK_HIT_PX],
		[point.x + LINK_HIT_PX, point.y + LINK_HIT_PX]
	];
	const p = map.queryRenderedFeatures(box, { layers: ['network-lines'] })[0]?.properties;
	if (!p || typeof p.from !== 'string' || typeof p.to !== 'string' || typeof p.km !== 'number') return null;
	const at = map.unproject(point);
	return { initiative: String(p.initiative), from: p.from, to: p.to, km: p.km, lngLat: [at.lng, at.lat] };
}

const keyOf = (h: Hit | null): string => (h === null ? '' : h.kind === 'cluster' ? `cluster:${h.clusterId}` : `${h.kind}:${h.id}`);

function setHover(map: MapLibreMap, hit: Hit | null, hover: boolean): void {
	if (!hit || hit.kind === 'cluster') return;
	map.setFeatureState({ source: SOURCE_OF[hit.kind], id: hit.id }, { hover });
}

type Link = ReturnType<typeof linkAt>;

function showTooltip(
	map: MapLibreMap,
	popup: Popup,
	hit: Hit | null,
	clusterText: (count: number) => string,
	link: Link,
	linkText?: (p: LinkProperties) => string
): void {
	const text = link && linkText ? linkText(link) : '';
	if (link && text) popup.setLngLat(link.lngLat).setText(text).addTo(map);
	else if (hit?.kind === 'site') popup.setLngLat(hit.lngLat).setText(hit.name).addTo(map);
	else if (hit?.kind === 'cluster') popup.setLngLat(hit.lngLat).setText(clusterText(hit.count)).addTo(map);
	else popup.remove();
}

/** Cluster click: zoom in around the cluster (a user move). */
function zoomInto(map: MapLibreMap, lngLat: [number, number], zoom: number): void {
	const opts = { center: lngLat, zoom };
	if (prefersReducedMotion.current) map.jumpTo(opts, USER_INTENT);
	else map.easeTo({ ...opts, duration: 500 }, USER_INTENT);
}

async function expandCluster(map: MapLibreMap, hit: Extract<Hit, { kind: 'cluster' }>): Promise<void> {
	const source = map.getSource<GeoJSONSource>('sites');
	if (!source) return;
	const zoom = await source.getClusterExpansionZoom(hit.clusterId);
	// The expansion zoom can be at or barely above the current fractional zoom: always zoom in visibly.
	zoomInto(map, hit.lngLat, Math.max(zoom, map.getZoom() + 1));
}

/** Wires pointer events; returns a function that removes them. */
export function attachPointer(
	map: MapLibreMap,
	popup: Popup,
	onselect: (sel: MapSelection) => void,
	/** Text of a cluster's tooltip (read at each hover, so it follows the UI language). */
	clusterText: (count: number) => string = clusterTooltip,
	/** Tooltip of a network link (its ends and km); without it links show nothing. */
	linkText?: (link: LinkProperties) => string
): () => void {
	let hovered: Hit | null = null;
	let hoveredLink = '';
	const update = (hit: Hit | null, link: Link) => {
		map.getCanvas().style.cursor = hit ? 'pointer' : '';
		const linkKey = link ? `${link.initiative}:${link.from}:${link.to}` : '';
		if (keyOf(hit) === keyOf(hovered) && linkKey === hoveredLink) return;
		setHover(map, hovered, false);
		setHover(map, hit, true);
		hovered = hit;
		hoveredLink = linkKey;
		showTooltip(map, popup, hit, clusterText, link, linkText);
	};
	const onMove = (e: MapMouseEvent) => {
		const hit = hitAt(map, e);
		// A site or a cluster wins over a link; over a valley, a link under the pointer shows its length.
		const link = linkText && (hit === null || hit.kind === 'region') ? linkAt(map, e.point) : null;
		update(hit, link);
	};
	const onOut = () => update(null, null);
	const onClick = (e: MapMouseEvent) => {
		const hit = hitAt(map, e);
		if (!hit) return;
		popup.remove();
		if (hit.kind === 'cluster') void expandCluster(map, hit).catch(() => undefined);
		else onselect({ kind: hit.kind, id: hit.id });
	};
	map.on('mousemove', onMove);
	map.on('mouseout', onOut);
	map.on('click', onClick);
	return () => {
		map.off('mousemove', onMove);
		map.off('mouseout', onOut);
		map.off('click', onClick);
		popup.remove();
	};
}
