/** The app state's way into SvelteKit: the page's URL, client-side navigation, the browser's languages. */
import { browser } from '$app/environment';
import { goto } from '$app/navigation';
import { page } from '$app/state';
import type { AppEnv } from './app.svelte';

export const kitEnv: AppEnv = {
	url: () => (browser ? page.url : null),
	// eslint-disable-next-line svelte/no-navigation-without-resolve -- `href` is this page's own pathname (base path included) with a new search
	go: (href, push) => goto(href, { replaceState: !push, keepFocus: true, noScroll: true }),
	languages: () => (browser ? navigator.languages : [])
};
