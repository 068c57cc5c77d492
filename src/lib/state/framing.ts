/**
 * The framing rule: what camera a view opens at so that its subject is seen.
 *
 * Pure (no DOM, no MapLibre): the map's size and the rectangles that overlay it (panel or bottom
 * sheet, legend, controls, attribution, embed bar) give the unobstructed area; the subject is
 * framed inside that area with a margin of at least 8 % of the map's smaller side. The result is
 * a centre and zoom (Web Mercator, 512 px tiles, as MapLibre) that `jumpTo`/`easeTo` apply as is.
 */

import {
	MARGIN_SHARE,
	REGION_MAX_ZOOM,
	SITE_VIEW_KM,
	SITE_ZOOM_RANGE,
	SYMBOL_ROOM,
	type BBox,
	type Camera,
	type Framing,
	type FramingInput,
	type LngLat,
	type Rect,
	type Subject
} from './framing-subject';

export * from './framing-subject';

/**
 * Smallest free area (after the margin) the subject is framed in: a small embed with its bottom
 * sheet open leaves a strip above the sheet. Below this, overlays are ignored (the subject is
 * still framed on the map).
 */
const MIN_FREE = 32;
const TILE = 512;
const EARTH_CIRCUMFERENCE_KM = 40075.016686;
/** The mean Earth radius @turf/distance and @turf/circle use: the ring drawn is the ring framed. */
const EARTH_RADIUS_KM = 6371.0088;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Web Mercator x, y in [0, 1] (y downwards). */
export function mercator([lon, lat]: LngLat): [number, number] {
	const phi = (clamp(lat, -85.05, 85.05) * Math.PI) / 180;
	return [(lon + 180) / 360, (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2];
}

export function unmercator([x, y]: [number, number]): LngLat {
	const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
	return [x * 360 - 180, lat];
}

/** Pixel position of `p` on a `width`×`height` map showing `camera` (what `map.project` returns). */
export function project(camera: Camera, width: number, height: number, p: LngLat): { x: number; y: number } {
	const world = TILE * 2 ** camera.zoom;
	const [cx, cy] = mercator(camera.center);
	const [px, py] = mercator(p);
	return { x: width / 2 + (px - cx) * world, y: height / 2 + (py - cy) * world };
}

/** The margin kept around the subject: 8 % of the map's smaller side. */
export function marginFor(width: number, height: number): number {
	return Math.ceil(MARGIN_SHARE * Math.min(width, height));
}

/** Clips `r` to the map; null when nothing of it is on the map. */
function clip(r: Rect, width: number, height: number): Rect | null {
	const x0 = Math.max(0, r.x);
	const y0 = Math.max(0, r.y);
	const x1 = Math.min(width, r.x + r.width);
	const y1 = Math.min(height, r.y + r.height);
	return x1 > x0 && y1 > y0 ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } : null;
}

type Box = { x0: number; y0: number; x1: number; y1: number };

/**
 * Every rectangle of the map that no overlay touches and that cannot grow: each overlay is kept
 * out by one of the four sides (overlays sit along the edges, so this finds the useful ones).
 */
export function freeAreas(width: number, height: number, obstructions: readonly Rect[]): Rect[] {
	const rects = obstructions.map((r) => clip(r, width, height)).filter((r): r is Rect => r !== null);
	let boxes: Box[] = [{ x0: 0, y0: 0, x1: width, y1: height }];
	for (const r of rects) {
		const next: Box[] = [];
		for (const b of boxes) {
			const overlaps = r.x < b.x1 && r.x + r.width > b.x0 && r.y < b.y1 && r.y + r.height > b.y0;
			if (!overlaps) {
				next.push(b);
				continue;
			}
			// The overlay stays left, right, above or below the free box.
			next.push(
				{ ...b, x0: Math.max(b.x0, r.x + r.width) },
				{ ...b, x1: Math.min(b.x1, r.x) },
				{ ...b, y0: Math.max(b.y0, r.y + r.height) },
				{ ...b, y1: Math.min(b.y1, r.y) }
			);
		}
		boxes = prune(next.filter((b) => b.x1 - b.x0 > 0 && b.y1 - b.y0 > 0));
	}
	return boxes.map((b) => ({ x: b.x0, y: b.y0, width: b.x1 - b.x0, height: b.y1 - b.y0 }));
}

/** Drops boxes contained in another one (keeps the search small). */
function prune(boxes: Box[]): Box[] {
	const inside = (a: Box, b: Box) => a.x0 >= b.x0 && a.y0 >= b.y0 && a.x1 <= b.x1 && a.y1 <= b.y1;
	return boxes.filter((a, i) => !boxes.some((b, j) => j !== i && inside(a, b) && (!inside(b, a) || j < i)));
}

function inset(r: Rect, by: number): Rect {
	return { x: r.x + by, y: r.y + by, width: r.width - 2 * by, height: r.height - 2 * by };
}

/** Zoom at which `km` of ground spans `px` pixels at latitude `lat`. */
function zoomForSpan(km: number, px: number, lat: number): number {
	const kmPerWorld = EARTH_CIRCUMFERENCE_KM * Math.cos((lat * Math.PI) / 180);
	return Math.log2((px * kmPerWorld) / (km * TILE));
}

/** The zoom of a site view in a free area of that size: ~120 km across, within SITE_ZOOM_RANGE. */
export function siteZoom(frame: Rect, lat: number): number {
	return clamp(zoomForSpan(SITE_VIEW_KM, Math.min(frame.width, frame.height), lat), SITE_ZOOM_RANGE[0], SITE_ZOOM_RANGE[1]);
}

