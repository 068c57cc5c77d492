/**
 * The app's state, one object per page (`/` or `/embed`), shared with its components by context:
 * URL → parsed state → what is shown (language, matching sites, counts, list, the open item),
 * and the actions that change it. The URL stays the single source of truth: an action computes
 * the next state and navigates; everything else is derived from the new URL.
 *
 * History rule: a selection a person makes pushes a history entry (Back closes the panel);
 * everything else (filters, language, camera, network, a host page's requests, link clean-up)
 * replaces the current one.
 */
import { createContext, untrack } from 'svelte';
import type { AppData } from '$lib/app-data';
import type { RegionFeature, SiteFeature } from '$lib/data/schema';
import { STAGES, STATUSES, type Lang, type Stage, type Status } from '$lib/data/vocab';
import { viewOf, type DatasetView } from '$lib/data/view';
import { format } from '$lib/i18n/format';
import { pickLang } from '$lib/i18n/lang';
import { ENGLISH, loadLocale, type Locale } from '$lib/i18n/locale';
import { MapController } from '$lib/map/controller';
import { AfterPaint } from '$lib/deferred.svelte';
import type { ChipLabels } from '$lib/components/filter-chips';
import { Explore } from './explore.svelte';
import type { NearPlace } from './explore-params';
import { announceChanges } from './announce.svelte';
import { activeFilterCount, applyFilters, facetCounts, NO_FILTERS, sameFilters, type FacetCounts, type Filters } from './filters';
import type { IdSet } from './id-set';
import { inBounds, listOrder, type Bounds } from './list';
import { DEFAULT_STATE, parseState, toSearch, type AppState, type Known, type MapView, type Selection, type Warning } from './url';

/** Where the app state meets the browser (SvelteKit's page and goto; a fake in unit tests). */
export type AppEnv = {
	/** The page's URL; null while prerendering (the server renders the default view). */
	url(): URL | null;
	/** Goes to `href` on the same page, pushing a history entry or replacing the current one. */
	/** Resolves once the page has the new URL's state (the tests' environments may change it at once). */
	go(href: string, push: boolean): Promise<void> | void;
	/** The reader's languages (navigator.languages); [] while prerendering. */
	languages(): readonly string[];
};

/** URL parameters a page reads itself (the embed's flags): kept, normalised, on every navigation. */
export type PageParams = {
	names: readonly string[];
	read(params: URLSearchParams): { params: URLSearchParams; warnings: Warning[] };
};

const NO_PAGE_PARAMS: PageParams = { names: [], read: () => ({ params: new URLSearchParams(), warnings: [] }) };

export class App {
	readonly data: AppData['dataset'];
	readonly geometry: AppData['geometry'];
	/** Lookups, map sources and filter records, derived once from the build-time data. */
	readonly dataset: DatasetView;
	readonly known: Known;
	/** Camera requests (fit a region, focus a site, fit the results) and map focus. */
	readonly map = new MapController();
	readonly stageOptions: Stage[];
	readonly statusOptions: Status[] = [...STATUSES];
	readonly #env: AppEnv;
	readonly #page: PageParams;
	readonly #regionOrder: string[];
	/** Every site's position in the data, in list order (region, then name), sorted once per dataset. */
	readonly #listOrder: number[];

