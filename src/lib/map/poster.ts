/**
 * The poster: the default view of `/` and `/embed`, drawn at build time as SVG (server/static-map)
 * and shown in the map box from the first paint until the live map is idle.
 *
 * It is drawn for two design sizes — `wide` and, for boxes at most NARROW_MAX px wide (phones,
 * small embeds), `narrow`, so that a phone sees symbols and labels at their live size, not a
 * shrunken desktop picture. A media query shows one (server/static-map/pages.ts narrowPosterMedia). It is placed in any map box by CSS alone
 * (no script): scaled to fit the box (the whole design area stays visible, as SVG's `meet`),
 * centred, then shifted the way MapLibre's `maxBounds` shifts a camera whose view would cross the
 * bounds (a tall phone embed would otherwise show south of the basemap). The live map is asked to
 * open at the poster's camera scaled the same way (`scaledCamera`); its maxBounds then shift it as
 * the CSS did (`posterCamera` is that result), so the swap moves no site.
 */
import type { BBox } from '$lib/data/geometry';
import { MARGIN_SHARE, SITE_ZOOM_RANGE, SYMBOL_ROOM, type LngLat } from '$lib/state/framing-subject';
import { MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM, constrain, fitCamera, worldSize, worldUnit, type Camera, type Size } from './mercator';

export type PosterKind = 'wide' | 'narrow';

/** Map boxes up to this width (CSS px) show the narrow poster. */
export const NARROW_MAX = 640;

/**
 * Design sizes, and the map drawn around the design area as a share of its width and height on
 * each side: a box of another shape (a tall phone embed, a wide strip) shows real map there.
 */
export const POSTERS: Record<PosterKind, { size: Size; bleed: { x: number; y: number } }> = {
	wide: { size: { width: 1280, height: 800 }, bleed: { x: 0.3, y: 0.6 } },
	narrow: { size: { width: 400, height: 500 }, bleed: { x: 0.4, y: 0.6 } }
};

/** Which poster suits a map box of this width (the live map's rule after a resize; the page's media query approximates it by the viewport). */
export const posterKind = (width: number): PosterKind => (width <= NARROW_MAX ? 'narrow' : 'wide');

/**
 * The padding of the design area: the framing rule's margin (8 % of the smaller side, plus room for
 * a symbol) measured on each side's own length, so that once the poster is scaled down to fit a box
 * (by the box's width in a box narrower than the design's shape, by its height otherwise) the margin
 * is still at least the one the live map keeps in that box.
 */
export function posterPadding(design: Size): { top: number; right: number; bottom: number; left: number } {
	const x = Math.ceil(MARGIN_SHARE * design.width) + SYMBOL_ROOM;
	const y = Math.ceil(MARGIN_SHARE * design.height) + SYMBOL_ROOM;
	return { top: y, right: x, bottom: y, left: x };
}

/** The poster's camera at its design size: every drawn site fitted with `posterPadding`, kept inside maxBounds as MapLibre keeps it. */
export function posterBaseCamera(sites: readonly LngLat[], design: Size): Camera {
	const bounds: BBox = sites.length
		? [Math.min(...sites.map((p) => p[0])), Math.min(...sites.map((p) => p[1])), Math.max(...sites.map((p) => p[0])), Math.max(...sites.map((p) => p[1]))]
		: [-10, 35, 20, 50];
	return fitCamera(bounds, design, { padding: posterPadding(design), maxZoom: SITE_ZOOM_RANGE[1], maxBounds: MAX_BOUNDS });
}

/** The poster's scale in a map box of `size`: the whole design area fits. */
export function posterScale(size: Size, design: Size): number {
	return Math.min(size.width / design.width, size.height / design.height);
}

/** The poster's camera scaled to a map box of `size`: what the live map is asked to open at (its maxBounds then constrain it). */
export function scaledCamera(base: Camera, size: Size, design: Size): Camera {
	return { center: base.center, zoom: base.zoom + Math.log2(posterScale(size, design)) };
}

/** The camera the live map ends up at in a box of `size`: scaled, then constrained as MapLibre does (and as the poster's CSS does). */
export function posterCamera(base: Camera, size: Size, design: Size): Camera {
	return constrain(scaledCamera(base, size, design), size, MIN_ZOOM, MAX_ZOOM, MAX_BOUNDS);
}

/** The camera a poster SVG was drawn at (its `data-camera="lon,lat,zoom"`), or null. */
export function drawnCamera(value: string | null | undefined): Camera | null {
	const [lon, lat, zoom] = (value ?? '').split(',').map(Number);
	return lon !== undefined && lat !== undefined && zoom !== undefined && [lon, lat, zoom].every(Number.isFinite) ? { center: [lon, lat], zoom } : null;
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
export function posterPlacement(base: Camera, design: Size, bounds: BBox = MAX_BOUNDS, drawing: Size = design): string {
	const { width: W, height: H } = design;
	// s·k for an edge k (design px): min(100cqw·k/W, 100cqh·k/H), both terms of the fitted scale.
	const scaled = (k: number) => `min(${n((Math.abs(k) / W) * 100)}cqw, ${n((Math.abs(k) / H) * 100)}cqh)`;
	const [west, north, east, south] = boundsOffsets(base, bounds);
	// An edge inside the box (closer to the centre than half the box) is pushed to the box's side:
	// the west or north edge moves the picture left or up, the east or south edge right or down.
	const tx = `calc(max(0px, 50cqw - ${scaled(east)}) - max(0px, 50cqw - ${scaled(west)}))`;
	const ty = `calc(max(0px, 50cqh - ${scaled(south)}) - max(0px, 50cqh - ${scaled(north)}))`;
	// A drawing larger than the design area around the same centre (the poster's bleed) is scaled alike.
	const grow = (v: string, k: number) => (k === 1 ? v : `calc(${v} * ${n(k)})`);
	return [
		'position:absolute',
		'left:50%',
		'top:50%',
		`width:${grow(`min(100cqw, ${n((W / H) * 100)}cqh)`, drawing.width / W)}`,
		`height:${grow(`min(${n((H / W) * 100)}cqw, 100cqh)`, drawing.height / H)}`,
		'overflow:visible',
		`transform:translate(-50%, -50%) translate(${tx}, ${ty})`
	].join(';');
}
