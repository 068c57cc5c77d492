/**
 * The app state's "near" and "as of" part: what the link's `near=`/`within=`/`asof=` make of
 * the dataset. The App class owns one and reads its derived values; components reach it as
 * `app.explore`. Pure work is in explore.ts, near.ts and asof.ts; the first two are chunks fetched
 * when a link or an action first asks for a year or a place.
 */
import { untrack } from 'svelte';
import { Lazy } from '$lib/lazy.svelte';
import type { SiteFeature } from '$lib/data/schema';
import type { DatasetView } from '$lib/data/view';
import type { ExploreText } from '$lib/i18n/explore-text';
import { format } from '$lib/i18n/format';
import type { DatedEvent } from './asof';
import { dayStamp, sliderYears, type YearSpan } from './asof-years';
import type { AsofView } from './explore';
import type { NearResult } from './near-ranking';
import type { Near, NearPlace } from './explore-params';
import type { FilterRecord } from './filters';
import type { IdSet } from './id-set';
import { placePosition, roundKm, type LonLat } from './near';
import type { TownList } from './town-list';
import type { Town } from './towns';
import { EMPTY_OVERLAY, NEAR_LINES } from '$lib/map/near-overlay';
import type { AppState } from './url';

/** What Explore reads of the app (functions, so it follows the app's runes). */
export type ExploreSource = {
	state(): AppState;
	/** The strings of "near" and "as of" in the shown language (they arrive with its catalogue). */
	text(): ExploreText;
	/** Ids of the sites that pass the filters (as of the year, before the radius). */
	filteredIds(): IdSet;
};

/**
 * The ranking and ring code (kdbush, geokdbush, turf) is a chunk of its own, fetched when a place
 * is first set: the first view of a page without `near=` does without it. One per page, shared by
 * every app state (tests load it once up front).
 */
export const nearEngine = new Lazy(() => import('./near-engine'), 'the distance code');

/**
 * The as-of code (the status rules and the date parser) likewise, fetched when a year is first
 * asked for: until it arrives the sites keep today's status.
 */
export const asofEngine = new Lazy(() => import('./explore'), 'the as-of code');

/** The dated history of a site, where the data has one. */
export function historyOf(site: SiteFeature): readonly DatedEvent[] | undefined {
	return site.properties.history;
}

