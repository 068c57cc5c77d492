import { beforeAll, describe, expect, it } from 'vitest';
import { App, type AppEnv } from '../../src/lib/state/app.svelte';
import { mapGeometry } from '../../src/lib/data/geometry';
import { readDataset } from '../../src/lib/server/load';
import { distanceKm } from '../../src/lib/state/near-index';
import { asofEngine, nearEngine } from '../../src/lib/state/explore.svelte';
import { statusAsOf } from '../../src/lib/state/asof';

// The ranking and the as-of code are chunks of their own; a page fetches them when a place or a year is set, the tests once here.
beforeAll(() => Promise.all([nearEngine.load(), asofEngine.load()]));

const dataset = readDataset();
const data = { dataset, geometry: mapGeometry(dataset) };
const byId = new Map(dataset.sites.map((s) => [s.properties.id, s]));

function appAt(start: string) {
	let url = $state(new URL(start, 'https://map.example'));
	const env: AppEnv = { url: () => url, go: (href) => void (url = new URL(href, url)), languages: () => ['en'] };
	return { app: new App(data, env), href: () => `${url.pathname}${url.search}` };
}

describe('App: near a place', () => {
	it('ranks the matching sites by great-circle distance, cut at the radius, with the km', () => {
		const { app } = appAt('/?near=orano-cime-bessines&within=1200&statuses=operating');
		const origin = byId.get('orano-cime-bessines')!.geometry.coordinates;
		const ids = app.matchingSites.map((s) => s.properties.id);
		const expected = dataset.sites
			.filter((s) => s.properties.status === 'operating')
			.map((s) => ({ id: s.properties.id, km: distanceKm(origin, s.geometry.coordinates) }))
			.filter((s) => s.km <= 1200)
			.sort((a, b) => a.km - b.km);
		expect(ids).toEqual(expected.map((s) => s.id));
		expect(ids[0]).toBe('orano-cime-bessines');
		expect(app.explore.km('orano-cime-bessines')).toBe(0);
		expect(ids.length).toBeGreaterThan(3);
		expect(ids.length).toBeLessThan(dataset.sites.length);
		// Facet counts follow the radius: no count exceeds the sites within it.
		const within = dataset.sites.filter((s) => distanceKm(origin, s.geometry.coordinates) <= 1200).length;
		expect(app.counts.statuses.get('operating')).toBe(expected.length);
		expect([...app.counts.statuses.values()].reduce((a, b) => a + b, 0)).toBe(within);
	});

	it('offers to widen a radius that leaves nothing, to the nearest match', () => {
		const { app } = appAt('/?near=40.4168,-3.7038&within=10&stages=black-mass');
		expect(app.matchingSites).toEqual([]);
		const nearest = app.explore.nearestOutside!;
		expect(byId.get(nearest.id)!.properties.stages).toContain('black-mass');
		expect(nearest.km).toBeGreaterThan(10);
	});

	it('writes the place, the radius and the year into the link', () => {
		const { app, href } = appAt('/?stages=black-mass');
		app.setNear({ kind: 'site', id: 'cta-sevilla' });
		expect(href()).toBe('/?stages=black-mass&near=cta-sevilla');
		app.setWithin(400);
		expect(href()).toBe('/?stages=black-mass&near=cta-sevilla&within=400');
		app.setAsof(2021);
		expect(href()).toBe('/?stages=black-mass&near=cta-sevilla&within=400&asof=2021');
		app.setNear(null, null);
		app.setAsof(null);
		expect(href()).toBe('/?stages=black-mass');
	});
});

describe('App: as of a year', () => {
	it('shows each site in the status it had then and hides the rest; counts follow', () => {
		const { app } = appAt('/?asof=2021');
		const today = app.explore.today;
		const expected = dataset.sites.flatMap((s) => {
			const r = statusAsOf(s.properties.history, s.properties.status, 2021, today);
			return r.kind === 'shown' ? [[s.properties.id, r.status] as const] : [];
		});
		expect(expected.length).toBeGreaterThan(3);
		expect(new Map(app.matchingSites.map((s) => [s.properties.id, s.properties.status]))).toEqual(new Map(expected));
		// Bessines was announced in 2021, operating only from 2023.
		expect(app.matchingSites.find((s) => s.properties.id === 'orano-cime-bessines')?.properties.status).toBe('announced');
		expect(app.counts.statuses.get('operating')).toBe(expected.filter(([, s]) => s === 'operating').length);
		// The map draws the same statuses.
		expect(app.explore.displaySites.find((s) => s.properties.id === 'orano-cime-bessines')?.properties.status).toBe('announced');
	});

	it('without a year, shows today', () => {
		const { app } = appAt('/');
		expect(app.matchingSites).toHaveLength(dataset.sites.length);
		expect(app.explore.years!.min).toBeLessThan(2000);
	});
});
