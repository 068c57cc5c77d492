/**
 * URL codec: the URL is the single source of truth for what is on screen.
 * Singular names are the one item open in the panel (`region=`, `site=`); plural names are
 * filter sets (`regions=`, `stages=`, `statuses=`, `initiatives=`); `q=` is the text search;
 * `at=lat,lon,zoom` is the map view. Parsing never throws: bad input is dropped with a warning.
 */
import { LANGS, STAGES, STATUSES, type Lang, type Stage, type Status } from '$lib/data/vocab';
import { EXPLORE_PARAMS, NO_EXPLORE, parseExplore, serializeExplore, type Near } from './explore-params';
import { NO_FILTERS, type Filters } from './filters';
import { MAX_QUERY_LENGTH } from './limits';

export type Selection = { kind: 'region' | 'site'; id: string } | null;

export type MapView = { lat: number; lon: number; zoom: number };

export type AppState = {
	selection: Selection;
	filters: Filters;
	/** Map centre and zoom; null lets the map choose (fit the data or the selection). */
	view: MapView | null;
	/** Network links between valleys and hub sites are drawn. */
	showNetwork: boolean;
	/** UI language from the link; null lets the browser's language decide. */
	lang: Lang | null;
	/** Distances measured from this place (`near=`, `within=`); null = no distances. */
	near: Near | null;
	/** The network as it stood in this year (`asof=`); null = today. */
	asof: number | null;
};

export type Known = {
	regionIds: ReadonlySet<string>;
	siteIds: ReadonlySet<string>;
	initiativeIds?: ReadonlySet<string>;
};

export type Warning = {
	param: string;
	value: string;
	reason: 'unknown-param' | 'unknown-id' | 'invalid-value' | 'conflict' | 'repeated';
};

export const DEFAULT_STATE: AppState = { selection: null, filters: NO_FILTERS, view: null, showNetwork: true, lang: null, ...NO_EXPLORE };

const STATE_PARAMS = ['region', 'site', 'regions', 'stages', 'match', 'statuses', 'initiatives', 'q', 'at', 'network', 'lang', ...EXPLORE_PARAMS];
/** Long enough for any id, short enough that a pasted essay is not echoed back. */
const MAX_SHOWN_VALUE = 60;

export type Warn = (param: string, value: string, reason: Warning['reason']) => void;

/** A list of warnings and the function that adds to it (values clipped for display). */
export function collectWarnings(): { warnings: Warning[]; warn: Warn } {
	const warnings: Warning[] = [];
	return { warnings, warn: (param, value, reason) => warnings.push({ param: clip(param), value: clip(value), reason }) };
}

/**
 * The app state in a URL. `pageParams`: names the page reads itself (the embed's flags), not
 * reported as unknown here.
 */
export function parseState(params: URLSearchParams, known: Known, pageParams: readonly string[] = []): { state: AppState; warnings: Warning[] } {
	const { warnings, warn } = collectWarnings();
	const knownParams = new Set([...STATE_PARAMS, ...pageParams]);
	for (const param of new Set(params.keys())) {
		if (!knownParams.has(param)) warn(param, params.get(param) ?? '', 'unknown-param');
		// A parameter given twice is read once (its first value); every other value is reported, not silently dropped.
		else for (const extra of params.getAll(param).slice(1)) warn(param, extra, 'repeated');
	}
	const lang = params.get('lang');
	if (lang !== null && !LANGS.includes(lang as Lang)) warn('lang', lang, 'invalid-value');
	const state: AppState = {
		selection: parseSelection(params, known, warn),
		filters: parseFilters(params, known, warn),
		view: parseView(params.get('at'), warn),
		showNetwork: parseFlag(params, 'network', DEFAULT_STATE.showNetwork, warn),
		lang: LANGS.includes(lang as Lang) ? (lang as Lang) : null,
		...parseExplore(params, known.siteIds, warn)
	};
	return { state, warnings };
}

export function serializeState(state: AppState): URLSearchParams {
	const params = new URLSearchParams();
	const { filters: f } = state;
	if (f.regions.length) params.set('regions', f.regions.join(','));
	if (f.stages.length) params.set('stages', f.stages.join(','));
	if (f.stageMatch !== NO_FILTERS.stageMatch) params.set('match', f.stageMatch);
	if (f.statuses.length) params.set('statuses', f.statuses.join(','));
	if (f.initiatives.length) params.set('initiatives', f.initiatives.join(','));
	if (f.q) params.set('q', f.q);
	if (state.selection) params.set(state.selection.kind, state.selection.id);
	if (state.view) params.set('at', formatView(state.view));
	if (state.showNetwork !== DEFAULT_STATE.showNetwork) params.set('network', state.showNetwork ? '1' : '0');
	serializeExplore(state, params);
	if (state.lang) params.set('lang', state.lang);
	return params;
}

