/**
 * "Embed this map": the HTML a partner pastes into their page. Pure, so the dialog's preview,
 * its text area and the unit tests all use the very same `src`.
 */
import type { Lang } from '$lib/data/schema';
import { serializeState, type AppState } from '$lib/state/url';
import { DEFAULT_EMBED, serializeEmbedFlags, type EmbedFlags } from './flags';

export type SnippetSize = { mode: 'responsive' } | { mode: 'fixed'; width: number; height: number };

export type SnippetOptions = {
	/** Where the app is served: the origin plus the base path, without a trailing slash. */
	origin: string;
	state: AppState;
	flags: EmbedFlags;
	size: SnippetSize;
	/** Overrides the state's language, so the host page gets one language whatever the reader's browser says. */
	lang?: Lang;
	/** Adds the attribute and script with which the frame grows to fit its content. */
	autoHeight: boolean;
	/** The iframe's accessible name (screen readers announce it before entering the frame). */
	title: string;
};

/** A responsive frame never collapses below this: the map, its controls and a panel need room. */
export const RESPONSIVE_MIN_HEIGHT = 360;
export const FIXED_LIMITS = { min: 200, max: 4000 } as const;

const ENTITIES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;' };

/** Escapes text for an attribute value or a comment: no quote, tag or `-->` can break out. */
export function escapeHtml(text: string): string {
	return text.replace(/[&"'<>]/g, (c) => ENTITIES[c]!);
}

/** The state an embed starts from: the view only when asked for, else the map fits the data or the selection. */
export function embedState(state: AppState, keepView: boolean, lang?: Lang): AppState {
	return { ...state, view: keepView ? state.view : null, lang: lang ?? state.lang };
}

/** The iframe's URL: the same state parameters as the full app, then the non-default presentation flags. */
export function embedSrc(origin: string, state: AppState, flags: EmbedFlags, lang?: Lang): string {
	const params = serializeState(embedState(state, true, lang));
	serializeEmbedFlags(flags, params);
	const query = params.toString();
	return `${trimSlash(origin)}/embed${query ? `?${query}` : ''}`;
}

/** Width and height stay in a range a page can show, whatever was typed. */
export function clampSize(n: number): number {
	if (!Number.isFinite(n)) return FIXED_LIMITS.min;
	return Math.min(FIXED_LIMITS.max, Math.max(FIXED_LIMITS.min, Math.round(n)));
}

function sizeAttributes(size: SnippetSize): string[] {
	if (size.mode === 'fixed') {
		// max-width keeps a fixed frame from overflowing a narrow column or a phone.
		return [`width="${clampSize(size.width)}"`, `height="${clampSize(size.height)}"`, 'style="border:0;max-width:100%"'];
	}
	return [`style="display:block;width:100%;aspect-ratio:16/10;min-height:${RESPONSIVE_MIN_HEIGHT}px;border:0"`];
}

export function embedSnippet(opts: SnippetOptions): string {
	const origin = trimSlash(opts.origin);
	const src = embedSrc(origin, opts.state, opts.flags, opts.lang);
	const attributes = [
		`src="${escapeHtml(src)}"`,
		`title="${escapeHtml(opts.title)}"`,
		...sizeAttributes(opts.size),
		'loading="lazy"',
		// No sandbox: a sandbox without allow-same-origin gives the frame a null origin and blocks its module scripts.
		'allow="fullscreen"',
		'referrerpolicy="strict-origin-when-cross-origin"',
		...(opts.autoHeight ? ['data-bvm-autoheight'] : [])
	];
	const iframe = `<iframe ${attributes.join(' ')}></iframe>`;
	const script = `<script src="${escapeHtml(origin)}/embed.js" async></script>`;
	if (opts.autoHeight) return `${iframe}\n${script}`;
	// The origin inside is escaped, so nothing in the comment can close it early.
	const hint = `<!-- Optional: for a frame whose height follows its content, add data-bvm-autoheight to the iframe and ${script} -->`;
	return `${iframe}\n${hint}`;
}

function trimSlash(origin: string): string {
	return origin.replace(/\/+$/, '');
}

/** What the dialog lets a person choose; everything else comes from the state they are looking at. */
export type EmbedChoices = {
	size: SnippetSize['mode'];
	width: number;
	height: number;
	panel: boolean;
	list: boolean;
	filters: boolean;
	legend: boolean;
	lang: Lang;
	theme: EmbedFlags['theme'];
	title: string;
	keepView: boolean;
	autoHeight: boolean;
	/** `load=click`: the host page gets the poster and a button; the live map loads when a reader asks. */
	loadOnClick: boolean;
};

export function defaultChoices(state: AppState): EmbedChoices {
	const { panel, list, filters, legend, theme } = DEFAULT_EMBED;
	return {
		size: 'responsive',
		width: 800,
		height: 500,
		panel,
		list,
		filters,
		legend,
		lang: state.lang ?? 'en',
		theme,
		title: '',
		keepView: false,
		autoHeight: false,
		loadOnClick: false
	};
}

/** The dialog's choices as snippet options; `frameTitle` names the iframe when no title was given. */
export function snippetOptions(origin: string, state: AppState, c: EmbedChoices, frameTitle: string): SnippetOptions {
	const title = c.title.trim();
	const flags: EmbedFlags = {
		...DEFAULT_EMBED,
		panel: c.panel,
		list: c.list,
		filters: c.filters,
		legend: c.legend,
		theme: c.theme,
		title,
		load: c.loadOnClick ? 'click' : 'auto'
	};
	const size: SnippetSize = c.size === 'fixed' ? { mode: 'fixed', width: c.width, height: c.height } : { mode: 'responsive' };
	return { origin, state: embedState(state, c.keepView), flags, size, lang: c.lang, autoHeight: c.autoHeight, title: title || frameTitle };
}
