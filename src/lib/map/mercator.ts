/**
 * MapLibre's Web Mercator camera as plain math (no MapLibre, no DOM): the build draws SVG maps with
 * it and the live map opens with the same numbers, so a prerendered picture and the live map of one
 * view line up. Mirrors maplibre-gl 6.17: tile size 512, `cameraForBoxAndBearing` (bearing 0) for
 * fits, and the transform's default constrain for `maxBounds`.
 */
import type { BBox } from '$lib/data/geometry';

export const TILE_SIZE = 512;
/**
 * Camera limits of the live map (create-map.ts passes these to MapLibre). The least zoom lets a
 * small embed (400×300) open at its poster's camera (~2.4: the phone-sized poster scaled to fit);
 * at 2.5 the live map was clamped there and its sites jumped ~7 px at the swap. Zoomed out, the
 * view still never leaves the basemap: maxBounds keeps it inside, zooming in as needed.
 */
export const MIN_ZOOM = 2;
export const MAX_ZOOM = 14;
/** The basemap covers lon −32…46, lat 26…72: the live map never shows the empty world beyond it. */
export const MAX_BOUNDS: BBox = [-32, 26, 46, 72];
const MAX_LAT = 85.051129;

export type Padding = { top: number; right: number; bottom: number; left: number };
export type Camera = { center: [lon: number, lat: number]; zoom: number };
export type Size = { width: number; height: number };

const clampLat = (lat: number) => Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));

/** Longitude/latitude → the 0…1 world square (MapLibre's `mercatorXfromLng` / `mercatorYfromLat`). */
export function worldUnit(lngLat: readonly number[]): [number, number] {
	const [lon = 0, lat = 0] = lngLat;
	const l = clampLat(lat);
	return [(180 + lon) / 360, (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (l * Math.PI) / 360))) / 360];
}

export function fromWorldUnit([x, y]: [number, number]): [number, number] {
	const y2 = 180 - y * 360;
	return [x * 360 - 180, (360 / Math.PI) * Math.atan(Math.exp((y2 * Math.PI) / 180)) - 90];
}

export const worldSize = (zoom: number) => TILE_SIZE * 2 ** zoom;

/** d3-geo's `geoMercator` scale for a zoom: the world is 512·2^zoom pixels around, i.e. 2π·scale. */
export const d3Scale = (zoom: number) => worldSize(zoom) / (2 * Math.PI);

/** Pixel position of a longitude/latitude in a map of `size` under `camera` (what `map.project` returns). */
export function project(lngLat: readonly number[], camera: Camera, size: Size): { x: number; y: number } {
	const ws = worldSize(camera.zoom);
	const [px, py] = worldUnit(lngLat);
	const [cx, cy] = worldUnit(camera.center);
	return { x: (px - cx) * ws + size.width / 2, y: (py - cy) * ws + size.height / 2 };
}

/** d3-geo `geoMercator().scale(s).translate(t)` parameters equal to `project` for this camera. */
export function d3Mercator(camera: Camera, size: Size): { scale: number; translate: [number, number] } {
	const ws = worldSize(camera.zoom);
	const [cx, cy] = worldUnit(camera.center);
	return { scale: d3Scale(camera.zoom), translate: [ws / 2 - cx * ws + size.width / 2, ws / 2 - cy * ws + size.height / 2] };
}

export type FitOptions = { padding?: Padding; maxZoom?: number; minZoom?: number; maxBounds?: BBox | null };

/**
 * The camera `map.fitBounds(bounds, { padding, maxZoom })` reaches on a map of `size` (bearing 0,
 * no map padding), then constrained like MapLibre: zoom clamped to min/max, centre kept inside
 * `maxBounds` (zooming in when the bounds are smaller than the view).
 */
