/**
 * GeoJSON → SVG path data in the pixel space of one camera. Points go through d3-geo's
 * `geoMercator` set to MapLibre's scale and centre (mercator.ts), then edges stay straight in
 * Mercator as MapLibre draws them (no spherical resampling), rings and lines are clipped to the
 * picture with a margin, and points closer than half a pixel are merged: a small file.
 */
import { geoMercator, type GeoProjection } from 'd3-geo';
import type { Geometry, Position } from 'geojson';
import { d3Mercator, type Camera, type Size } from '$lib/map/mercator';

export type XY = [number, number];

export class Projector {
	readonly size: Size;
	readonly camera: Camera;
	private readonly d3: GeoProjection;
	/** Clip rectangle: the picture plus a margin wider than any stroke. */
	private readonly box: [number, number, number, number];

	/** Coordinates in steps of 1/steps px (10: tenths; 1: whole pixels, for large pictures). */
	private readonly steps: number;

	/** Douglas–Peucker tolerance in px. */
	private readonly tolerance: number;

	constructor(camera: Camera, size: Size, margin = 12, steps = 10, tolerance = SIMPLIFY_TOLERANCE) {
		this.steps = steps;
		this.tolerance = tolerance;
		this.camera = camera;
		this.size = size;
		const { scale, translate } = d3Mercator(camera, size);
		this.d3 = geoMercator().scale(scale).translate(translate).clipExtent(null);
		this.box = [-margin, -margin, size.width + margin, size.height + margin];
	}

	point(p: Position): XY {
		const xy = this.d3([p[0] ?? 0, p[1] ?? 0]);
		return xy ? [xy[0], xy[1]] : [NaN, NaN];
	}

	inside([x, y]: XY, margin = 0): boolean {
		return x >= -margin && y >= -margin && x <= this.size.width + margin && y <= this.size.height + margin;
	}

	/** Path data of a (multi)polygon or (multi)line string, '' when nothing of it is in the picture. */
	path(geometry: Geometry, offset = 0): string {
		switch (geometry.type) {
			case 'Polygon':
				return this.rings(geometry.coordinates);
			case 'MultiPolygon':
				return geometry.coordinates.map((p) => this.rings(p)).join('');
			case 'LineString':
				return this.lines([geometry.coordinates], offset);
			case 'MultiLineString':
				return this.lines(geometry.coordinates, offset);
			default:
				return '';
		}
	}

	private rings(rings: Position[][]): string {
		return rings
			.map((ring) =>
				clipRing(
					thin(
						ring.map((p) => this.point(p)),
						this.tolerance
					),
					this.box
				)
			)
			.filter((r) => r.length >= 3)
			.map((r) => pathData(r, true, this.steps))
			.join('');
	}

	private lines(lines: Position[][], offset: number): string {
		return lines
			.flatMap((line) =>
				clipLine(
					offsetLine(
						thin(
							line.map((p) => this.point(p)),
							this.tolerance
						),
						offset
					),
					this.box
				)
			)
			.filter((l) => l.length >= 2)
			.map((l) => pathData(l, false, this.steps))
			.join('');
	}
}

/**
 * Douglas–Peucker with MapLibre's own GeoJSON tolerance (0.375 px, geojson-vt's default): what the
 * live map draws at this zoom, in fewer points. The first and last points are always kept.
 */
export const SIMPLIFY_TOLERANCE = 0.375;

function thin(points: XY[], tolerance = SIMPLIFY_TOLERANCE): XY[] {
	if (points.length <= 2) return points;
	const keep = new Uint8Array(points.length);
	keep[0] = keep[points.length - 1] = 1;
	const stack: Array<[number, number]> = [[0, points.length - 1]];
	const sq = tolerance * tolerance;
	while (stack.length) {
		const [first, last] = stack.pop()!;
		const a = points[first] as XY;
		const b = points[last] as XY;
		const dx = b[0] - a[0];
		const dy = b[1] - a[1];
		const len = dx * dx + dy * dy;
		let worst = -1;
		let index = -1;
		for (let i = first + 1; i < last; i++) {
			const p = points[i] as XY;
			let d: number;
			if (len === 0) d = (p[0] - a[0]) ** 2 + (p[1] - a[1]) ** 2;
			else {
				const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len));
				d = (p[0] - a[0] - t * dx) ** 2 + (p[1] - a[1] - t * dy) ** 2;
			}
			if (d > worst) [worst, index] = [d, i];
		}
		if (worst > sq) {
			keep[index] = 1;
			stack.push([first, index], [index, last]);
		}
	}
	return points.filter((_, i) => keep[i]);
}

