/**
 * What a page shares and where its oEmbed document is: small enough for every page's <head>
 * (the oEmbed document itself, with the iframe snippet, is built only at prerender by ./oembed).
 */
import { en } from '$lib/i18n/messages';

/** What an oEmbed document or a share page is about: the whole map, a region or a site. */
export type ShareTarget = { kind: 'home' } | { kind: 'region' | 'site'; id: string; name: string };

/** Path of the oEmbed document of a target, as prerendered. */
export function oembedPath(target: ShareTarget): string {
	return target.kind === 'home' ? '/oembed.json' : `/oembed/${target.kind}/${encodeURIComponent(target.id)}.json`;
}

/** Title of the target for people: its name, or the app's name for the whole map. */
export function shareTitle(target: ShareTarget): string {
	return target.kind === 'home' ? en.appTitle : target.name;
}
