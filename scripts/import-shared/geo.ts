/** Geometry helpers for the one-off import: rounding and compact, deterministic GeoJSON output. */
import type { Feature, Geometry, Position } from 'geojson';

const DECIMALS = 4; // ≈ 10 m, far finer than the 1:20M generalisation

export function roundNumber(n: number, decimals = DECIMALS): number {
	const f = 10 ** decimals;
	return Math.round(n * f) / f;
}

function roundRing(ring: Position[]): Position[] | null {
	const out: Position[] = [];
	for (const [lon, lat] of ring) {
		const p: Position = [roundNumber(lon ?? 0), roundNumber(lat ?? 0)];
		const last = out[out.length - 1];
		if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
	}
	// Rounding can collapse tiny rings; a valid ring needs 4 positions (closed).
	return out.length >= 4 ? out : null;
}

function roundPolygon(rings: Position[][]): Position[][] | null {
	const [outer, ...holes] = rings.map(roundRing);
	if (!outer) return null;
	return [outer, ...holes.filter((h): h is Position[] => h !== null)];
}

/** Rounds coordinates and drops rings/polygons that collapse. Same input → same output. */
export function roundGeometry(g: Geometry): Geometry {
	switch (g.type) {
		case 'Point':
			return { type: 'Point', coordinates: g.coordinates.map((n) => roundNumber(n)) };
		case 'Polygon':
			return { type: 'Polygon', coordinates: roundPolygon(g.coordinates) ?? [] };
		case 'MultiPolygon': {
			const polys = g.coordinates.map(roundPolygon).filter((p): p is Position[][] => p !== null);
			return polys.length === 1 && polys[0] ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };
		}
		default:
			throw new Error(`unsupported geometry ${g.type}`);
	}
}

/** Bounding box [minLon, minLat, maxLon, maxLat] of any geometry. */
export function geometryBbox(g: Geometry): [number, number, number, number] {
	const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
	const visit = (c: unknown): void => {
		if (Array.isArray(c) && typeof c[0] === 'number') {
			const [lon, lat] = c as number[];
			box[0] = Math.min(box[0], lon ?? Infinity);
			box[1] = Math.min(box[1], lat ?? Infinity);
			box[2] = Math.max(box[2], lon ?? -Infinity);
			box[3] = Math.max(box[3], lat ?? -Infinity);
		} else if (Array.isArray(c)) c.forEach(visit);
	};
	if ('coordinates' in g) visit(g.coordinates);
	return box;
}

/** One feature per line: small files that still diff line by line. */
export function compactCollection(features: Feature[]): string {
	return `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

/** Readable properties, geometry on one line (a pretty-printed polygon is thousands of lines). */
export function readableCollection(features: Feature[]): string {
	const GEOM = '"__geometry__"';
	const body = features
		.map((f) => {
			const text = JSON.stringify({ ...f, geometry: '__geometry__' }, null, '\t').replace(/\n/g, '\n\t\t');
			return `\t\t${text.replace(GEOM, JSON.stringify(f.geometry))}`;
		})
		.join(',\n');
	return `{\n\t"type": "FeatureCollection",\n\t"features": [\n${body}\n\t]\n}\n`;
}