/** Path data of one ring or line: absolute first point, then relative steps between rounded points (short, no drift). */
function pathData(points: XY[], close: boolean, scale: number): string {
	let out = '';
	let px = 0;
	let py = 0;
	let steps = 0;
	points.forEach(([x, y], i) => {
		const rx = Math.round(x * scale);
		const ry = Math.round(y * scale);
		if (i === 0) out += `M${rx / scale} ${ry / scale}`;
		else {
			const dx = (rx - px) / scale;
			const dy = (ry - py) / scale;
			if (dx === 0 && dy === 0) return;
			// 'l' before the first step (a point equal to the previous one is skipped, so not always i = 1).
			out += `${steps++ === 0 ? 'l' : ' '}${dx} ${dy}`;
		}
		[px, py] = [rx, ry];
	});
	return close ? `${out}z` : out;
}

/** MapLibre's `line-offset`: positive is to the right of the line's direction (y grows downwards). */
function offsetLine(points: XY[], offset: number): XY[] {
	if (!offset || points.length < 2) return points;
	const normal = (a: XY, b: XY): XY => {
		const dx = b[0] - a[0];
		const dy = b[1] - a[1];
		const len = Math.hypot(dx, dy) || 1;
		return [-dy / len, dx / len];
	};
	return points.map((p, i) => {
		const a = normal(points[Math.max(0, i - 1)] as XY, points[Math.max(1, i)] as XY);
		const b = normal(points[Math.min(points.length - 2, i)] as XY, points[Math.min(points.length - 1, i + 1)] as XY);
		const n: XY = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
		const len = Math.hypot(n[0], n[1]) || 1;
		return [p[0] + (n[0] / len) * offset, p[1] + (n[1] / len) * offset];
	});
}

type Box = [number, number, number, number];

/** Sutherland–Hodgman against the four edges: winding-independent, good for filled rings. */
function clipRing(ring: XY[], [x0, y0, x1, y1]: Box): XY[] {
	if (ring.every((p) => p[0] >= x0 && p[0] <= x1 && p[1] >= y0 && p[1] <= y1)) return ring;
	const edges: Array<[(p: XY) => boolean, (a: XY, b: XY) => XY]> = [
		[(p) => p[0] >= x0, (a, b) => at(a, b, (x0 - a[0]) / (b[0] - a[0]))],
		[(p) => p[0] <= x1, (a, b) => at(a, b, (x1 - a[0]) / (b[0] - a[0]))],
		[(p) => p[1] >= y0, (a, b) => at(a, b, (y0 - a[1]) / (b[1] - a[1]))],
		[(p) => p[1] <= y1, (a, b) => at(a, b, (y1 - a[1]) / (b[1] - a[1]))]
	];
	let out = ring;
	for (const [inside, cross] of edges) {
		const input = out;
		out = [];
		for (let i = 0; i < input.length; i++) {
			const cur = input[i] as XY;
			const prev = input[(i + input.length - 1) % input.length] as XY;
			if (inside(cur)) {
				if (!inside(prev)) out.push(cross(prev, cur));
				out.push(cur);
			} else if (inside(prev)) out.push(cross(prev, cur));
		}
		if (out.length === 0) return out;
	}
	return out;
}

const at = (a: XY, b: XY, t: number): XY => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];

/** Liang–Barsky per segment; a line that leaves and re-enters the box becomes several lines. */
function clipLine(line: XY[], [x0, y0, x1, y1]: Box): XY[][] {
	const out: XY[][] = [];
	let current: XY[] = [];
	for (let i = 1; i < line.length; i++) {
		const a = line[i - 1] as XY;
		const b = line[i] as XY;
		const seg = clipSegment(a, b, x0, y0, x1, y1);
		if (!seg) {
			if (current.length) out.push(current);
			current = [];
			continue;
		}
		const [s, e] = seg;
		if (current.length === 0) current.push(s);
		else {
			const last = current[current.length - 1] as XY;
			if (last[0] !== s[0] || last[1] !== s[1]) {
				out.push(current);
				current = [s];
			}
		}
		current.push(e);
		if (e !== b) {
			out.push(current);
			current = [];
		}
	}
	if (current.length) out.push(current);
	return out;
}

function clipSegment(a: XY, b: XY, x0: number, y0: number, x1: number, y1: number): [XY, XY] | null {
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	let t0 = 0;
	let t1 = 1;
	const checks: Array<[number, number]> = [
		[-dx, a[0] - x0],
		[dx, x1 - a[0]],
		[-dy, a[1] - y0],
		[dy, y1 - a[1]]
	];
	for (const [p, q] of checks) {
		if (p === 0) {
			if (q < 0) return null;
			continue;
		}
		const r = q / p;
		if (p < 0) {
			if (r > t1) return null;
			if (r > t0) t0 = r;
		} else {
			if (r < t0) return null;
			if (r < t1) t1 = r;
		}
	}
	return [t0 === 0 ? a : at(a, b, t0), t1 === 1 ? b : at(a, b, t1)];
}
