/**
 * The poster: the default view of `/` and `/embed`, drawn at build time as SVG (server/static-map)
 * and shown in the map box from the first paint until the live map is idle.
 *
 * It is drawn once, for a design size, and placed in any map box by CSS alone (no script): scaled
 * to fit the box (the whole design area stays visible, as SVG's `meet`), centred, then shifted the
 * way MapLibre's `maxBounds` shifts a camera whose view would cross the bounds (a tall phone embed
 * would otherwise show south of the basemap). The live map opens at the camera that does the same
 * arithmetic (`posterCamera`), so the swap moves no site.
 */
import type { BBox } from '$lib/data/geometry';
import { frameView, type LngLat } from '$lib/state/framing';
import { MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM, constrain, worldSize, worldUnit, type Camera, type Size } from './mercator';

export const POSTER_SIZE: Size = { width: 1280, height: 800 };
/**
 * Map drawn around the design area, as a share of its width and height on each side: a box of
 * another shape (a phone, a wide embed) shows real map there, not an empty band.
 */
export const POSTER_BLEED = { x: 0.3, y: 0.6 } as const;

/** The poster's camera at its design size: every drawn site, by the live map's framing rule, kept inside maxBounds. */
export function posterBaseCamera(sites: readonly LngLat[]): Camera {
	const framed = frameView({ ...POSTER_SIZE, obstructions: [], subject: { kind: 'sites', sites }, minZoom: MIN_ZOOM, maxZoom: MAX_ZOOM });
	const camera = framed ? { center: framed.center, zoom: framed.zoom } : { center: [4, 42] as LngLat, zoom: 5 };
	return constrain(camera, POSTER_SIZE, MIN_ZOOM, MAX_ZOOM, MAX_BOUNDS);
}

/** The poster's scale in a map box of `size`: the whole design area fits. */
export function posterScale(size: Size): number {
	return Math.min(size.width / POSTER_SIZE.width, size.height / POSTER_SIZE.height);
}

/** The live map's first camera in a map box of `size`: the poster's, scaled like the poster, constrained like MapLibre. */
export function posterCamera(base: Camera, size: Size): Camera {
	return constrain({ center: base.center, zoom: base.zoom + Math.log2(posterScale(size)) }, size, MIN_ZOOM, MAX_ZOOM, MAX_BOUNDS);
}

/**
 * The maxBounds edges relative to the design centre, in design pixels ([west, north, east, south]:
 * negative, negative, positive, positive). In a box the poster is scaled by `s`, so an edge sits
 * at s·edge from the box centre; when it falls inside the box the view is shifted to put it on the
 * box's side, as MapLibre's constrain does.
 */
export function boundsOffsets(base: Camera, bounds: BBox = MAX_BOUNDS): [number, number, number, number] {
	const ws = worldSize(base.zoom);
	const [cx, cy] = worldUnit(base.center);
	const [w, n] = worldUnit([bounds[0], bounds[3]]);
	const [e, s] = worldUnit([bounds[2], bounds[1]]);
	return [(w - cx) * ws, (n - cy) * ws, (e - cx) * ws, (s - cy) * ws];
}

const n = (v: number) => Number(v.toFixed(6));

/**
 * CSS (inline style of the poster's SVG, inside a `container-type: size` box) that places the
 * design area as `posterCamera` does: `width`/`height` fit the box, `translate` centres it, then
 * shifts it by the maxBounds constrain. Pure calc() on container units: no script.
 */
export function posterPlacement(base: Camera, bounds: BBox = MAX_BOUNDS): string {
	const { width: W, height: H } = POSTER_SIZE;
	// s·k for an edge k (design px): min(100cqw·k/W, 100cqh·k/H), both terms of the fitted scale.
	const scaled = (k: number) => `min(${n((Math.abs(k) / W) * 100)}cqw, ${n((Math.abs(k) / H) * 100)}cqh)`;
	const [west, north, east, south] = boundsOffsets(base, bounds);
	// An edge inside the box (closer to the centre than half the box) is pushed to the box's side:
	// the west or north edge moves the picture left or up, the east or south edge right or down.
	const tx = `calc(max(0px, 50cqw - ${scaled(east)}) - max(0px, 50cqw - ${scaled(west)}))`;
	const ty = `calc(max(0px, 50cqh - ${scaled(south)}) - max(0px, 50cqh - ${scaled(north)}))`;
	return [
		'position:absolute',
		'left:50%',
		'top:50%',
		`width:min(100cqw, ${n((W / H) * 100)}cqh)`,
		`height:min(${n((H / W) * 100)}cqw, 100cqh)`,
		'overflow:visible',
		`transform:translate(-50%, -50%) translate(${tx}, ${ty})`
	].join(';');
}
