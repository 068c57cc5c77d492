import { test, expect, openMap } from './fixtures';
import { sites } from './data';
import { spreadSharedPoints } from '../../src/lib/data/derive';
import type { SiteFeature } from '../../src/lib/data/schema';

// Build-time SVG maps (src/lib/server/static-map): drawn with MapLibre's projection, so a site sits
// where the live map draws it, and usable without JavaScript.

/** The displayed position of every site (shared points spread, as the live map draws them). */
const displayed = new Map(spreadSharedPoints(sites as unknown as SiteFeature[]).map((s) => [s.properties.id, s.geometry.coordinates as [number, number]]));

type SvgSite = { id: string; x: number; y: number };

/** The SVG's size and, per site link, the centre of its first circle (the site's own position). */
async function svgSites(page: import('@playwright/test').Page, selector: string) {
	return page.locator(selector).evaluate((svg) => {
		const links = [...svg.querySelectorAll('a')].map((a) => {
			const c = a.querySelector('circle')!;
			return { id: a.getAttribute('href')!.split('/').pop()!, x: Number(c.getAttribute('cx')), y: Number(c.getAttribute('cy')) };
		});
		const [, , w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number);
		return { width: w!, height: h!, links, camera: svg.getAttribute('data-camera')! };
	});
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a region page draws its map with a named link on every site, reachable with the keyboard', async ({ page }) => {
		await page.goto('/regions/ITC4');
		const map = page.locator('.static-map svg');
		await expect(map).toBeVisible();
		await expect(map.locator('> title')).toHaveText('Map of Lombardia');
		await expect(page.getByRole('img', { name: 'Map of Lombardia' })).toBeVisible();
		const inRegion = sites.filter((s) => s.properties.region === 'ITC4');
		for (const s of inRegion)
			await expect(map.locator(`a[href="/sites/${s.properties.id}"]`)).toHaveAccessibleName(new RegExp(`^${s.properties.name.replace(/[()]/g, '\\$&')}: `));
		// Tab from the "Open on the map" link lands on the first site of the map; Enter opens its page.
		await page.getByTestId('open-on-map').focus();
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
		expect(focused).toMatch(/^\/sites\//);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`${focused}$`));
		await expect(page.locator('.static-map svg')).toBeVisible();
	});

	test('a site page in Spanish draws the site selected, with its label', async ({ page }) => {
		await page.goto('/es/sites/cta-sevilla');
		const map = page.locator('.static-map svg');
		await expect(map.locator('> title')).toHaveText(/^Mapa del entorno de /);
		await expect(map.locator('a[href="/es/sites/cta-sevilla"] + text')).toContainText('Andalucía');
		await page.screenshot({ path: 'test-results/static-map-site-es.png' });
	});
});

test('the SVG and the live map put every site at the same pixel for the same camera (≤ 2 px)', async ({ page }) => {
	await page.goto('/regions/ITC4');
	const svg = await svgSites(page, '.static-map svg');
	const [lon, lat, zoom] = svg.camera.split(',').map(Number) as [number, number, number];
	expect(svg.links.length).toBeGreaterThan(3);
	await openMap(page, '/');
	const live = await page.evaluate(
		async ({ center, zoom, points }) => {
			const bvm = window.__bvm!;
			bvm.map.jumpTo({ center, zoom });
			await bvm.whenIdle();
			const c = bvm.map.getContainer();
			return { width: c.clientWidth, height: c.clientHeight, points: points.map(([id, ll]) => ({ id, ...bvm.project(ll) })) };
		},
		{ center: [lon, lat] as [number, number], zoom, points: svg.links.map((l) => [l.id, displayed.get(l.id)!] as [string, [number, number]]) }
	);
	const byId = new Map(live.points.map((p) => [p.id, p]));
	let worst = 0;
	for (const s of svg.links as SvgSite[]) {
		const p = byId.get(s.id)!;
		// Same camera: the offset of a site from the centre of each picture must agree.
		const dx = s.x - svg.width / 2 - (p.x - live.width / 2);
		const dy = s.y - svg.height / 2 - (p.y - live.height / 2);
		worst = Math.max(worst, Math.hypot(dx, dy));
	}
	console.log(`static map vs live map, ${svg.links.length} sites: worst ${worst.toFixed(2)} px`);
	expect(worst).toBeLessThanOrEqual(2);
});
