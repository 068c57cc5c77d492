/**
 * `npm run bench` sections 8 and 9: "near" and "as of" in the real app, on synthetic sites.
 * - near: a town chosen in the search box while a radius is set (`near=` + `within=`) → the list
 *   shows the new ranking, and → the map is idle; beside it, a plain filter change in the same run.
 * - asof: one step of the year slider → the list (and its summary) shows that year; → the map is
 *   idle, with the longest frame (requestAnimationFrame interval) while it redraws.
 * Everything is timed inside the page (no driver round trips). See bench/README.md.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import type { LonLat } from '../src/lib/state/near';
import { nearIndex, rankNearIndices } from '../src/lib/state/near-index';
import { STEP_TIMEOUT_MS, LOAD_TIMEOUT_MS } from './measure';

type SiteLike = { properties: { id: string; history?: Array<{ event: string; date: string }> }; geometry: { coordinates: [number, number] } };

export function readSites(file: string): SiteLike[] {
	return (JSON.parse(readFileSync(file, 'utf8')) as { features: SiteLike[] }).features;
}

/** The towns the near scenario measures from, as static/basemap/cities.geojson has them (lat, lon). */
export const NEAR_TOWNS = [
	{ name: 'Sevilla', lat: 37.24, lon: -5.99 },
	{ name: 'Valladolid', lat: 41.6528, lon: -4.7236 },
	{ name: 'Bergamo', lat: 45.695, lon: 9.67 }
] as const;
/** The place the page opens at (Madrid, from the same file) and the radius kept. */
export const NEAR_START = { lat: 40.4169, lon: -3.7033 };
export const NEAR_WITHIN = 400;

/** What the list must show after choosing a town: its first entries and how many sites in all (the same kd-tree as the app). */
export function expectedNear(
	sites: readonly SiteLike[],
	town: { lat: number; lon: number },
	within: number
): { first: string[]; count: number; pureMs: number } {
	const points: LonLat[] = sites.map((s) => s.geometry.coordinates);
	nearIndex(points);
	const t0 = performance.now();
	// The app's ranking: positions in order; the km are worked out only for what is shown.
	const ranked = rankNearIndices(nearIndex(points), [town.lon, town.lat], { within });
	const pureMs = performance.now() - t0;
	return { first: ranked.slice(0, 5).map((i) => sites[i]!.properties.id), count: ranked.length, pureMs };
}

async function newPage(browser: Browser) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
	context.setDefaultTimeout(STEP_TIMEOUT_MS);
	context.setDefaultNavigationTimeout(LOAD_TIMEOUT_MS);
	await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
	return { context, page: await context.newPage() };
}

