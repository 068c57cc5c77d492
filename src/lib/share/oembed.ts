/**
 * oEmbed (https://oembed.com) documents for the map and for each region and site: a `rich` type
 * whose html is the iframe of the matching /embed URL. Pure, so the prerendered endpoints and
 * the unit tests share it.
 */
import { en } from '$lib/i18n/messages';
import { embedSrc, escapeHtml } from '$lib/embed/snippet';
import { DEFAULT_STATE } from '$lib/state/url';
import { DEFAULT_EMBED } from '$lib/embed/flags';
import { shareTitle, type ShareTarget } from './target';

export { oembedPath, shareTitle, type ShareTarget } from './target';

export type OEmbed = {
	type: 'rich';
	version: '1.0';
	title: string;
	provider_name: string;
	provider_url: string;
	html: string;
	width: number;
	height: number;
};

/** Default iframe size: wide enough for the map and the side panel next to it. */
export const EMBED_SIZE = { width: 800, height: 500 } as const;

/** `/embed`, `/embed?region=ES41` or `/embed?site=<id>`: built like the embed dialog's snippet. */
export function embedUrl(target: ShareTarget, origin: string): string {
	const selection = target.kind === 'home' ? null : { kind: target.kind, id: target.id };
	return embedSrc(origin, { ...DEFAULT_STATE, selection }, DEFAULT_EMBED);
}

/** The iframe snippet; `origin` makes its src absolute (required on other websites). */
export function iframeHtml(target: ShareTarget, origin: string): string {
	const title = target.kind === 'home' ? `${en.appTitle}: ${en.mapLabel.toLowerCase()}` : `${shareTitle(target)} · ${en.appTitle}`;
	const { width, height } = EMBED_SIZE;
	const src = escapeHtml(embedUrl(target, origin));
	return `<iframe src="${src}" title="${escapeHtml(title)}" width="${width}" height="${height}" loading="lazy" style="border:0;max-width:100%" allow="fullscreen"></iframe>`;
}

/**
 * The oEmbed document. `origin` is the public address of the deployment (no trailing slash,
 * '' when unknown: the iframe src is then root-relative and only works on the app's own origin).
 */
export function oembed(target: ShareTarget, origin: string): OEmbed {
	return {
		type: 'rich',
		version: '1.0',
		title: shareTitle(target),
		provider_name: en.appTitle,
		provider_url: `${origin}/`,
		html: iframeHtml(target, origin),
		...EMBED_SIZE
	};
}
