/**
 * What a reader sees while the data file of `/` or `/embed` cannot be loaded. The page is not
 * hydrated until the data arrives, so the prerendered content stays as it is; this mounts a notice
 * beside it (in the reader's language) with a Retry button, and makes the prerendered list's
 * buttons open each site's own page (which needs no data file) until the app starts.
 * Loaded as a chunk of its own, only when the data failed.
 */
import { mount, unmount } from 'svelte';
import { base } from '$app/paths';
import { LANGS, type Lang } from '$lib/data/vocab';
import { pickLang } from '$lib/i18n/lang';
import { ENGLISH, loadLocale } from '$lib/i18n/locale';
import '$lib/i18n/messages-more'; // the notice's strings
import { langPrefix } from '$lib/i18n/paths';
import DataFailure from './DataFailure.svelte';

export type DataFailureNotice = {
	/** Resolves after `ms`, or at once when the reader presses Retry. */
	wait(ms: number): Promise<void>;
	remove(): void;
};

export function showDataFailure(): DataFailureNotice {
	const param = new URL(location.href).searchParams.get('lang');
	const lang = pickLang(LANGS.includes(param as Lang) ? (param as Lang) : null, navigator.languages);
	const props = $state({ t: ENGLISH.messages, retrying: false, onretry: () => {} });
	loadLocale(lang).then(
		(locale) => (props.t = locale.messages),
		() => {} // English it is.
	);
	const target = document.createElement('div');
	document.body.append(target);
	const component = mount(DataFailure, { target, props });

	const openSite = (event: MouseEvent) => {
		const id = (event.target as Element | null)?.closest<HTMLElement>('[data-site-id]')?.dataset.siteId;
		if (id) location.assign(`${base}${langPrefix(lang)}/sites/${encodeURIComponent(id)}`);
	};
	document.addEventListener('click', openSite);

	return {
		wait(ms) {
			props.retrying = false;
			return new Promise((resolve) => {
				const go = () => {
					clearTimeout(timer);
					props.retrying = true;
					resolve();
				};
				const timer = setTimeout(go, ms);
				props.onretry = go;
			});
		},
		remove() {
			document.removeEventListener('click', openSite);
			void unmount(component);
			target.remove();
		}
	};
}
