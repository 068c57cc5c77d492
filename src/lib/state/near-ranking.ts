/** The matching sites ranked from a place, by site id (the app state's "near"; part of the near chunk). */
import type { SiteFeature } from '$lib/data/schema';
import type { LonLat } from './near';
import { ListedIds, type IdSet } from './id-set';
import { positionOf } from './positions';
import { distanceKm, nearIndex, rankNearIndices, type NearIndex } from './near-index';

/** Every site's [lon, lat], one array per dataset (so the index is built once). */
const positions = new WeakMap<readonly SiteFeature[], LonLat[]>();
export function siteIndex(sites: readonly SiteFeature[]): NearIndex {
	let points = positions.get(sites);
	if (!points) {
		points = sites.map((s) => s.geometry.coordinates);
		positions.set(sites, points);
	}
	return nearIndex(points);
}

/**
 * Great-circle km (turf's) by site id, for the ranked sites only. Worked out when asked and
 * kept: the list asks for the rows it shows, a download for every row. Which sites are ranked
 * is a test, not a table: a table of every site, filled for the 16,000 ranked near a town, was
 * built when the first row asked (2 ms of a town pick at 50,000 sites).
 */
export class KmById {
	readonly #kms = new Map<number, number>();
	constructor(
		private readonly sites: readonly SiteFeature[],
		private readonly origin: LonLat,
		/** Whether the site at a position, this far away, is in the ranking. */
		private readonly ranked: (position: number, km: number) => boolean
	) {}

	get(id: string): number | undefined {
		const i = positionOf(this.sites, id);
		if (i === undefined) return undefined;
		let km = this.#kms.get(i);
		if (km === undefined) this.#kms.set(i, (km = distanceKm(this.origin, this.sites[i]!.geometry.coordinates)));
		return this.ranked(i, km) ? km : undefined;
	}
}

/**
 * Matching sites nearest first: their positions in the sites array, and their ids and km when
 * asked. The list reads sites by position; 16,000 ids for a town pick are made only when a
 * lookup by id is first needed (the map, a filter change), a paint after the list.
 */
export class NearResult {
	#ids: string[] | null = null;
	#idSet: IdSet | null = null;
	constructor(
		readonly sites: readonly SiteFeature[],
		/** Positions in the sites array, nearest first. */
		readonly indices: readonly number[],
		/** Great-circle km from the place, by site id. */
		readonly km: KmById
	) {}

	/** Ids, nearest first. */
	get ids(): readonly string[] {
		return (this.#ids ??= this.indices.map((i) => this.sites[i]!.properties.id));
	}

	/** The ids as a set: its size at once, the ids and their lookup on the first `has`. */
	get idSet(): IdSet {
		return (this.#idSet ??= new ListedIds(() => this.ids, this.indices.length));
	}
}

/** The sites among `matching` (null: every site) ranked from `origin` (within the radius when given). */
export function rankMatching(sites: readonly SiteFeature[], origin: LonLat, within: number | null, matching: IdSet | null): NearResult {
	const include = matching && matching.size < sites.length ? (i: number) => matching.has(sites[i]!.properties.id) : undefined;
	const indices = rankNearIndices(siteIndex(sites), origin, { within, include });
	// Ranked: let through by the filters and, with a radius, inside it by turf's figure (as the ranking cuts).
	const ranked = (i: number, km: number) => (!include || include(i)) && (within === null || km <= within);
	return new NearResult(sites, indices, new KmById(sites, origin, ranked));
}

/** The part of a ranking that `keep` lets through (order and distances kept). */
export function keepRanked(ranked: NearResult, keep: IdSet): NearResult {
	const ids = ranked.ids;
	const indices = ranked.indices.filter((_, k) => keep.has(ids[k]!));
	return new NearResult(ranked.sites, indices, ranked.km);
}
