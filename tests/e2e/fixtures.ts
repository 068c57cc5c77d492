import { test as base, expect, type ConsoleMessage, type Page, type Request } from '@playwright/test';
import { hostPort } from '../../playwright.config';
// Declares window.__bvm, the map's test hook (installed only under WebDriver).
import '../../src/lib/map/test-hook';

/** Console messages that are noise of software WebGL, not defects of the app. */
const HARMLESS = [/GPU stall due to ReadPixels/i, /Automatic fallback to software WebGL/i];
/** URLs that are not requests to anyone: inline data, the page's own blobs, Chromium's error page. */
const LOCAL_URL = /^(data|blob|chrome-error):/;

/** The second origin of the tests: a foreign website embedding the map (tests/e2e/host-server.js). */
export const HOST = `http://127.0.0.1:${hostPort}`;

export type Watch = {
	/** Whether the page may make this request (inline data and blobs always may). */
	allow: (req: Request) => boolean;
	/** Console errors a test provokes on purpose (besides software WebGL's noise). */
	ignore?: (msg: ConsoleMessage) => boolean;
	/** Console messages of any type that are problems too (e.g. a refused Permissions-Policy feature). */
	report?: RegExp;
	/** Responses of 400 and above, and requests that failed, are problems too. */
	httpErrors?: boolean;
};

/**
 * The one guard of a page: console errors, page errors, dialogs, and requests it may not make,
 * in a list the test expects to stay empty (filled while the page runs). Every test has it on
 * its `page` (the `guard` fixture); tests whose top page is a foreign host call it themselves.
 */
export function watchPage(page: Page, { allow, ignore = () => false, report, httpErrors = false }: Watch): string[] {
	const problems: string[] = [];
	page.on('console', (msg) => {
		const text = msg.text();
		const error = msg.type() === 'error' && !HARMLESS.some((re) => re.test(text)) && !ignore(msg);
		if (error || report?.test(text)) problems.push(`console ${msg.type()}: ${text} (${msg.location().url})`);
	});
	page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
	page.on('dialog', (dialog) => {
		problems.push(`dialog: ${dialog.message()}`);
		void dialog.dismiss();
	});
	page.on('request', (req) => {
		if (!LOCAL_URL.test(req.url()) && !allow(req)) problems.push(`request it may not make: ${req.url()}`);
	});
	if (httpErrors) {
		page.on('response', (res) => void (res.status() >= 400 && problems.push(`HTTP ${res.status()}: ${res.url()}`)));
		page.on('requestfailed', (req) => problems.push(`failed: ${req.url()} (${req.failure()?.errorText})`));
	}
	return problems;
}

/** A request to one of these origins. */
export const toOrigins =
	(...origins: string[]) =>
	(req: Request): boolean =>
		origins.includes(new URL(req.url()).origin);

/** The test host has no favicon: Chromium's automatic request for it is the host's 404, not the map's. */
export const hostFavicon = (msg: ConsoleMessage): boolean => msg.location().url === `${HOST}/favicon.ico`;

/** Whether a request comes from the page's top frame (a worker's request, without a frame, does not). */
export function fromTopFrame(page: Page, req: Request): boolean {
	try {
		return req.frame() === page.mainFrame();
	} catch {
		return false;
	}
}

/**
 * Every test runs under a guard: no console error, no page error, no dialog, and no request
 * to any origin but the app's own during the whole test.
 */
export const test = base.extend<{ guard: void; allowConsoleErrors: RegExp[] }>({
	/** Console errors a test provokes on purpose (a request it makes fail): `test.use({ allowConsoleErrors: [...] })`. */
	allowConsoleErrors: [[], { option: true }],
	guard: [
		async ({ page, baseURL, allowConsoleErrors }, use) => {
			const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
			const problems = watchPage(page, { allow: toOrigins(origin), ignore: (msg) => allowConsoleErrors.some((re) => re.test(msg.text())) });
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
