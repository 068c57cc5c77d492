/**
 * The search box's town suggestions ("Distances from León, Spain") and what choosing one does:
 * `near=` at the town's point, the typed text no longer a search. The town list is the app's
 * (fetched on first typing, see state/town-list.ts); country names come from Intl, in the UI language.
 */
import { format } from '$lib/i18n/format';
import type { App } from '$lib/state/app.svelte';
import { townPoint } from '$lib/state/towns';

/** One option of the search box's list: `key` comes back to `pick`. */
export type Suggestion = { key: string; label: string };

function countryName(code: string, lang: string): string {
	try {
		return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
	} catch {
		return code;
	}
}

export function townSuggestions(app: App) {
	return {
		/** Towns for what is typed (none until the list has arrived). */
		suggest(text: string): Suggestion[] {
			const list = app.explore.towns;
			if (!list) return [];
			return list.match(text).map(({ town, matched }) => ({
				key: String(list.towns.indexOf(town)),
				label: `${format(app.explore.text.nearFromTownButton, { name: matched === town.name ? town.name : `${matched} (${town.name})` })}, ${countryName(town.country, app.lang)}`
			}));
		},
		pick(key: string): void {
			const town = app.explore.towns?.towns[Number(key)];
			if (town) app.setNearFromSearch(townPoint(town));
		},
		/** The reader typed: fetch the town list (once). */
		load(): void {
			void app.explore.loadTowns();
		}
	};
}
