/**
 * The link's "explore" parameters, kept apart from the main URL codec so each stays small:
 * `near=<site-id>` or `near=lat,lon` (the place distances are measured from), `within=<km>`
 * (only sites that close), and `asof=YYYY` (the network as it stood in that year).
 * Parsing never throws: bad input is dropped with a warning, like every other parameter.
 */
import type { Warn } from './url';
import { MAX_WITHIN_KM } from './limits';

/** A site of the dataset, or a point on the map (rounded to ~10 m so links stay short). */
export type NearPlace = { kind: 'site'; id: string } | { kind: 'point'; lat: number; lon: number };

export type Near = {
	place: NearPlace;
	/** Radius in km (edge included); null ranks every matching site by distance. */
	within: number | null;
};

export type Explore = { near: Near | null; asof: number | null };

export const NO_EXPLORE: Explore = { near: null, asof: null };

export const EXPLORE_PARAMS = ['near', 'within', 'asof'] as const;

/** The years a link may ask for; the slider offers the data's own range. */
export const ASOF_RANGE = { min: 1900, max: 2100 } as const;

/** Plain decimal notation only: no hex, exponents, spaces or signs other than a leading minus. */
const DECIMAL = /^-?\d+(?:\.\d+)?$/;

function decimal(text: string): number | null {
	const trimmed = text.trim();
	return DECIMAL.test(trimmed) ? Number(trimmed) : null;
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

export function parseNearPlace(raw: string, siteIds: ReadonlySet<string>): NearPlace | 'unknown-id' | 'invalid-value' {
	if (raw.includes(',')) {
		const parts = raw.split(',');
		if (parts.length !== 2) return 'invalid-value';
		const [lat, lon] = parts.map(decimal);
		if (lat === null || lon === null || lat === undefined || lon === undefined || Math.abs(lat) > 90 || Math.abs(lon) > 180) return 'invalid-value';
		return { kind: 'point', lat: round(lat, 4), lon: round(lon, 4) };
	}
	const id = raw.trim();
	return siteIds.has(id) ? { kind: 'site', id } : 'unknown-id';
}

export function parseWithin(raw: string): number | null {
	const km = decimal(raw);
	if (km === null || km <= 0 || km > MAX_WITHIN_KM) return null;
	return round(km, 1);
}

export function parseAsof(raw: string): number | null {
	const trimmed = raw.trim();
	if (!/^\d{4}$/.test(trimmed)) return null;
	const year = Number(trimmed);
	return year >= ASOF_RANGE.min && year <= ASOF_RANGE.max ? year : null;
}

export function parseExplore(params: URLSearchParams, siteIds: ReadonlySet<string>, warn: Warn): Explore {
	const rawNear = params.get('near');
	const rawWithin = params.get('within');
	const rawAsof = params.get('asof');
	let near: Near | null = null;
	if (rawNear !== null) {
		const place = parseNearPlace(rawNear, siteIds);
		if (typeof place === 'string') warn('near', rawNear, place);
		else near = { place, within: null };
	}
	if (rawWithin !== null) {
		const within = parseWithin(rawWithin);
		// A radius needs a place to be measured from.
		if (within === null || (near === null && rawNear === null)) warn('within', rawWithin, 'invalid-value');
		else if (near) near = { ...near, within };
	}
	let asof: number | null = null;
	if (rawAsof !== null) {
		asof = parseAsof(rawAsof);
		if (asof === null) warn('asof', rawAsof, 'invalid-value');
	}
	return { near, asof };
}

export function formatNearPlace(place: NearPlace): string {
	return place.kind === 'site' ? place.id : `${round(place.lat, 4)},${round(place.lon, 4)}`;
}

/** Adds the explore parameters to `params` (nothing when they are unset). */
export function serializeExplore(explore: Explore, params: URLSearchParams): URLSearchParams {
	if (explore.near) {
		params.set('near', formatNearPlace(explore.near.place));
		if (explore.near.within !== null) params.set('within', String(explore.near.within));
	}
	if (explore.asof !== null) params.set('asof', String(explore.asof));
	return params;
}
