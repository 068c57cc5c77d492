/**
 * The embed's postMessage API, version 1: one valibot schema per message and a parser for what
 * the host page sends (never throws, returns null for anything not exactly a v1 message). The
 * builders of what the map sends are in ./outbound. Pure: the bridge (bridge.ts) does the window
 * plumbing.
 *
 * This module (with the schema library) is a chunk of its own: the bridge fetches it when the
 * host page first writes to the map, so a page that only shows the map does without it.
 *
 * Every message is a plain object `{ type: 'bvm:<name>', v: 1, ...payload }`. A host page is
 * untrusted input: payloads are capped (JSON size, list lengths, string lengths), objects are
 * strict (an unknown key, `__proto__` included, rejects the message) and filter values that are
 * not known ids are dropped, as the URL parser drops them.
 */
import * as v from 'valibot';
import { NutsCode, STAGES, STATUSES } from '$lib/data/schema';
import { MAX_QUERY_LENGTH, MAX_WITHIN_KM } from '$lib/state/limits';
import type { Known } from '$lib/state/url';
import type { NearPlace } from '$lib/state/explore-params';
import { MAX_LIST, MAX_MESSAGE_JSON, MAX_STRING, PROTOCOL_VERSION } from './limits';

/** Keys that mean someone tries to reach an object's prototype; no message of ours has them. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const Version = v.literal(PROTOCOL_VERSION);
const Text = v.pipe(v.string(), v.maxLength(MAX_STRING));
const SiteId = v.pipe(Text, v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
const RegionId = v.pipe(Text, NutsCode);

/** A list of strings, of which only the allowed values are kept (unknown ones are dropped, not fatal). */
function keptList<T extends string>(allowed: readonly T[]) {
	return v.pipe(
		v.array(Text),
		v.maxLength(MAX_LIST),
		v.transform((values) => allowed.filter((a) => values.includes(a)))
	);
}

const FiltersPatch = v.strictObject({
	regions: v.optional(v.pipe(v.array(RegionId), v.maxLength(MAX_LIST))),
	stages: v.optional(keptList(STAGES)),
	stageMatch: v.optional(v.picklist(['any', 'all'])),
	statuses: v.optional(keptList(STATUSES)),
	initiatives: v.optional(v.pipe(v.array(SiteId), v.maxLength(MAX_LIST))),
	q: v.optional(v.pipe(v.string(), v.maxLength(MAX_QUERY_LENGTH), v.trim()))
});
/** Only the given fields change; the others keep their current value. */
export type FiltersPatch = v.InferOutput<typeof FiltersPatch>;

const WithinKm = v.pipe(v.number(), v.gtValue(0), v.maxValue(MAX_WITHIN_KM));

const message = <T extends string, E extends v.ObjectEntries>(type: T, entries: E) => v.strictObject({ type: v.literal(type), v: Version, ...entries });

/** Host → map. `bvm:select` comes in two shapes (site or region), tried in turn by `variant`. */
export const HostMessageSchema = v.variant('type', [
	message('bvm:setFilters', { filters: FiltersPatch }),
	message('bvm:select', { site: SiteId }),
	message('bvm:select', { region: RegionId }),
	message('bvm:clearSelection', {}),
	message('bvm:fitRegion', { region: RegionId }),
	// Distances from a site or a point, optionally within a radius (km); `clear` stops measuring.
	message('bvm:near', { site: SiteId, within: v.optional(v.nullable(WithinKm)) }),
	message('bvm:near', {
		lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
		lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
		within: v.optional(v.nullable(WithinKm))
	}),
	message('bvm:near', { clear: v.literal(true) }),
	// A late host script (embed.js loads async) asks for bvm:ready and bvm:height again.
	message('bvm:hello', {})
]);
export type HostMessage = v.InferOutput<typeof HostMessageSchema>;

const SelectionSchema = v.nullable(v.strictObject({ kind: v.picklist(['region', 'site']), id: Text }));
const FiltersSchema = v.strictObject({
	regions: v.array(Text),
	stages: v.array(v.picklist(STAGES)),
	stageMatch: v.picklist(['any', 'all']),
	statuses: v.array(v.picklist(STATUSES)),
	initiatives: v.array(Text),
	q: v.string()
});

/** Map → host. Hosts may validate with these too; the unit tests check the builders against them. */
export const MapMessageSchema = v.variant('type', [
	message('bvm:ready', { state: v.strictObject({ selection: SelectionSchema, filters: FiltersSchema }), url: v.string() }),
	message('bvm:selectionChanged', { selection: SelectionSchema }),
	message('bvm:filtersChanged', { filters: FiltersSchema, matching: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
	message('bvm:height', { height: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
	// The map could not start: `error` names what failed ('data': its data file); it keeps retrying, and sends bvm:ready once it starts.
	message('bvm:error', { error: v.literal('data'), message: v.pipe(v.string(), v.maxLength(MAX_STRING)) })
]);
export type MapMessage = v.InferOutput<typeof MapMessageSchema>;

/**
 * The host's message, or null when it is not a valid v1 message. With `known`, ids that the
 * dataset does not have are dropped from filters, and a select/fitRegion of an unknown id is null.
 */
export function parseHostMessage(data: unknown, known?: Known): HostMessage | null {
	if (typeof data !== 'object' || data === null || Array.isArray(data) || !isSmallPlainData(data)) return null;
	const result = v.safeParse(HostMessageSchema, data);
	if (!result.success) return null;
	return known ? againstKnown(result.output, known) : result.output;
}

/** Serialisable, under the size cap, and free of prototype keys at any depth (one JSON pass). */
function isSmallPlainData(data: object): boolean {
	let clean = true;
	try {
		const json = JSON.stringify(data, (key, value: unknown) => {
			if (FORBIDDEN_KEYS.has(key)) clean = false;
			return value;
		});
		return clean && typeof json === 'string' && json.length <= MAX_MESSAGE_JSON;
	} catch {
		return false; // cycles, BigInt
	}
}

function againstKnown(msg: HostMessage, known: Known): HostMessage | null {
	switch (msg.type) {
		case 'bvm:setFilters': {
			const f = { ...msg.filters };
			if (f.regions) f.regions = [...known.regionIds].filter((id) => f.regions!.includes(id));
			if (f.initiatives) f.initiatives = [...(known.initiativeIds ?? [])].filter((id) => f.initiatives!.includes(id));
			return { ...msg, filters: f };
		}
		case 'bvm:select':
			return 'site' in msg ? (known.siteIds.has(msg.site) ? msg : null) : known.regionIds.has(msg.region) ? msg : null;
		case 'bvm:fitRegion':
			return known.regionIds.has(msg.region) ? msg : null;
		case 'bvm:near':
			return 'site' in msg && !known.siteIds.has(msg.site) ? null : msg;
		default:
			return msg;
	}
}

/** The place a `bvm:near` message asks for (a point rounded like the URL's), or null to stop measuring. */
export function nearPlaceOf(msg: Extract<HostMessage, { type: 'bvm:near' }>): NearPlace | null {
	if ('clear' in msg) return null;
	if ('site' in msg) return { kind: 'site', id: msg.site };
	return { kind: 'point', lat: Number(msg.lat.toFixed(4)), lon: Number(msg.lon.toFixed(4)) };
}
