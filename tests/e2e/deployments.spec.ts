// Issue 15, "The documented deployments must work": each way of serving the build loads the app,
// the embed and the share pages — under each of their names — with zero failed requests, zero
// console errors and the map drawn. Targets: `npm start`, and Debian's nginx with the snippet.
// The page is on the target's origin, not the tests' baseURL: Playwright's own `test`, and the
// shared guard called here with that origin (and failed requests and Permissions-Policy notices).
import { test, expect, type Page } from '@playwright/test';
import { toOrigins, watchPage } from './fixtures';
import { readFileSync, readdirSync } from 'node:fs';
import { headersFor } from '../../scripts/headers.js';
import { HOST_CONFIG_FILES } from '../../scripts/routes.js';
import { headersFromRules, parseHeadersFile } from '../servers/headers-file';
import { nginxTarget, npmStart, skipWithoutNginx } from '../servers/targets';

async function mapIdle(page: Page): Promise<void> {
	await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', /idle|moving/, { timeout: 30_000 });
	await page.waitForFunction(() => Boolean(window.__bvm));
	await page.evaluate(() => window.__bvm!.whenIdle());
	// Something was drawn from the data: valleys or sites are on the canvas.
	const drawn = await page.evaluate(() => ['valleys-fill', 'sites-point', 'sites-cluster'].flatMap((layer) => window.__bvm!.rendered(layer)));
	expect(drawn.length).toBeGreaterThan(0);
}

/**
 * [path, where it must end up, what to wait for]: each page type under each of its names. The map
 * pages are drawn to idle once per target; their other names only need to land on the canonical
 * path with every asset loaded (a wrong relative path shows as 404s and no hydration).
 */
const PAGES: Array<[string, string, 'map' | 'hydrated' | 'page']> = [
	['/', '/', 'map'],
	['/index.html', '/', 'hydrated'],
	['/?site=cta-sevilla', '/?site=cta-sevilla', 'map'],
	['/embed', '/embed', 'map'],
	['/embed/', '/embed', 'hydrated'],
	['/embed.html?regions=ES61', '/embed?regions=ES61', 'hydrated'],
	['/sites/cta-sevilla', '/sites/cta-sevilla', 'page'],
	['/sites/cta-sevilla/', '/sites/cta-sevilla', 'page'],
	['/regions/ES41', '/regions/ES41', 'page'],
	['/regions/ES41/', '/regions/ES41', 'page'],
	['/es/sites/cta-sevilla/', '/es/sites/cta-sevilla', 'page']
];

for (const target of [npmStart, nginxTarget()]) {
	test.describe(target.name, () => {
		test.beforeEach(() => skipWithoutNginx(target));

		for (const [path, canonical, wait] of PAGES) {
			test(`${path} loads cleanly${wait === 'map' ? ' and draws the map' : ''}`, async ({ page }) => {
				const origin = target.origin();
				const problems = watchPage(page, { allow: toOrigins(origin), report: /Permissions-Policy|Permissions policy/i, httpErrors: true });
				await page.goto(`${origin}${path}`);
				expect(page.url()).toBe(`${origin}${canonical}`);
				if (wait === 'map') await mapIdle(page);
				// Hydrated: the app's script ran and set the map's state.
				else if (wait === 'hydrated') await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', /.+/);
				else await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
				// The stylesheet applied (relative asset paths resolved): the page is not unstyled.
				expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
				expect(problems).toEqual([]);
			});
		}
	});
}

/** URL path of each file a static host serves from build/ (pages without .html, as Cloudflare and Netlify serve them). */
function servedPaths(dir = 'build', prefix = ''): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = `${prefix}/${entry.name}`;
		if (entry.isDirectory()) return servedPaths(`${dir}/${entry.name}`, path);
		if (/\.(br|gz)$/.test(entry.name) || (prefix === '' && HOST_CONFIG_FILES.includes(entry.name))) return [];
		return path === '/index.html' ? ['/'] : [path.replace(/\.html$/, '')];
	});
}

test('Netlify / Cloudflare Pages: build/_headers reads cleanly and gives every file of the build its headers, once', () => {
	const rules = parseHeadersFile(readFileSync('build/_headers', 'utf8'));
	expect(rules.length, 'Cloudflare Pages reads at most 100 rules').toBeLessThanOrEqual(100);
	const paths = servedPaths();
	expect(paths.length).toBeGreaterThan(50);
	for (const path of paths) expect(headersFromRules(rules, path), path).toEqual(headersFor(path, { frameAncestors: process.env.FRAME_ANCESTORS }));
});
