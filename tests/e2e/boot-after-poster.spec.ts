import type { Page } from '@playwright/test';
import { test, expect, mapIdle } from './fixtures';
import { holdRequests } from './maplibre-chunk';
import { BOOT_WAIT_CAP_MS, SLOW_FIRST_BYTE_MS } from '../../src/lib/server/boot-after-poster';

// On / and /embed the app's scripts start once the poster's picture is on screen
// (src/lib/server/boot-after-poster.ts): before, they downloaded and ran while it was drawn.

const ENTRY = '/_app/immutable/entry/';
/** The poster's pictures (their URLs carry a `?v=` query). */
const POSTERS = /\/posters\/(wide|narrow)\.svg/;

/**
 * How long the page's first byte took after its request. Over this the app does not wait
 * (SLOW_FIRST_BYTE_MS): a test server busy with the other tests can be that slow, and each test
 * then checks that the app started at once instead.
 */
function firstByteMs(page: Page): Promise<number> {
	return page.evaluate(() => {
		const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
		return nav.responseStart - nav.requestStart;
	});
}

/** When the poster's picture was painted (its first paint entry) and the app's first script requested, in ms since navigation. */
function timings(page: Page): Promise<{ painted: number | null; requested: number | null }> {
	return page.evaluate(
		(entry) =>
			new Promise((resolve) => {
				const paints: number[] = [];
				const observer = new PerformanceObserver((list) => {
					for (const e of list.getEntries() as Array<PerformanceEntry & { url?: string; renderTime: number }>)
						if (e.url?.includes('/posters/')) paints.push(e.renderTime);
				});
				// Element Timing (the attribute is set by the page's bootstrap) and LCP, which any build reports.
				for (const type of ['element', 'largest-contentful-paint']) observer.observe({ type, buffered: true });
				setTimeout(() => {
					const script = performance.getEntriesByType('resource').find((e) => e.name.includes(entry));
					resolve({ painted: paints.length ? Math.min(...paints) : null, requested: script?.startTime ?? null });
				}, 100);
			}),
		ENTRY
	);
}

/** When the app's first script was requested, in ms since navigation. */
const requestedAt = (page: Page): Promise<number> =>
	page.evaluate((entry) => performance.getEntriesByType('resource').find((e) => e.name.includes(entry))!.startTime, ENTRY);

for (const [path, viewport] of [
	['/embed', { width: 1280, height: 800 }],
	['/', { width: 1280, height: 800 }],
	['/', { width: 390, height: 844 }],
	['/embed', { width: 400, height: 300 }]
] as const) {
	test(`${path} at ${viewport.width}×${viewport.height}: the app's first script is requested once the poster's picture is painted`, async ({ page }) => {
		await page.setViewportSize(viewport);
		await page.goto(path);
		await mapIdle(page);
		const { painted, requested } = await timings(page);
		expect(painted, 'the picture was painted').toBeGreaterThan(0);
		expect(requested, 'the app started').not.toBeNull();
		if ((await firstByteMs(page)) > SLOW_FIRST_BYTE_MS) expect(requested!, 'a slow first byte: no wait').toBeLessThan(painted!);
		else expect(requested!).toBeGreaterThanOrEqual(painted!);
	});
}

test('over a slow connection the app starts at once: the picture is still downloading, and waiting would only delay the map', async ({ page }) => {
	// The page's first byte comes 150 ms after its request (slow 4G's round trip).
	await page.route('**/embed', async (route) => {
		const response = await route.fetch();
		await new Promise((resolve) => setTimeout(resolve, 150));
		await route.fulfill({ response });
	});
	await page.goto('/embed');
	await mapIdle(page);
	expect(await firstByteMs(page)).toBeGreaterThan(SLOW_FIRST_BYTE_MS);
	const { painted, requested } = await timings(page);
	expect(painted).toBeGreaterThan(0);
	expect(requested!).toBeLessThan(painted!);
});

test('while the poster’s picture is on its way the app waits for it; when it comes, the app starts', async ({ page }) => {
	const requests: string[] = [];
	page.on('request', (r) => requests.push(new URL(r.url()).pathname));
	const release = await holdRequests(page, POSTERS);
	await page.goto('/embed', { waitUntil: 'domcontentloaded' });
	// Well within the wait's cap (from when the page's bootstrap ran).
	await page.waitForTimeout(BOOT_WAIT_CAP_MS / 2);
	const started = requests.filter((p) => p.startsWith(ENTRY));
	if ((await firstByteMs(page)) > SLOW_FIRST_BYTE_MS) expect(started.length, 'a slow first byte: no wait').toBeGreaterThan(0);
	else expect(started).toEqual([]);
	release();
	await mapIdle(page);
	expect(requests.filter((p) => p.startsWith(ENTRY)).length).toBeGreaterThan(0);
});

test(`a picture that never comes holds the app back ${BOOT_WAIT_CAP_MS} ms at most`, async ({ page }) => {
	await holdRequests(page, POSTERS);
	await page.goto('/embed', { waitUntil: 'domcontentloaded' });
	await mapIdle(page);
	// The live map came (mapIdle) without it; the app started when the cap ran out.
	if ((await firstByteMs(page)) > SLOW_FIRST_BYTE_MS) expect(await requestedAt(page), 'a slow first byte: no wait').toBeLessThan(BOOT_WAIT_CAP_MS);
	else expect(await requestedAt(page)).toBeGreaterThanOrEqual(BOOT_WAIT_CAP_MS);
});

test.describe('a picture that fails', () => {
	test.use({ allowConsoleErrors: [/Failed to load resource/] });
	test('starts the app at once, not after the cap', async ({ page }) => {
		await page.route(POSTERS, (route) => route.abort());
		await page.goto('/');
		await mapIdle(page);
		expect(await requestedAt(page)).toBeLessThan(BOOT_WAIT_CAP_MS);
	});
});
