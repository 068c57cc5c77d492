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

	// The map fitted the region in the part of the map the panel leaves free: the region's west and
	// east ends (lon −7.08 and −1.80 at 41.5° N) are drawn between the map's left edge and the panel.
	await mapIdle(page);
	const canvas = (await page.getByTestId('map').locator('canvas').boundingBox())!;
	const panelBox = (await panel.boundingBox())!;
	for (const end of [
		[-7.0, 41.5],
		[-1.85, 41.5]
	] as Array<[number, number]>) {
		const px = await page.evaluate((ll) => window.__bvm!.project(ll), end);
		expect(px.x, `lon ${end[0]} on the map`).toBeGreaterThan(0);
		expect(canvas.x + px.x, `lon ${end[0]} left of the panel`).toBeLessThan(panelBox.x);
	}
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