type MercBox = { x0: number; y0: number; x1: number; y1: number };

/**
 * [west, south, east, north] of the circle of `km` around `center` on the sphere: north and
 * south by the angular radius, east and west by the widest longitude the circle reaches
 * (asin(sin δ / cos φ)); a circle around a pole spans every longitude.
 */
export function ringBounds(center: LngLat, km: number): BBox {
	const [lon, lat] = center;
	const delta = km / EARTH_RADIUS_KM;
	const deg = (rad: number) => (rad * 180) / Math.PI;
	const phi = (lat * Math.PI) / 180;
	const north = Math.min(90, lat + deg(delta));
	const south = Math.max(-90, lat - deg(delta));
	const reach = Math.sin(delta) / Math.cos(phi);
	if (delta >= Math.PI / 2 - Math.abs(phi) || reach >= 1) return [-180, south, 180, north];
	const dLon = deg(Math.asin(reach));
	return [lon - dLon, south, lon + dLon, north];
}

function subjectBox(subject: Exclude<Subject, { kind: 'view' }>): MercBox | null {
	const ring = (): LngLat[] => {
		if (subject.kind !== 'ring') return [];
		const [w, s, e, n] = ringBounds(subject.center, subject.km);
		// Sites within the radius are inside these bounds; the others (the matching set before the
		// ranking has loaded, or a ring across the antimeridian) must not widen the view.
		const inside = subject.sites.filter(([x, y]) => y >= s && y <= n && (w <= e ? x >= w && x <= e : x >= w || x <= e));
		return [[w, s], [e, n], ...inside];
	};
	const points: LngLat[] =
		subject.kind === 'site'
			? [subject.site]
			: subject.kind === 'sites'
				? [...subject.sites]
				: subject.kind === 'ring'
					? ring()
					: [
							...subject.sites,
							...subject.bounds.flatMap(([w, s, e, n]): LngLat[] => [
								[w, s],
								[e, n]
							])
						];
	if (points.length === 0) return null;
	const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
	for (const p of points) {
		const [x, y] = mercator(p);
		box.x0 = Math.min(box.x0, x);
		box.y0 = Math.min(box.y0, y);
		box.x1 = Math.max(box.x1, x);
		box.y1 = Math.max(box.y1, y);
	}
	return box;
}

/** Zoom at which the box fills the frame (Infinity for a single point). */
function fitZoom(box: MercBox, frame: Rect): number {
	const zx = box.x1 > box.x0 ? Math.log2(frame.width / ((box.x1 - box.x0) * TILE)) : Infinity;
	const zy = box.y1 > box.y0 ? Math.log2(frame.height / ((box.y1 - box.y0) * TILE)) : Infinity;
	return Math.min(zx, zy);
}

/** The free area, inset by the margin, in which this subject fits largest. */
function bestFrame(input: FramingInput, box: MercBox): Rect {
	const { width, height } = input;
	const margin = marginFor(width, height) + SYMBOL_ROOM;
	const candidates = freeAreas(width, height, input.obstructions)
		.map((r) => inset(r, margin))
		.filter((r) => r.width >= MIN_FREE && r.height >= MIN_FREE);
	if (candidates.length === 0) return inset({ x: 0, y: 0, width, height }, Math.min(margin, Math.floor(Math.min(width, height) / 4)));
	const score = (r: Rect) => {
		const z = fitZoom(box, r);
		// A single point fits anywhere: prefer the area with the largest smaller side, then the largest.
		return [Number.isFinite(z) ? z : Math.log2(Math.min(r.width, r.height)), r.width * r.height] as const;
	};
	return candidates.reduce((best, r) => {
		const [a, b] = score(r);
		const [c, d] = score(best);
		return a > c + 1e-9 || (Math.abs(a - c) <= 1e-9 && b > d) ? r : best;
	});
}

/**
 * The camera of a view: the subject inside the unobstructed map area (with the margin), or the
 * explicit view. Returns null when there is nothing to frame (no site, no region).
 */
export function frameView(input: FramingInput): Framing | null {
	const { width, height, subject } = input;
	const minZoom = input.minZoom ?? 0;
	const maxZoom = input.maxZoom ?? 22;
	const whole: Rect = { x: 0, y: 0, width, height };
	if (subject.kind === 'view') return { center: subject.center, zoom: clamp(subject.zoom, minZoom, maxZoom), frame: whole };
	if (width <= 0 || height <= 0) return null;
	const box = subjectBox(subject);
	if (!box) return null;
	const frame = bestFrame(input, box);
	const midLat = unmercator([0, (box.y0 + box.y1) / 2])[1];
	const cap = subject.kind === 'regions' ? REGION_MAX_ZOOM : siteZoom(frame, midLat);
	const zoom = clamp(subject.kind === 'site' ? cap : Math.min(fitZoom(box, frame), cap), minZoom, maxZoom);
	// Put the subject's middle at the frame's middle: the camera centre is offset from it accordingly.
	const world = TILE * 2 ** zoom;
	const dx = (frame.x + frame.width / 2 - width / 2) / world;
	const dy = (frame.y + frame.height / 2 - height / 2) / world;
	const center = unmercator([(box.x0 + box.x1) / 2 - dx, (box.y0 + box.y1) / 2 - dy]);
	return { center, zoom, frame };
}