export class Explore {
	readonly #sites: readonly SiteFeature[];
	readonly #dataset: DatasetView;
	readonly #src: ExploreSource;
	/** The near chunk, once fetched: ranking and the ring wait for it. */
	get #engine() {
		return nearEngine.current;
	}
	/** Today, as the as-of rule needs it (nothing dated later has happened). */
	readonly today = dayStamp(new Date());
	/** The slider's years: first event to the latest date named (null: no dated history at all). */
	readonly years: { min: number; max: number } | null;

	readonly text: ExploreText = $derived.by(() => this.#src.text());
	readonly near: Near | null = $derived.by(() => this.#src.state().near);
	readonly year: number | null = $derived.by(() => this.#src.state().asof);

	/** The dataset as of the year (null: today, or the as-of chunk has not arrived yet). */
	readonly asof: AsofView | null = $derived.by(() => {
		const engine = asofEngine.current;
		return this.year === null || !engine ? null : engine.asofView(this.#dataset.records, this.#sites, historyOf, this.year, this.today);
	});
	/** The records filters and counts work on: as of the year. */
	readonly records: readonly FilterRecord[] = $derived.by(() => this.asof?.records ?? this.#dataset.records);
	/** Ids of the sites shown (every site without a year: the data's own set). */
	readonly recordIds: IdSet = $derived.by(() => this.asof?.ids ?? this.#dataset.known.siteIds);
	/** Each site, by its position in the data, with the status it had in the year (undefined: not shown then). */
	readonly sitesAt: ReadonlyArray<SiteFeature | undefined> = $derived.by(() => this.asof?.siteAt ?? this.#sites);

	/** Where distances are measured from (null: no `near`, or a place that is not found). */
	readonly origin: LonLat | null = $derived.by(() => (this.near ? placePosition(this.near.place, this.#dataset.sitesById) : null));
	/** The place and radius as a value: the ring's ranking is redone only when one of them changes. */
	readonly #ringKey: string = $derived(this.origin && this.near?.within != null ? `${this.origin.join(',')}|${this.near.within}` : '');
	/** Every site within the radius, nearest first, whatever the filters: ranked once per place and radius. */
	readonly #inRing: NearResult | null = $derived.by(() =>
		this.#engine && this.#ringKey ? untrack(() => this.#engine!.rankMatching(this.#sites, this.origin!, this.near!.within!, null)) : null
	);
	/** The matching sites nearest first, within the radius, with their km (null without a place). A filter change only filters the ring's ranking. */
	readonly ranked: NearResult | null = $derived.by(() => {
		if (!this.#engine || !this.origin || !this.near) return null;
		const filtered = this.#src.filteredIds();
		const ring = this.#inRing;
		if (!ring) return this.#engine.rankMatching(this.#sites, this.origin, null, filtered);
		return filtered.size === this.#sites.length ? ring : this.#engine.keepRanked(ring, filtered);
	});
	/** The radius ring the camera frames (null without a place or a radius). */
	readonly ring: { center: [number, number]; km: number } | null = $derived.by(() =>
		this.origin && this.near?.within != null ? { center: [this.origin[0], this.origin[1]], km: this.near.within } : null
	);
	/** The map's ring and lines to the nearest matching sites. */
	readonly overlay = $derived.by(() => {
		if (!this.#engine) return EMPTY_OVERLAY;
		const nearest = this.ranked?.indices.slice(0, NEAR_LINES) ?? [];
		return this.#engine.nearOverlay(
			this.origin,
			this.near?.within ?? null,
			nearest.map((i) => this.#sites[i]!.geometry.coordinates)
		);
	});
	/**
	 * The records the facet counts count: those shown in the year, within the radius whatever the
	 * filters (once per year and ring, not per filter change).
	 */
	readonly countedRecords: readonly FilterRecord[] = $derived.by(() => {
		const ring = this.#inRing;
		if (!ring) return this.records;
		const at = this.asof?.recordAt ?? this.#dataset.records;
		const out: FilterRecord[] = [];
		for (const i of ring.indices) if (at[i]) out.push(at[i]);
		return out;
	});
	/** What countedRecords is made from: the ring's ranking and the year (to track it without making it). */
	countedFrom(): readonly unknown[] {
		return [this.#inRing, this.asof];
	}
	/** The map's sites (shared points spread apart) with the status they had in the year. */
	readonly displaySites: SiteFeature[] = $derived.by(() => {
		const at = this.sitesAt;
		const engine = asofEngine.current;
		if (!this.asof || !engine) return this.#dataset.displaySites;
		// The map's sites are the data's, in the data's order (placeSites).
		return this.#dataset.displaySites.map((s, i) => {
			const status = at[i]?.properties.status;
			return status ? engine.siteInStatus(s, status) : s;
		});
	});
	/** The nearest matching site regardless of the radius, when the radius leaves none (for "widen"). */
	readonly nearestOutside: { id: string; km: number } | null = $derived.by(() => {
		if (!this.#engine || !this.origin || !this.ranked || this.ranked.indices.length > 0 || this.near?.within == null) return null;
		const all = this.#engine.rankMatching(this.#sites, this.origin, null, this.#src.filteredIds());
		const first = all.indices[0];
		if (first === undefined) return null;
		const id = this.#sites[first]!.properties.id;
		return { id, km: all.km.get(id)! };
	});

	/** The bundled town list, once fetched (the search box offers its towns; a point that is a town is named). */
	readonly #towns: Lazy<TownList>;
	get towns(): TownList | null {
		return this.#towns.current;
	}

	/** `span`: the years of the data's dated history, computed at build (MapGeometry.historySpan). */
	constructor(sites: readonly SiteFeature[], dataset: DatasetView, src: ExploreSource, span: YearSpan | null) {
		this.#sites = sites;
		this.#dataset = dataset;
		this.#src = src;
		this.years = sliderYears(span, this.today);
		const regions = [...dataset.regionsById.values()].map((r) => ({ id: r.properties.id, capital: r.properties.capital?.name ?? null }));
		this.#towns = new Lazy(() => import('./town-list').then((m) => m.fetchTowns(regions)), 'the town list');
		// A link measuring from a point may be measuring from a town: fetch the list to name it.
		$effect(() => {
			if (this.near?.place.kind === 'point') void this.loadTowns();
		});
		$effect(() => {
			if (this.near) void nearEngine.load();
		});
		$effect(() => {
			if (this.year !== null) void asofEngine.load();
		});
	}

	/** Fetches the as-of code once (before a year is asked for, it saves the wait); a failure may be retried by the next call. */
	loadAsof(): Promise<void> {
		return asofEngine.load();
	}

	/** Fetches the town list once (a chunk and a file of their own); a failure may be retried by the next call. */
	loadTowns(): Promise<void> {
		return this.#towns.load();
	}

	/** Kilometres to a site as the list shows them, or null without a place. */
	km(id: string): number | null {
		const km = this.ranked?.km.get(id);
		return km === undefined ? null : roundKm(km);
	}

	/** The town a point place is (from the bundled list, once loaded), or null. */
	townOf(place: NearPlace | undefined = this.near?.place): Town | null {
		return place?.kind === 'point' && this.towns ? this.towns.at(place.lat, place.lon) : null;
	}

	/** The place in words: the site's name, the town's name, or the point's coordinates. */
	placeLabel(place: NearPlace | undefined = this.near?.place): string {
		if (!place) return '';
		if (place.kind === 'site') return format(this.text.nearFromSite, { name: this.#dataset.sitesById.get(place.id)?.properties.name ?? place.id });
		const town = this.townOf(place);
		if (town) return format(this.text.nearFromTown, { name: town.name });
		return format(this.text.nearFromPoint, { lat: place.lat.toFixed(4), lon: place.lon.toFixed(4) });
	}
}