	// ── URL → state ──
	readonly #parsed = $derived.by(() => this.#parse());
	readonly state: AppState = $derived(this.#parsed.state);
	/** The link's filters; the same object while they stay the same (a near or year change does not filter again). */
	readonly filters: Filters = $derived.by(() => (this.#filters = sameFilters(this.state.filters, this.#filters) ? this.#filters : this.state.filters));
	#filters: Filters = NO_FILTERS;
	readonly selection: Selection = $derived(this.state.selection);
	/** What the URL had that was ignored (unknown parameters, unknown ids, invalid values). */
	readonly warnings: Warning[] = $derived(this.#parsed.warnings);
	readonly selectedSite: SiteFeature | undefined = $derived.by(() =>
		this.selection?.kind === 'site' ? this.dataset.sitesById.get(this.selection.id) : undefined
	);
	readonly selectedRegion: RegionFeature | undefined = $derived.by(() =>
		this.selection?.kind === 'region' ? this.dataset.regionsById.get(this.selection.id) : undefined
	);

	// ── Language: the link's `lang`, else the browser's, else English; another language shows once its chunk has arrived. ──
	readonly lang: Lang = $derived.by(() => this.state.lang ?? pickLang(null, this.#env.languages()));
	locale: Locale = $state.raw(ENGLISH);
	readonly t = $derived(this.locale.messages);
	readonly labels = $derived(this.locale.labels);

	// ── State → what is shown: the same matching set for map, list and downloads. ──
	// As of a year (`asof=`), sites take the status they had then; near a place (`near=`), the
	// matching sites are ranked by distance and cut at the radius (`within=`).
	readonly explore: Explore;
	/** Sites passing the filters, before the radius (without a filter: every site shown, a set made once). */
	readonly filteredIds: IdSet = $derived.by(() =>
		activeFilterCount(this.filters) === 0 ? this.explore.recordIds : new Set(applyFilters(this.explore.records, this.filters, this.lang).map((r) => r.id))
	);
	readonly matchingIds: IdSet = $derived.by(() => (this.explore.ranked ? this.explore.ranked.idSet : this.filteredIds));
	/** In list order: nearest first near a place, else by region and name. Statuses as of the year. */
	readonly matchingSites: SiteFeature[] = $derived.by(() => {
		// By position, not by id: a change of thousands of matches makes no lookups by id.
		const at = this.explore.sitesAt;
		if (this.explore.ranked) return this.explore.ranked.indices.map((i) => at[i]!);
		// Region and name never change: the whole dataset is sorted once, each change only filters it.
		const matching = this.matchingIds;
		const everyShown = matching === this.explore.recordIds;
		const out: SiteFeature[] = [];
		for (const i of this.#listOrder) {
			const site = at[i];
			if (site && (everyShown || matching.has(site.properties.id))) out.push(site);
		}
		return out;
	});
	readonly counts = $derived.by(() => facetCounts(this.explore.countedRecords, this.filters, this.lang));
	/**
	 * What the counts change with, read by `shownCounts` to know when: the values counted records
	 * are made from, not the records (making them is a pass over every site in a ring).
	 */
	readonly #countInputs = () => [this.explore.countedFrom(), this.filters, this.lang];
	/**
	 * The counts as the filters show them: a paint after the list (as the map is), so a change
	 * that ranks thousands of sites near a place shows its list without waiting for their counting.
	 */
	readonly shownCounts: AfterPaint<FacetCounts>;
	/** Ids the map draws: null when no filter narrows (every site). */
	readonly visibleIds: IdSet | null = $derived.by(() => (this.matchingIds.size !== this.data.sites.length ? this.matchingIds : null));

	// ── Local UI state (not worth a link). ──
	/** The list follows the map view. */
	onlyInView = $state(false);
	mapBounds: Bounds | null = $state(null);
	readonly listed: SiteFeature[] = $derived(
		this.onlyInView && this.mapBounds ? this.matchingSites.filter((s) => inBounds(s, this.mapBounds!)) : this.matchingSites
	);
	/** Ignored URL parts, described in the current language when shown. */
	notices: Warning[] = $state([]);
	/** The polite live region's text: the result count after each filter change (not on load). */
	announcement = $state('');
	/** The panel takes focus only when a person opened it, never on load (an iframe must not steal focus). */
	panelTakesFocus = $state(false);
	#focusBeforePanel: HTMLElement | null = null;

	/** Names of the active filters (the zero-results message). */
	readonly chipLabels: ChipLabels = $derived({
		region: (id: string) => this.regionName(id),
		stage: (s: Stage) => this.labels.stages[s],
		status: (s: Status) => this.labels.statuses[s],
		initiative: (id: string) => this.dataset.initiativeOptions.find((o) => o.id === id)?.label ?? id,
		query: (q: string) => format(this.t.searchChip, { q })
	});

	constructor(data: AppData, env: AppEnv, page: PageParams = NO_PAGE_PARAMS) {
		this.data = data.dataset;
		this.geometry = data.geometry;
		this.#env = env;
		this.#page = page;
		this.dataset = viewOf(data.dataset, data.geometry);
		this.known = { ...this.dataset.known, initiativeIds: new Set(this.dataset.initiativeOptions.map((o) => o.id)) };
		this.#regionOrder = this.dataset.regionOptions.map((o) => o.id);
		this.#listOrder = listOrder(this.data.sites, this.#regionOrder);
		this.stageOptions = STAGES.filter((s) => this.dataset.stagesPresent.includes(s));
		const src = { state: () => this.state, text: () => this.locale.explore, filteredIds: () => this.filteredIds };
		this.explore = new Explore(this.data.sites, this.dataset, src, this.geometry.historySpan);
		this.shownCounts = new AfterPaint(this.#countInputs, () => this.counts);
		this.#start();
	}

	regionName(id: string): string {
		return this.dataset.regionsById.get(id)?.properties.name_local ?? id;
	}

	/** A network node's name: a region's local name or a (hub) site's name. */
	placeName(id: string): string {
		return this.dataset.regionsById.get(id)?.properties.name_local ?? this.dataset.sitesById.get(id)?.properties.name ?? id;
	}

	regionRef(id: string): { id: string; name: string } | null {
		return this.dataset.regionsById.has(id) ? { id, name: this.regionName(id) } : null;
	}

	/** A link to this state on another page (e.g. the full map from the embed): without the page's own parameters. */
	search(state: AppState = this.state): string {
		return toSearch(state);
	}

	// ── Actions ──

	/** A person opens (or closes, with null) an item: history entry, focus to the panel. */
	select(selection: Selection): void {
		if (!this.selection && selection && typeof document !== 'undefined') this.#focusBeforePanel = document.activeElement as HTMLElement | null;
		this.panelTakesFocus = true;
		// The camera moves to the selection, so the old view would be stale in a copied link.
		this.#navigate({ ...this.state, selection, view: null }, true);
	}

	/** A host page opens an item (embed API): no history entry, no focus taken. */
	selectQuietly(selection: Selection): void {
		this.#navigate({ ...this.state, selection, view: null }, false);
	}

	/** Closes the panel; focus goes back where the reader was, or to the map when the panel was opened from it. */
	closePanel(): void {
		this.select(null);
		const target = this.#focusBeforePanel;
		this.#focusBeforePanel = null;
		queueMicrotask(() => (target && document.contains(target) ? target.focus() : this.map.focus()));
	}

	/**
	 * A host page's requests, folded into one change (src/lib/embed/coalesce.ts): one navigation,
	 * no history entry, no focus taken. Undefined parts are left as they are.
	 */
	applyRequests(change: { filters?: Filters; selection?: Selection }): Promise<void> {
		const next = { ...this.state };
		if (change.filters) next.filters = change.filters;
		if (change.selection !== undefined) next.selection = change.selection;
		if (change.selection !== undefined) next.view = null;
		return this.#navigate(next, false);
	}

	setFilters(filters: Filters): void {
		this.#navigate({ ...this.state, filters }, false);
	}

	clearFilters(): void {
		this.setFilters(NO_FILTERS);
	}

	setLang(lang: Lang): void {
		this.#navigate({ ...this.state, lang }, false);
	}

	/** Distances from a place (null: none); the radius stays unless given. */
	setNear(place: NearPlace | null, within: number | null = this.state.near?.within ?? null): void {
		// A new place with a radius moves the camera to its ring, so the old view would be stale in a copied link.
		this.#navigate({ ...this.state, near: place ? { place, within } : null, view: place && within !== null ? null : this.state.view }, false);
	}

	/** A place chosen in the search box (a town): distances from it. The typed text named the place, so it is no longer a search. */
	setNearFromSearch(place: NearPlace): void {
		const within = this.state.near?.within ?? null;
		this.#navigate({ ...this.state, filters: { ...this.filters, q: '' }, near: { place, within }, view: within !== null ? null : this.state.view }, false);
	}

	setWithin(within: number | null): void {
		if (this.state.near) this.#navigate({ ...this.state, near: { ...this.state.near, within }, view: within !== null ? null : this.state.view }, false);
	}

	/** The network as of a year (null: today). */
	setAsof(asof: number | null): void {
		this.#navigate({ ...this.state, asof }, false);
	}

	setShowNetwork(showNetwork: boolean): void {
		this.#navigate({ ...this.state, showNetwork }, false);
	}

	/** The map settled: its bounds (for the list) and, when a person moved it, the view in the URL. */
	setCamera(view: MapView, bounds: Bounds, byUser: boolean): void {
		this.mapBounds = bounds;
		if (byUser) this.#navigate({ ...this.state, view }, false);
	}

	/** Ignored URL parts are reported once (as notices), and the URL is cleaned so a re-shared link is valid. */
	reportWarnings(): void {
		this.notices = [...this.notices, ...this.warnings];
		this.#navigate(this.state, false);
	}

	dismissNotices(): void {
		this.notices = [];
	}

	// ── Internals ──

	#parse(): { state: AppState; pageParams: URLSearchParams; warnings: Warning[] } {
		const url = this.#env.url();
		if (!url) return { state: DEFAULT_STATE, pageParams: new URLSearchParams(), warnings: [] };
		const parsed = parseState(url.searchParams, this.known, this.#page.names);
		const own = this.#page.read(url.searchParams);
		return { state: parsed.state, pageParams: own.params, warnings: [...parsed.warnings, ...own.warnings] };
	}

	#navigate(next: AppState, push: boolean): Promise<void> {
		const url = this.#env.url();
		if (!url) return Promise.resolve();
		return Promise.resolve(this.#env.go(`${url.pathname}${toSearch(next, this.#parsed.pageParams)}`, push));
	}

	#start(): void {
		$effect(() => {
			const wanted = this.lang;
			if (this.locale.lang === wanted) return;
			loadLocale(wanted).then(
				(next) => void (this.lang === wanted && (this.locale = next)),
				(err: unknown) => console.warn('[i18n] could not load', wanted, err)
			);
		});
		$effect(() => {
			if (typeof document !== 'undefined') document.documentElement.lang = this.locale.lang;
		});
		$effect(() => {
			if (this.warnings.length) untrack(() => this.reportWarnings());
		});
		announceChanges(this);
	}
}

export const [getApp, setApp] = createContext<App>();
