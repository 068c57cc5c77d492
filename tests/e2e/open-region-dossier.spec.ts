import { test, expect, openMap, clickAt, mapIdle, searchParams } from './fixtures';
import { siteById } from './data';

// An interior point of Castilla y León (Zamora province) with no site or cluster on it.
const CASTILLA_Y_LEON: [number, number] = [-5.9, 41.55];

test('click a valley: the map fits it and the dossier opens; a site in it opens with its sources', async ({ page }) => {
	await openMap(page);
	// Centre the point, so no overlay (legend, title) can be under the pointer on any layout.
	await page.evaluate((center) => window.__bvm!.map.jumpTo({ center, zoom: 6 }), CASTILLA_Y_LEON);
	await mapIdle(page);
	await clickAt(page, CASTILLA_Y_LEON);
	const panel = page.getByTestId('panel');
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Castilla y León');
	expect(searchParams(page).get('region')).toBe('ES41');
	await expect(panel).toContainText('ES41');
	await expect(panel).toContainText('Valladolid');
	await expect(panel).toContainText(/2[,.]401[,.]221/);
	// The regional pilot has no map point; it is listed in the dossier.
	await expect(panel.getByTestId('region-pilots')).toContainText(/raw.materials/i);

	// The map fitted the region: its centre is now inside Castilla y León.
	await mapIdle(page);
	const center = await page.evaluate(() => window.__bvm!.map.getCenter().toArray());
	expect(center[0]).toBeGreaterThan(-7.5);
	expect(center[0]).toBeLessThan(-1.5);
	await page.screenshot({ path: 'tests/e2e/screenshots/region-panel.png' });

	const site = siteById('novolitio-cubillos-del-sil');
	await panel.locator(`[data-site-id="${site.properties.id}"]`).first().click();
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(site.properties.name);
	expect(searchParams(page).get('site')).toBe(site.properties.id);
	expect(searchParams(page).get('region')).toBeNull();
	const links = panel.getByRole('list', { name: 'Sources' }).getByRole('link');
	await expect(links).toHaveCount(site.properties.sources.length);
	const first = links.first();
	await expect(first).toHaveAttribute('href', site.properties.sources[0]!.url);
	await expect(first).toHaveAttribute('target', '_blank');
	await expect(panel).toContainText('Sources checked on');
	await expect(panel).toContainText('The point marks the town, not the plant');
	await page.screenshot({ path: 'tests/e2e/screenshots/site-panel.png' });
});
