/** The app state's way into SvelteKit: the page's URL, client-side navigation, the browser's languages. */
import { browser } from '$app/environment';
import { goto, pushState, replaceState } from '$app/navigation';
import { page } from '$app/state';
import type { AppEnv } from './app.svelte';

/**
 * A change of this page's own parameters (a filter, a place, a site opened) is a shallow history
 * entry (pushState/replaceState), not a SvelteKit navigation: the route, its data and its scroll
 * stay, so the router's work (3–5 ms of a town pick, before the list could update) is skipped.
 * Shallow entries leave `page.url` as it was, so the state reads the address itself, again each
 * time it may have changed: a shallow entry made here, the reader going back or forward, or a
 * SvelteKit navigation (a link, a route change).
 */
let moved = $state(0);
if (browser) addEventListener('popstate', () => moved++);

export const kitEnv: AppEnv = {
	url: () => {
		if (!browser) return null;
		void page.url;
		void moved;
		return new URL(location.href);
	},
	go: (href, push) => {
		try {
			// eslint-disable-next-line svelte/no-navigation-without-resolve -- `href` is this page's own pathname (base path included) with a new search
			(push ? pushState : replaceState)(href, {});
		} catch {
			// The router has not started yet (a link's URL cleaned while the page hydrates): it cannot
			// take a shallow entry, so this one is a navigation.
			// eslint-disable-next-line svelte/no-navigation-without-resolve -- as above
			return goto(href, { replaceState: !push, keepFocus: true, noScroll: true });
		}
		moved++;
	},
	languages: () => (browser ? navigator.languages : [])
};