/** `?a=b` or '' — for links and history entries; `extra`: the page's own parameters (the embed's flags), kept. */
export function toSearch(state: AppState, extra?: URLSearchParams): string {
	const params = serializeState(state);
	for (const [name, value] of extra ?? []) params.set(name, value);
	const query = params.toString();
	return query ? `?${query}` : '';
}

/** Rounded so links stay short: ~10 m at the centre, a tenth of a zoom level. */
export function roundView(view: MapView): MapView {
	const round = (n: number, digits: number) => Number(n.toFixed(digits));
	return { lat: round(view.lat, 4), lon: round(view.lon, 4), zoom: round(view.zoom, 1) };
}

function formatView(view: MapView): string {
	const v = roundView(view);
	return `${v.lat},${v.lon},${v.zoom}`;
}

function parseSelection(params: URLSearchParams, known: Known, warn: Warn): Selection {
	const region = params.get('region');
	const site = params.get('site');
	let selection: Selection = null;
	if (site !== null) {
		if (known.siteIds.has(site)) selection = { kind: 'site', id: site };
		else warn('site', site, 'unknown-id');
	}
	if (region !== null) {
		if (!known.regionIds.has(region)) warn('region', region, 'unknown-id');
		else if (selection) warn('region', region, 'conflict');
		else selection = { kind: 'region', id: region };
	}
	return selection;
}

function parseFilters(params: URLSearchParams, known: Known, warn: Warn): Filters {
	const regionOrder = [...known.regionIds];
	const initiativeOrder = [...(known.initiativeIds ?? [])];
	const match = params.get('match');
	if (match !== null && match !== 'any' && match !== 'all') warn('match', match, 'invalid-value');
	let q = (params.get('q') ?? '').trim();
	if (q.length > MAX_QUERY_LENGTH) {
		warn('q', q, 'invalid-value');
		q = q.slice(0, MAX_QUERY_LENGTH);
	}
	return {
		regions: parseList(params, 'regions', regionOrder, 'unknown-id', warn),
		stages: parseList<Stage>(params, 'stages', STAGES, 'invalid-value', warn),
		stageMatch: match === 'all' ? 'all' : 'any',
		statuses: parseList<Status>(params, 'statuses', STATUSES, 'invalid-value', warn),
		initiatives: parseList(params, 'initiatives', initiativeOrder, 'unknown-id', warn),
		q
	};
}

/** A comma-separated set, in the options' canonical order so serialising is stable. */
function parseList<T extends string>(params: URLSearchParams, name: string, options: readonly T[], reason: Warning['reason'], warn: Warn): T[] {
	const raw = params.get(name);
	if (raw === null) return [];
	const given = new Set(
		raw
			.split(',')
			.map((v) => v.trim())
			.filter(Boolean)
	);
	for (const value of given) if (!options.includes(value as T)) warn(name, value, reason);
	return options.filter((option) => given.has(option));
}

/** Plain decimal only, as the app writes it: no hex (0x10), exponent (1e1), Infinity, sign + or blanks. */
const DECIMAL = /^-?\d+(\.\d+)?$/;

function parseView(raw: string | null, warn: Warn): MapView | null {
	if (raw === null) return null;
	const parts = raw.split(',').map((p) => (DECIMAL.test(p) ? Number(p) : NaN));
	const [lat, lon, zoom] = parts;
	const ok = parts.length === 3 && parts.every(Number.isFinite) && Math.abs(lat!) <= 85 && Math.abs(lon!) <= 180 && zoom! >= 0 && zoom! <= 22;
	if (!ok) {
		warn('at', raw, 'invalid-value');
		return null;
	}
	return roundView({ lat: lat!, lon: lon!, zoom: zoom! });
}

export function parseFlag(params: URLSearchParams, name: string, fallback: boolean, warn: Warn): boolean {
	const raw = params.get(name);
	if (raw === null) return fallback;
	if (raw === '0' || raw === '1') return raw === '1';
	warn(name, raw, 'invalid-value');
	return fallback;
}

function clip(text: string): string {
	return text.length > MAX_SHOWN_VALUE ? `${text.slice(0, MAX_SHOWN_VALUE)}…` : text;
}
