/**
 * The /embed page's presentation flags (`panel`, `list`, `filters`, `legend`, `theme`, `title`,
 * `origin`, `load`): read by the embed route, written by the embed snippet. The full app does not know
 * them (they are reported there as unknown parameters).
 */
import { collectWarnings, parseFlag, type Warn, type Warning } from '$lib/state/url';

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
	/** `click`: the poster with an "Explore the map" button; MapLibre is fetched only when it is pressed. */
	load: 'auto' | 'click';
};

export const DEFAULT_EMBED: EmbedFlags = { panel: true, list: false, filters: false, legend: true, theme: 'light', title: '', origin: null, load: 'auto' };

export const EMBED_PARAMS = ['panel', 'list', 'filters', 'legend', 'theme', 'title', 'origin', 'load'] as const;
const MAX_TITLE_LENGTH = 120;

export function parseEmbedFlags(params: URLSearchParams, warn: Warn = () => {}): EmbedFlags {
	const theme = params.get('theme');
	if (theme !== null && theme !== 'light' && theme !== 'dark') warn('theme', theme, 'invalid-value');
	const load = params.get('load');
	if (load !== null && load !== 'click' && load !== 'auto') warn('load', load, 'invalid-value');
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
		origin: validOrigin,
		load: load === 'click' ? 'click' : 'auto'
	};
}

export function serializeEmbedFlags(flags: EmbedFlags, params = new URLSearchParams()): URLSearchParams {
	for (const key of ['panel', 'list', 'filters', 'legend'] as const) {
		if (flags[key] !== DEFAULT_EMBED[key]) params.set(key, flags[key] ? '1' : '0');
	}
	if (flags.theme !== DEFAULT_EMBED.theme) params.set('theme', flags.theme);
	if (flags.title) params.set('title', flags.title);
	if (flags.origin) params.set('origin', flags.origin);
	if (flags.load !== DEFAULT_EMBED.load) params.set('load', flags.load);
	return params;
}

/** The flags as the app state keeps them on every navigation: normalised, with what was dropped. */
export function readEmbedParams(params: URLSearchParams): { params: URLSearchParams; warnings: Warning[] } {
	const { warnings, warn } = collectWarnings();
	return { params: serializeEmbedFlags(parseEmbedFlags(params, warn)), warnings };
}