export function fitCamera([w, s, e, n]: BBox, size: Size, opts: FitOptions = {}): Camera {
	const pad = opts.padding ?? { top: 0, right: 0, bottom: 0, left: 0 };
	const maxZoom = opts.maxZoom ?? MAX_ZOOM;
	const [x0, y0] = worldUnit([w, n]);
	const [x1, y1] = worldUnit([e, s]);
	const availableWidth = size.width - pad.left - pad.right;
	const availableHeight = size.height - pad.top - pad.bottom;
	// In world pixels at zoom 0 (512 px world): the zoom that fits is log2 of the smaller ratio.
	const scaleX = availableWidth / ((x1 - x0) * TILE_SIZE);
	const scaleY = availableHeight / ((y1 - y0) * TILE_SIZE);
	const zoom = Math.min(Math.log2(Math.min(scaleX, scaleY)), maxZoom);
	const ws = worldSize(zoom);
	const offset: [number, number] = [(pad.left - pad.right) / 2, (pad.top - pad.bottom) / 2];
	const middle: [number, number] = [((x0 + x1) / 2) * ws - offset[0], ((y0 + y1) / 2) * ws - offset[1]];
	const center = fromWorldUnit([middle[0] / ws, middle[1] / ws]);
	return constrain({ center, zoom }, size, opts.minZoom ?? MIN_ZOOM, MAX_ZOOM, opts.maxBounds ?? null);
}

/** MapLibre's default transform constrain (mercator, renderWorldCopies, no edge insets). */
export function constrain(camera: Camera, size: Size, minZoom = MIN_ZOOM, maxZoom = MAX_ZOOM, maxBounds: BBox | null = null): Camera {
	let zoom = Math.max(minZoom, Math.min(maxZoom, camera.zoom));
	if (!maxBounds) return { center: camera.center, zoom };
	const once = (c: Camera): Camera => {
		const ws = worldSize(c.zoom);
		const [minX, maxY] = worldUnit([maxBounds[0], maxBounds[1]]).map((v) => v * ws) as [number, number];
		const [maxX, minY] = worldUnit([maxBounds[2], maxBounds[3]]).map((v) => v * ws) as [number, number];
		const scaleY = maxY - minY < size.height ? size.height / (maxY - minY) : 0;
		const scaleX = maxX - minX < size.width ? size.width / (maxX - minX) : 0;
		const [ox, oy] = worldUnit(c.center).map((v) => v * ws) as [number, number];
		const scale = Math.max(scaleX, scaleY);
		if (scale) {
			const p: [number, number] = [scaleX ? (maxX + minX) / 2 : ox, scaleY ? (maxY + minY) / 2 : oy];
			return { center: fromWorldUnit([p[0] / ws, p[1] / ws]), zoom: c.zoom + Math.log2(scale) };
		}
		let [x, y] = [ox, oy];
		if (oy - size.height / 2 < minY) y = minY + size.height / 2;
		if (oy + size.height / 2 > maxY) y = maxY - size.height / 2;
		if (ox - size.width / 2 < minX) x = minX + size.width / 2;
		if (ox + size.width / 2 > maxX) x = maxX - size.width / 2;
		return { center: x === ox && y === oy ? c.center : fromWorldUnit([x / ws, y / ws]), zoom: c.zoom };
	};
	// As MapLibre's getConstrainedCamera: the centre from one pass, the zoom from a second.
	const first = once({ center: camera.center, zoom });
	zoom = once(first).zoom;
	return { center: first.center, zoom };
}

/** The [w, s, e, n] a camera shows on a map of `size`. */
export function visibleBounds(camera: Camera, size: Size): BBox {
	const ws = worldSize(camera.zoom);
	const [cx, cy] = worldUnit(camera.center);
	const [w, n] = fromWorldUnit([cx - size.width / 2 / ws, cy - size.height / 2 / ws]);
	const [e, s] = fromWorldUnit([cx + size.width / 2 / ws, cy + size.height / 2 / ws]);
	return [w, s, e, n];
}
