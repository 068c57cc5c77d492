import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, mapIdle, openMap, rendered } from './fixtures';
import { siteById } from './data';
import { framingRuleChunk } from './maplibre-chunk';

// Faults a reader's browser meets (a data file that fails, a lost graphics context, a basemap file
// that fails): the page degrades with a visible, localised message and what still works keeps working.
// Each test allows exactly the console error of the request it makes fail, nothing else.

const DATA = '**/app-data.json?*';
const FAILED = /Failed to load resource: net::ERR_FAILED/;
const HTTP_500 = /Failed to load resource: the server responded with a status of 500/;
const SITE = siteById('cta-sevilla');

/** The prerendered list's entry for the site (a button: the list is in the HTML before any script). */
const listEntry = (page: Page) => page.getByTestId('site-list').locator(`[data-site-id="${SITE.properties.id}"]`);

test.describe('the data file is aborted', () => {
	test.use({ allowConsoleErrors: [FAILED] });

	test('the prerendered list stays, a message says the map could not load, and the list opens site pages', async ({ page }) => {
		let requests = 0;
		await page.route(DATA, (route) => (requests++, route.abort()));
		await page.goto('/');
		const failure = page.getByTestId('data-failure');
		await expect(failure).toBeVisible();
		await expect(failure).toContainText('The interactive map could not load');
		await expect(failure.getByRole('button', { name: 'Retry now' })).toBeEnabled();
		// No error page: the header and the list are the prerendered ones.
		await expect(page.getByText('500')).toHaveCount(0);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(listEntry(page)).toBeVisible();
		// Retry at once, then automatically (after 2 s): each is a new request.
		await failure.getByRole('button', { name: 'Retry now' }).click();
		await expect.poll(() => requests).toBeGreaterThanOrEqual(2);
		await expect.poll(() => requests, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
		await expect(failure).toBeVisible();
		await page.screenshot({ path: 'test-results/faults-data-failure.png' });
		// The list still leads somewhere: each entry opens the site's own page.
		await listEntry(page).click();
		await expect(page).toHaveURL(new RegExp(`/sites/${SITE.properties.id}$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(SITE.properties.name);
	});
});

test.describe('the data file answers HTTP 500, then recovers', () => {
	test.use({ allowConsoleErrors: [HTTP_500] });

	test('Retry starts the map with the data, the message goes, the list selects on the map', async ({ page }) => {
		let fail = true;
		await page.route(DATA, (route) => (fail ? route.fulfill({ status: 500, body: 'Internal Server Error' }) : route.continue()));
		await page.goto('/');
		const failure = page.getByTestId('data-failure');
		await expect(failure).toBeVisible();
		fail = false;
		await failure.getByRole('button', { name: 'Retry now' }).click();
		await expect(failure).toHaveCount(0);
		await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', /idle|moving/, { timeout: 30_000 });
		await mapIdle(page);
		await listEntry(page).click();
		await expect(page.getByTestId('panel').getByRole('heading', { level: 2 })).toHaveText(SITE.properties.name);
	});
});

test('a data file of the wrong shape is refused with the same message (in Spanish for ?lang=es), never a TypeError', async ({ page }) => {
	await page.route(DATA, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ dataset: { sites: {} } }) }));
	const warnings: string[] = [];
	page.on('console', (msg) => void (msg.type() === 'warning' && warnings.push(msg.text())));
	await page.goto('/?lang=es');
	const failure = page.getByTestId('data-failure');
	await expect(failure).toContainText('No se ha podido cargar el mapa interactivo');
	await expect(failure.getByRole('button', { name: 'Reintentar ahora' })).toBeVisible();
	await expect(listEntry(page)).toBeVisible();
	// The console names the file and the field.
	expect(warnings.join('\n')).toContain('/app-data.json › dataset › regions');
});

test('a truncated data file is refused, and the next attempt that gets the whole file starts the map', async ({ page }) => {
	const whole = readFileSync('build/app-data.json', 'utf8');
	let attempts = 0;
	await page.route(DATA, (route) =>
		++attempts === 1 ? route.fulfill({ status: 200, contentType: 'application/json', body: whole.slice(0, whole.length / 2) }) : route.continue()
	);
	await page.goto('/');
	await expect(page.getByTestId('data-failure')).toBeVisible();
	// The automatic retry (2 s later) gets the whole file.
	await expect(page.getByTestId('data-failure')).toHaveCount(0, { timeout: 20_000 });
	await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', /idle|moving/);
	expect(attempts).toBe(2);
});

test.describe('the embed with a failing data file', () => {
	test.use({ allowConsoleErrors: [FAILED] });

	test('tells its host page with bvm:error and shows the message', async ({ page }) => {
		await page.route(DATA, (route) => route.abort());
		// A page of the app's own origin plays the host (the second origin is covered by embed-api.spec.ts).
		await page.goto('/accessibility');
		await page.evaluate(() => {
			const w = window as unknown as { received: unknown[] };
			w.received = [];
			const frame = document.createElement('iframe');
			frame.id = 'map';
			frame.src = '/embed?regions=ES61';
			frame.style.cssText = 'width:800px;height:600px';
			window.addEventListener('message', (e) => void (e.source === frame.contentWindow && w.received.push(e.data)));
			document.body.append(frame);
		});
		const frame = page.frameLocator('#map');
		await expect(frame.getByTestId('data-failure')).toContainText('The interactive map could not load');
		const received = () => page.evaluate(() => (window as unknown as { received: Array<{ type: string }> }).received);
		await expect
			.poll(async () => (await received()).filter((m) => m.type === 'bvm:error'))
			.toEqual([{ type: 'bvm:error', v: 1, error: 'data', message: expect.stringContaining('/app-data.json') }]);
		// No bvm:ready: the map does not listen before it has started.
		expect((await received()).map((m) => m.type)).not.toContain('bvm:ready');
	});
});

test('WebGL context lost: a notice, the list still works, and the restored map draws the current state', async ({ page }) => {
	await openMap(page, '/');
	await page.evaluate(() => {
		const gl = (window.__bvm!.map as unknown as { painter: { context: { gl: WebGLRenderingContext } } }).painter.context.gl;
		const ext = gl.getExtension('WEBGL_lose_context')!;
		(window as unknown as { loseContext: WEBGL_lose_context }).loseContext = ext;
		ext.loseContext();
	});
	const map = page.getByTestId('map');
	await expect(map).toHaveAttribute('data-map-state', 'lost');
	await expect(page.getByTestId('map-lost')).toContainText('The map stopped drawing');
	// The list opens the site's panel while the map cannot draw (no exception: the guard checks).
	await listEntry(page).click();
	await expect(page.getByTestId('panel').getByRole('heading', { level: 2 })).toHaveText(SITE.properties.name);
	await expect(page).toHaveURL(/site=cta-sevilla/);

	await page.evaluate(() => (window as unknown as { loseContext: WEBGL_lose_context }).loseContext.restoreContext());
	await expect(page.getByTestId('map-lost')).toHaveCount(0);
	await expect(map).toHaveAttribute('data-map-state', /idle|moving/);
	await mapIdle(page);
	// Redrawn with the state of now: the selected site is marked and drawn, the camera went to it.
	const state = await page.evaluate((id) => window.__bvm!.map.getFeatureState({ source: 'sites', id }), SITE.properties.id);
	expect(state).toMatchObject({ selected: true });
	expect(await rendered(page, 'sites-point')).toContain(SITE.properties.id);
	const zoom = await page.evaluate(() => window.__bvm!.map.getZoom());
	expect(zoom).toBeGreaterThan(6);
	await page.screenshot({ path: 'test-results/faults-webgl-restored.png' });
});

test.describe('a basemap file fails', () => {
	test.use({ allowConsoleErrors: [FAILED] });

	test('a notice says so, and the regions and sites stay drawn and usable', async ({ page }) => {
		await page.route('**/basemap/countries.geojson', (route) => route.abort());
		await openMap(page, '/');
		await expect(page.getByTestId('basemap-failed')).toContainText('The background map (land, borders, cities) could not be loaded');
		expect(await rendered(page, 'valleys-fill')).toEqual(expect.arrayContaining(['ES41', 'ES61', 'ITC4']));
		expect((await rendered(page, 'sites-point')).length + (await rendered(page, 'sites-cluster')).length).toBeGreaterThan(0);
		await listEntry(page).click();
		await expect(page.getByTestId('panel').getByRole('heading', { level: 2 })).toHaveText(SITE.properties.name);
		await page.screenshot({ path: 'test-results/faults-basemap.png' });
	});
});

test.describe("the framing rule's chunk fails", () => {
	test.use({ allowConsoleErrors: [FAILED] });

	test('a link with a view of its own still gets the live map (at the opening fit), not the poster for good', async ({ page }) => {
		await page.route(framingRuleChunk(), (route) => route.abort());
		await page.goto('/embed?site=cta-sevilla');
		await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'idle');
		await expect(page.getByTestId('poster')).toHaveCount(0);
		// The site's panel and the list work without it.
		await expect(page.getByRole('heading', { level: 2, name: SITE.properties.name })).toBeVisible();
	});
});
