import { test as base, expect, type Page } from '@playwright/test';
// Declares window.__bvm, the map's test hook (installed only under WebDriver).
import '../../src/lib/map/test-hook';

/** Console messages that are noise of software WebGL, not defects of the app. */
const HARMLESS = [/GPU stall due to ReadPixels/i, /Automatic fallback to software WebGL/i];

/**
 * Every test runs under a guard: no console error, no page error, and no request
 * to any origin but the app's own during the whole test.
 */
export const test = base.extend<{ guard: void; allowConsoleErrors: RegExp[] }>({
	/** Console errors a test provokes on purpose (a request it makes fail): `test.use({ allowConsoleErrors: [...] })`. */
	allowConsoleErrors: [[], { option: true }],
	guard: [
		async ({ page, baseURL, allowConsoleErrors }, use) => {
			const problems: string[] = [];
			const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
			page.on('console', (msg) => {
				const text = msg.text();
				if (msg.type() === 'error' && ![...HARMLESS, ...allowConsoleErrors].some((re) => re.test(text))) problems.push(`console: ${text}`);
			});
			page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
			page.on('dialog', (dialog) => {
				problems.push(`dialog: ${dialog.message()}`);
				void dialog.dismiss();
			});
			page.on('request', (req) => {
				const url = req.url();
				if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) problems.push(`foreign request: ${url}`);
			});
			await use();
			expect(problems, 'console errors, page errors, dialogs or foreign requests').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** Open a URL of the app and wait until the map has drawn everything (first idle). */
export async function openMap(page: Page, path = '/'): Promise<void> {
	await page.goto(path);
	await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', /idle|moving/);
	await mapIdle(page);
}

/** Wait for the map to settle after a change (a flag from the first idle is not enough). */
export async function mapIdle(page: Page): Promise<void> {
	await page.waitForFunction(() => Boolean(window.__bvm));
	await page.evaluate(() => window.__bvm!.whenIdle());
}

/** Ids of the features a layer currently draws on screen. */
export async function rendered(page: Page, layer: string): Promise<string[]> {
	return page.evaluate((l) => window.__bvm!.rendered(l), layer);
}

/** Click the map at a geographic position (pixel position from map.project). */
export async function clickAt(page: Page, lngLat: [number, number], action: 'click' | 'hover' = 'click'): Promise<void> {
	const box = await page.getByTestId('map').locator('canvas').boundingBox();
	if (!box) throw new Error('map canvas not visible');
	const px = await page.evaluate((ll) => window.__bvm!.project(ll), lngLat);
	if (action === 'hover') await page.mouse.move(box.x + px.x, box.y + px.y);
	else await page.mouse.click(box.x + px.x, box.y + px.y);
}

/** Drawn site points with the coordinates they are displayed at. */
export async function drawnSites(page: Page): Promise<Array<{ id: string; lngLat: [number, number] }>> {
	return page.evaluate(() => {
		const map = window.__bvm!.map;
		const seen = new Map<string, [number, number]>();
		for (const f of map.queryRenderedFeatures({ layers: ['sites-point'] })) {
			const id = String(f.properties?.id);
			if (f.geometry.type === 'Point' && !seen.has(id)) seen.set(id, f.geometry.coordinates as [number, number]);
		}
		return [...seen].map(([id, lngLat]) => ({ id, lngLat }));
	});
}

/** The legend starts collapsed on narrower maps; open it as a reader would. */
export async function openLegend(page: Page): Promise<void> {
	const legend = page.getByTestId('legend');
	if ((await legend.getAttribute('open')) === null) await legend.locator('summary').click();
	await expect(legend.getByText('Show network links')).toBeVisible();
}

export function searchParams(page: Page): URLSearchParams {
	return new URL(page.url()).searchParams;
}
