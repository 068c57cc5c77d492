import { describe, expect, it } from 'vitest';
import { App, type AppEnv } from '../../src/lib/state/app.svelte';
import { mapGeometry } from '../../src/lib/data/geometry';
import { readDataset } from '../../src/lib/server/load';
import { asofEngine } from '../../src/lib/state/explore.svelte';
import { historyYears } from '../../src/lib/state/asof';

// The as-of code is a chunk fetched when a year is asked for; this file does not load it up front.
const dataset = readDataset();
const data = { dataset, geometry: mapGeometry(dataset) };

function appAt(start: string) {
	const url = new URL(start, 'https://map.example');
	const env: AppEnv = { url: () => url, go: () => {}, languages: () => ['en'] };
	return new App(data, env);
}

describe('the as-of chunk', () => {
	it('the slider’s years need no chunk: the build’s history span gives the same range', () => {
		const app = appAt('/');
		expect(asofEngine.current).toBeNull();
		expect(data.geometry.historySpan).not.toBeNull();
		expect(app.explore.years).toEqual(
			historyYears(
				dataset.sites.map((s) => s.properties.history),
				app.explore.today
			)
		);
	});

	it('until it arrives the sites keep today’s status; then they take the year’s', async () => {
		const app = appAt('/?asof=2021');
		expect(app.explore.year).toBe(2021);
		expect(app.explore.asof).toBeNull();
		expect(app.matchingSites).toHaveLength(dataset.sites.length);
		await asofEngine.load();
		expect(app.explore.asof?.year).toBe(2021);
		expect(app.matchingSites.length).toBeLessThan(dataset.sites.length);
		expect(app.matchingSites.find((s) => s.properties.id === 'orano-cime-bessines')?.properties.status).toBe('announced');
	});
});
