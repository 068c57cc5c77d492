/**
 * What the polite live region says after a change a person made (never on load): the result
 * count after a filter or place change, and "As of {year}: {n} sites, {k} operating" after a
 * year change. Runs as effects of the app state (one per page).
 */
import { format } from '$lib/i18n/format';
import type { App } from './app.svelte';

export function announceChanges(app: App): void {
	let lastFilterKey: string | null = null;
	$effect(() => {
		const key = JSON.stringify([app.filters, app.state.near]);
		const text = format(app.t.resultsAnnounce, { n: app.matchingIds.size, total: app.data.sites.length });
		if (lastFilterKey !== null && key !== lastFilterKey) app.announcement = text;
		lastFilterKey = key;
	});
	let lastYear: number | null | undefined;
	$effect(() => {
		const year = app.explore.year;
		// A year's counts are known once the as-of chunk is there (explore.asof): announce them then.
		if (year !== null && !app.explore.asof) return;
		if (year !== null && lastYear !== undefined && year !== lastYear) {
			// Only a year is announced: without one, no count of every matching site at each change.
			let operating = 0;
			for (const s of app.matchingSites) if (s.properties.status === 'operating') operating++;
			app.announcement = format(app.explore.text.asofAnnounce, { year, n: app.matchingIds.size, operating });
		}
		lastYear = year;
	});
}
