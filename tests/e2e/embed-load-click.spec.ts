import { test, expect, mapIdle, openMap } from './fixtures';
import { mapLibreFiles } from './maplibre-chunk';
import { posterSites } from './poster-sites';

// /embed?load=click: the poster and an "Explore the map" button; MapLibre's code is fetched only
// when a reader activates the button, then the live map takes over at the poster's view.

const requested = (urls: string[], files = mapLibreFiles()) => urls.filter((u) => files.test(u));

for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 412, height: 860 }
]) {
	test(`at ${viewport.width}×${viewport.height}: nothing of MapLibre before the button; Enter loads the live map at the same view`, async ({ page }) => {
		await page.setViewportSize(viewport);
		const urls: string[] = [];
		page.on('request', (r) => urls.push(r.url()));
		await page.goto('/embed?load=click');
		const button = page.getByRole('button', { name: 'Explore the map' });
		await expect(button).toBeVisible();
		await expect(page.getByTestId('poster').locator('svg:visible')).toBeVisible();
		await expect(page.getByTestId('map')).toHaveCount(0);
		// Everything else of the page has loaded (data, fonts): still no MapLibre.
		await page.waitForLoadState('networkidle');
		expect(urls.some((u) => u.includes('/app-data.json'))).toBe(true);
		expect(requested(urls)).toEqual([]);
		await page.screenshot({ path: `test-results/embed-load-click-${viewport.width}.png` });
		const before = await posterSites(page);

		await button.focus();
		await page.keyboard.press('Enter');
		await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', /idle|moving/);
		await mapIdle(page);
		expect(requested(urls).length).toBeGreaterThanOrEqual(1);
		await expect(page.getByTestId('poster')).toHaveCount(0);
		// The button the keyboard was on is gone: the map has the focus, not the page's body.
		await expect(page.getByTestId('map').locator('canvas')).toBeFocused();
		await expect(button).toHaveCount(0);
		// The same view: every site where the poster drew it.
		const canvas = (await page.getByTestId('map').locator('canvas').boundingBox())!;
		const worst = await page.evaluate(
			({ before, canvas }) => {
				const map = window.__bvm!.map;
				const features = map.querySourceFeatures('sites', { sourceLayer: undefined }).filter((f) => f.properties?.id);
				const at = new Map(features.map((f) => [String(f.properties!.id), (f.geometry as GeoJSON.Point).coordinates as [number, number]]));
				let worst = 0;
				for (const s of before) {
					const ll = at.get(s.id);
					if (!ll) continue;
					const p = map.project(ll);
					worst = Math.max(worst, Math.hypot(canvas.x + p.x - s.x, canvas.y + p.y - s.y));
				}
				return worst;
			},
			{ before, canvas }
		);
		expect(worst).toBeLessThanOrEqual(2);
	});
}

test('the button speaks the page language, and a mouse click starts the map too', async ({ page }) => {
	await page.goto('/embed?load=click&lang=it');
	await expect(page.getByRole('button', { name: 'Esplora la mappa' })).toBeVisible();
	await page.goto('/embed?load=click&lang=es&regions=ES41');
	const button = page.getByRole('button', { name: 'Explorar el mapa' });
	await expect(page.getByTestId('poster')).toHaveClass(/dimmed/);
	await button.click();
	await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', /idle|moving/);
	await mapIdle(page);
	expect(new URL(page.url()).searchParams.get('load')).toBe('click');
});

test('an unknown load= value is ignored with the usual notice, and the map loads at once', async ({ page }) => {
	await openMap(page, '/embed?load=lazy');
	await expect(page.getByTestId('notice')).toContainText('load');
	await expect(page.getByTestId('notice')).toContainText('lazy');
	await expect(page.getByRole('button', { name: 'Explore the map' })).toHaveCount(0);
	expect(new URL(page.url()).searchParams.has('load')).toBe(false);
});

test('the embed dialog offers it: the code then asks for load=click', async ({ page }) => {
	await openMap(page, '/');
	await page.getByRole('button', { name: 'Embed this map' }).click();
	const dialog = page.getByRole('dialog', { name: 'Embed this map' });
	const option = dialog.getByRole('checkbox', { name: /Load the map only when a reader clicks/ });
	await expect(option).not.toBeChecked();
	await expect(dialog.getByRole('textbox', { name: 'HTML code to paste' })).not.toHaveValue(/load=click/);
	await option.check();
	await expect(dialog.getByRole('textbox', { name: 'HTML code to paste' })).toHaveValue(/load=click/);
	// The preview is that embed: poster and button.
	const preview = page.frameLocator('[data-testid="embed-preview"]');
	await expect(preview.getByRole('button', { name: 'Explore the map' })).toBeVisible();
});
