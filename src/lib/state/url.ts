/**
 * URL codec: the URL is the single source of truth for what is on screen.
 * Singular names are the one item open in the panel (`region=`, `site=`); plural names are
 * filter sets (`regions=`, `stages=`, `statuses=`, `initiatives=`); `q=` is the text search;
 * `at=lat,lon,zoom` is the map view. Parsing never throws: bad input is dropped with a warning.
 */
import { LANGS, STAGES, STATUSES, type Lang, type Stage, type Status } from '$lib/data/schema';
import { NO_FILTERS, type Filters } from './filters';

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
};

/** Presentation flags of the /embed view (ignored, with a notice, by the full app). */
export type EmbedFlags = {
	panel: boolean;
	list: boolean;
	filters: boolean;
	legend: boolean;
	theme: 'light' | 'dark';
	/** Heading shown above the map; empty = none. */
	title: string;
	/** Target origin for messages to the host page; null = '*' (the map only sends public data). */
	origin: string | null;
};

export const DEFAULT_EMBED: EmbedFlags = { panel: true, list: false, filters: false, legend: true, theme: 'light', title: '', origin: null };

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

export const DEFAULT_STATE: AppState = { selection: null, filters: NO_FILTERS, view: null, showNetwork: true, lang: null };

const STATE_PARAMS = ['region', 'site', 'regions', 'stages', 'match', 'statuses', 'initiatives', 'q', 'at', 'network', 'lang'];
const EMBED_PARAMS = ['panel', 'list', 'filters', 'legend', 'theme', 'title', 'origin'];
const MAX_TITLE_LENGTH = 120;
/** Long enough for any id, short enough that a pasted essay is not echoed back. */
const MAX_SHOWN_VALUE = 60;
export const MAX_QUERY_LENGTH = 100;

type Warn = (param: string, value: string, reason: Warning['reason']) => void;

export type Mode = 'full' | 'embed';

export function parseState(params: URLSearchParams, known: Known, mode: Mode = 'full'): { state: AppState; embed: EmbedFlags; warnings: Warning[] } {
	const warnings: Warning[] = [];
	const warn: Warn = (param, value, reason) => warnings.push({ param: clip(param), value: clip(value), reason });

	const knownParams = new Set(mode === 'embed' ? [...STATE_PARAMS, ...EMBED_PARAMS] : STATE_PARAMS);
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
		lang: LANGS.includes(lang as Lang) ? (lang as Lang) : null
	};
	const embed = mode === 'embed' ? parseEmbedFlags(params, warn) : DEFAULT_EMBED;
	return { state, embed, warnings };
}

function parseEmbedFlags(params: URLSearchParams, warn: Warn): EmbedFlags {
	const theme = params.get('theme');
	if (theme !== null && theme !== 'light' && theme !== 'dark') warn('theme', theme, 'invalid-value');
	const title = (params.get('title') ?? '').trim().slice(0, MAX_TITLE_LENGTH);
	const origin = params.get('origin');
	let validOrigin: string | null = null;
	if (origin !== null) {
		try {
			const url = new URL(origin);
			if ((url.protocol === 'https:' || url.protocol === 'http:') && url.origin === origin.replace(/\/$/, '')) validOrigin = url.origin;
			else warn('origin', origin, 'invalid-value');
		} catch {
			warn('origin', origin, 'invalid-value');
		}
	}
	return {
		panel: parseFlag(params, 'panel', DEFAULT_EMBED.panel, warn),
		list: parseFlag(params, 'list', DEFAULT_EMBED.list, warn),
		filters: parseFlag(params, 'filters', DEFAULT_EMBED.filters, warn),
		legend: parseFlag(params, 'legend', DEFAULT_EMBED.legend, warn),
		theme: theme === 'dark' ? 'dark' : 'light',
		title,
		origin: validOrigin
	};
}

export function serializeEmbedFlags(flags: EmbedFlags, params = new URLSearchParams()): URLSearchParams {
	for (const key of ['panel', 'list', 'filters', 'legend'] as const) {
		if (flags[key] !== DEFAULT_EMBED[key]) params.set(key, flags[key] ? '1' : '0');
	}
	if (flags.theme !== DEFAULT_EMBED.theme) params.set('theme', flags.theme);
	if (flags.title) params.set('title', flags.title);
	if (flags.origin) params.set('origin', flags.origin);
	return params;
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
	if (state.lang) params.set('lang', state.lang);
	return params;
}

/** `?a=b` or '' — for links and history entries; embed flags are kept when given. */
export function toSearch(state: AppState, embed?: EmbedFlags): string {
	const params = serializeState(state);
	if (embed) serializeEmbedFlags(embed, params);
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

function parseFlag(params: URLSearchParams, name: string, fallback: boolean, warn: Warn): boolean {
	const raw = params.get(name);
	if (raw === null) return fallback;
	if (raw === '0' || raw === '1') return raw === '1';
	warn(name, raw, 'invalid-value');
	return fallback;
}

function clip(text: string): string {
	return text.length > MAX_SHOWN_VALUE ? `${text.slice(0, MAX_SHOWN_VALUE)}…` : text;
}