async function openAndSettle(page: import('@playwright/test').Page, url: string): Promise<void> {
	await page.goto(url, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
	await page.waitForFunction(() => performance.getEntriesByName('bvm:first-idle').length > 0 && Boolean(window.__bvm), null, {
		timeout: LOAD_TIMEOUT_MS,
		polling: 50
	});
	await page.evaluate(() => window.__bvm!.whenIdle());
	await page.waitForTimeout(300);
}

export type NearRun = { listMs: number; mapMs: number };

/**
 * Opens `/?near=<Madrid>&within=400`, types the town's name in the search box and, timed from
 * the click on the town's suggestion: the list shows the expected nearest sites; the map holds
 * the sites within the radius and is idle (the camera frames the new ring).
 */
export async function nearRun(
	browser: Browser,
	origin: string,
	town: (typeof NEAR_TOWNS)[number],
	expected: { first: string[]; count: number }
): Promise<NearRun> {
	const { context, page } = await newPage(browser);
	try {
		await openAndSettle(page, `${origin}/?near=${NEAR_START.lat},${NEAR_START.lon}&within=${NEAR_WITHIN}`);
		// The town list is fetched because the link measures from a point: the suggestion shows at once.
		await page.getByTestId('near-place').waitFor();
		await page.waitForFunction(() => !/point/.test(document.querySelector('[data-testid="near-place"]')?.textContent ?? ''));
		return await page.evaluate(
			async ({ name, near, first, count, timeout }) => {
				const hook = window.__bvm!;
				const deadline = performance.now() + timeout;
				const box = document.querySelector<HTMLInputElement>('input[role="combobox"]')!;
				// Type (the text search's debounce is 150 ms; the pick below comes first and cancels it).
				box.focus();
				box.value = name;
				box.dispatchEvent(new Event('input', { bubbles: true }));
				let option: HTMLElement | undefined;
				while (!option) {
					await new Promise(requestAnimationFrame);
					option = [...document.querySelectorAll<HTMLElement>('[role="option"]')].find((o) => o.textContent?.includes(name));
					if (performance.now() > deadline) throw new Error(`no suggestion for ${name}`);
				}
				const before = hook.visibleCount();
				const t0 = performance.now();
				option.click();
				// Polled with zero-delay timers, not once per frame: a frame (16 ms) would be most of the 30 ms target.
				const list = (async () => {
					for (;;) {
						const ids = [...document.querySelectorAll<HTMLElement>('[data-testid="site-list"] [data-site-id]')]
							.slice(0, first.length)
							.map((el) => el.dataset.siteId);
						if (new URLSearchParams(location.search).get('near') === near && ids.join() === first.join()) return performance.now() - t0;
						if (performance.now() > deadline) throw new Error(`the list never showed the sites nearest ${name}: ${ids.join()}`);
						await new Promise((r) => setTimeout(r, 0));
					}
				})();
				const map = (async () => {
					while (hook.visibleCount() !== count) {
						if (performance.now() > deadline) throw new Error(`the map holds ${hook.visibleCount()} sites, not ${count} (before: ${before})`);
						await new Promise(requestAnimationFrame);
					}
					await hook.whenIdle();
					return performance.now() - t0;
				})();
				const [listMs, mapMs] = await Promise.all([list, map]);
				return { listMs, mapMs };
			},
			{ name: town.name, near: `${town.lat},${town.lon}`, first: expected.first, count: expected.count, timeout: STEP_TIMEOUT_MS }
		);
	} finally {
		await context.close();
	}
}

/** Sites shown as of `year` with the synthetic histories (announced by then; they never stop). */
export function expectedAsof(sites: readonly SiteLike[], year: number): number {
	return sites.filter((s) => Number(s.properties.history?.[0]?.date ?? Infinity) <= year).length;
}

export type AsofStep = { year: number; listMs: number; mapMs: number; longestFrameMs: number; medianFrameMs: number };

/**
 * Opens `/?asof=<from>` and moves the year slider one step at a time up to `to`; each step timed
 * from the slider's input event: the summary and the list show the year with the expected count;
 * the map is idle; the frames (rAF intervals) in between give the map's frame time.
 */
export async function asofRun(browser: Browser, origin: string, from: number, to: number, counts: Record<number, number>): Promise<AsofStep[]> {
	const { context, page } = await newPage(browser);
	try {
		await openAndSettle(page, `${origin}/?asof=${from}`);
		return await page.evaluate(
			async ({ from, to, counts, timeout }) => {
				const hook = window.__bvm!;
				const slider = document.querySelector<HTMLInputElement>('[data-testid="asof-control"] input[type="range"]')!;
				const steps: Array<{ year: number; listMs: number; mapMs: number; longestFrameMs: number; medianFrameMs: number }> = [];
				for (let year = from + 1; year <= to; year++) {
					const deadline = performance.now() + timeout;
					const want = `As of ${year}: ${counts[year]} sites`;
					const frames: number[] = [];
					let last = performance.now();
					let running = true;
					const tick = (now: number) => {
						frames.push(now - last);
						last = now;
						if (running) requestAnimationFrame(tick);
					};
					const t0 = performance.now();
					last = t0;
					requestAnimationFrame(tick);
					slider.value = String(year);
					slider.dispatchEvent(new Event('input', { bubbles: true }));
					let listMs: number;
					for (;;) {
						const summary = document.querySelector('[data-testid="asof-summary"]')?.textContent ?? '';
						if (summary.includes(want)) {
							listMs = performance.now() - t0;
							break;
						}
						if (performance.now() > deadline) throw new Error(`the list never showed "${want}" (shows "${summary.trim()}")`);
						await new Promise((r) => setTimeout(r, 0));
					}
					while (hook.visibleCount() !== counts[year]) {
						if (performance.now() > deadline) throw new Error(`the map holds ${hook.visibleCount()} sites as of ${year}, not ${counts[year]}`);
						await new Promise(requestAnimationFrame);
					}
					await hook.whenIdle();
					const mapMs = performance.now() - t0;
					running = false;
					const sorted = [...frames].sort((a, b) => a - b);
					steps.push({ year, listMs, mapMs, longestFrameMs: sorted.at(-1) ?? 0, medianFrameMs: sorted[Math.floor(sorted.length / 2)] ?? 0 });
					await new Promise((r) => setTimeout(r, 100));
				}
				return steps;
			},
			{ from, to, counts, timeout: STEP_TIMEOUT_MS }
		);
	} finally {
		await context.close();
	}
}
