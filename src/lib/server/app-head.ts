/**
 * The meta tags of the app pages (`/` and `/embed`): description, Open Graph / Twitter card,
 * oEmbed discovery and hreflang alternates. They are read by crawlers and link unfurlers from the
 * prerendered HTML and never change while a page runs, so they are written here at prerender
 * (hooks.server.ts) and the pages' client code carries none of them (~0.8 KB gzipped on `/embed`).
 * The share pages render Meta.svelte themselves.
 */
import { render } from 'svelte/server';
import Meta from '$lib/components/Meta.svelte';
import { messagesFor } from '$lib/i18n';
import { appAlternates } from '$lib/i18n/paths';

const APP_PAGES = ['/', '/embed'] as const;

/** The head tags of an app page (path after the base path), or '' for any other page. */
export function appHeadTags(path: string): string {
	const page = APP_PAGES.find((p) => p === path);
	if (!page) return '';
	// The prerendered app pages are in English; ?lang= or the browser's language switches at run time.
	return render(Meta, { props: { t: messagesFor('en'), path: page, alternates: appAlternates(page) } }).head;
}
