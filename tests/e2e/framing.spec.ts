import { createHash } from 'node:crypto';
import { test as plain, expect as plainExpect, type Page } from '@playwright/test';
import { test, expect, hostFavicon, HOST, toOrigins, watchPage } from './fixtures';

// "Embed it anywhere": another website may frame /embed, but not the full app.
const APP = `http://127.0.0.1:${process.env.E2E_PORT ?? 4179}`;
const frameAncestors = (csp: string | undefined) => /frame-ancestors ([^;]+)/.exec(csp ?? '')?.[1];

test('the full app, the embed and the assets send their framing and security headers', async ({ request }) => {
	const home = await request.get('/');
	expect(frameAncestors(home.headers()['content-security-policy'])).toBe("'self'");
	expect(home.headers()['x-frame-options']).toBe('SAMEORIGIN');

	for (const path of ['/embed', '/embed?site=cta-sevilla']) {
		const embed = await request.get(path);
		expect(embed.ok(), path).toBe(true);
		expect(frameAncestors(embed.headers()['content-security-policy']), path).toBe('*');
		expect(embed.headers()['x-frame-options'], path).toBeUndefined();
	}

	// The data file that / and /embed fetch: JSON, never sniffed into something else.
	const data = await request.get('/app-data.json');
	expect(data.headers()['content-type']).toContain('application/json');
	expect(data.headers()['x-content-type-options']).toBe('nosniff');
	expect((await data.json()).dataset.sites.length).toBeGreaterThan(0);

	const asset = await request.get('/favicon.svg');
	expect(asset.headers()).toMatchObject({ 'x-content-type-options': 'nosniff', 'referrer-policy': 'strict-origin-when-cross-origin' });
	expect(asset.headers()['content-security-policy']).toContain("object-src 'none'");
});

test('every page carries the app CSP with the hash of each of its inline scripts, no unsafe-inline for scripts', async ({ request }) => {
	for (const path of ['/', '/embed', '/sites/cta-sevilla', '/regions/ES41']) {
		const html = await (await request.get(path)).text();
		const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
		const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
		expect(scriptSrc, path).toMatch(/^'self'( 'sha256-[^']+')+$/);
		// SvelteKit's bootstrap, and on / and /embed the poster's early dimming (scripts/poster-dim.js).
		const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`);
		expect(inline.length, path).toBeGreaterThan(0);
		for (const hash of inline) expect(scriptSrc.split(' '), path).toContain(hash);
		expect(csp, path).toContain("default-src 'self'");
	}
});

/**
 * The top page is the foreign host, so the app's guard (own origin only) does not fit; this test
 * checks that only the two origins are contacted and that the only error is the refused frame.
 */
function watchHostPage(page: Page): string[] {
	return watchPage(page, {
		allow: toOrigins(APP, HOST),
		ignore: (msg) => {
			const text = msg.text();
			const refusedFullApp = /frame-ancestors/.test(text) && text.includes(`${APP}/`) && !text.includes('/embed');
			return refusedFullApp || hostFavicon(msg);
		}
	});
}

plain('a foreign website can frame /embed but not the full app', async ({ page }) => {
	const problems = watchHostPage(page);
	await page.goto(`${HOST}/blank.html`);
	const fullApp = page.waitForResponse(`${APP}/`);
	await page.evaluate((app) => {
		document.body.innerHTML =
			`<iframe id="full" src="${app}/" title="full app" width="600" height="400"></iframe>` +
			`<iframe id="embed" src="${app}/embed" title="embedded map" width="600" height="400"></iframe>`;
	}, APP);

	// The embed renders: its map container appears and draws.
	const map = page.frameLocator('#embed').getByTestId('map');
	await plainExpect(map).toBeVisible({ timeout: 20_000 });
	await plainExpect(map).toHaveAttribute('data-map-state', /idle|moving/, { timeout: 20_000 });

	// The full app was answered, but the browser refused to show it in a foreign frame.
	const response = await fullApp;
	plainExpect(frameAncestors(response.headers()['content-security-policy'])).toBe("'self'");
	const frame = await (await page.$('#full'))?.contentFrame();
	plainExpect(frame).toBeTruthy();
	plainExpect(await frame!.evaluate(() => document.querySelector('[data-testid="map"]'))).toBeNull();
	// Chromium shows its error page in place of a refused frame.
	plainExpect(frame!.url()).toMatch(/^chrome-error:/);

	plainExpect(problems, 'console errors, page errors or requests to a third origin').toEqual([]);
});
