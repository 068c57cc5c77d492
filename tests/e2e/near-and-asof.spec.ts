import { test, expect, mapIdle, openMap } from './fixtures';

/** The km shown in the list, in list order. */
/** The km the list shows, once it shows them (the distance code is a chunk fetched when a place is set). */
async function listedKm(page: import('@playwright/test').Page): Promise<number[]> {
	await page.getByTestId('site-list').locator('[data-km]').first().waitFor({ state: 'attached' });
	return page
		.getByTestId('site-list')
		.locator('[data-km]')
		.evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-km'))));
}

test('near a site: from its panel, the list ranks sites by km; the URL carries it and a reload restores it', async ({ page }) => {
	await openMap(page, '/?site=orano-cime-bessines');
	await page.getByTestId('panel').getByRole('button', { name: 'Sites near this one' }).click();
	await expect.poll(() => new URL(page.url()).searchParams.get('near')).toBe('orano-cime-bessines');
	const entries = page.getByTestId('site-list').locator('[data-site-id]');
	await expect(entries.first()).toHaveAttribute('data-site-id', 'orano-cime-bessines');
	const km = await listedKm(page);
	expect(km.length).toBeGreaterThan(20);
	expect(km[0]).toBe(0);
	expect(km).toEqual([...km].sort((a, b) => a - b));
	await expect(page.getByTestId('near-place')).toHaveText('From Orano CIME (Bessines-sur-Gartempe)');

	// The filters' counts count every site until a radius is set (they follow the list a paint later).
	const statusTotal = async () => ((await page.getByTestId('status-counts').innerText()).match(/\d+/g) ?? []).map(Number).reduce((a, b) => a + b, 0);
	const everySite = await statusTotal();
	expect(everySite).toBeGreaterThan(20);

	// A radius: only sites that close; the URL carries it; a reload restores both.
	await page.getByTestId('near-control').getByLabel('Within').selectOption('800');
	await expect.poll(() => new URL(page.url()).searchParams.get('within')).toBe('800');
	const within = await listedKm(page);
	expect(within.length).toBeGreaterThan(1);
	expect(within.length).toBeLessThan(km.length);
	expect(Math.max(...within)).toBeLessThanOrEqual(800);
	await expect.poll(statusTotal).toBeLessThan(everySite);
	expect(await statusTotal()).toBeLessThanOrEqual(within.length);
	await page.reload();
	await expect(page.getByTestId('near-control').getByLabel('Within')).toHaveValue('800');
	expect(await listedKm(page)).toEqual(within);
	await page.getByTestId('panel').getByRole('button', { name: 'Close panel' }).click();
	await mapIdle(page);
	await page.screenshot({ path: 'test-results/near-list.png' });
});

test('nothing within 50 km: one click widens the radius to reach the nearest match', async ({ page }) => {
	await openMap(page, '/?near=40.4168,-3.7038&within=50');
	const noResults = page.getByTestId('no-results');
	await expect(noResults).toContainText('Nothing within 50 km.');
	await noResults.getByTestId('near-widen').click();
	const within = Number(new URL(page.url()).searchParams.get('within'));
	expect(within).toBeGreaterThan(50);
	const km = await listedKm(page);
	expect(km.length).toBeGreaterThan(0);
	expect(Math.max(...km)).toBeLessThanOrEqual(within);
});

test('as of a year: counts and symbols follow, play steps through the years and pause stops', async ({ page }) => {
	await openMap(page, '/');
	const all = await page.getByTestId('site-list').locator('[data-site-id]').count();
	const slider = page.getByTestId('asof-control').getByRole('slider', { name: 'Year' });
	await slider.fill('2021');
	await expect.poll(() => new URL(page.url()).searchParams.get('asof')).toBe('2021');
	await expect(page.getByTestId('asof-summary')).toContainText(/As of 2021: \d+ sites, \d+ operating/);
	const then = await page.getByTestId('site-list').locator('[data-site-id]').count();
	expect(then).toBeLessThan(all);
	// Bessines was announced in 2021 (operating only from November 2023): a ring, "Announced".
	const bessines = page.getByTestId('site-list').locator('[data-site-id="orano-cime-bessines"]');
	await expect(bessines).toContainText('Announced');
	await expect(page.getByTestId('results-announcer')).toContainText(/As of 2021: \d+ sites, \d+ operating/);
	// The map draws the same set.
	await expect.poll(() => page.evaluate(() => window.__bvm!.visibleCount())).toBe(then);
	await mapIdle(page);
	await page.screenshot({ path: 'test-results/asof-2021.png' });

	// Play from 2021: the year advances on its own; pause stops it.
	const play = page.getByTestId('asof-play');
	await play.click();
	await expect(play).toHaveAttribute('aria-pressed', 'true');
	await expect.poll(() => Number(new URL(page.url()).searchParams.get('asof')), { timeout: 10_000 }).toBeGreaterThan(2021);
	await play.click();
	await expect(play).toHaveAttribute('aria-pressed', 'false');
	const paused = new URL(page.url()).searchParams.get('asof');
	await page.waitForTimeout(2000);
	expect(new URL(page.url()).searchParams.get('asof')).toBe(paused);

	await page.getByRole('button', { name: 'Show today' }).click();
	await expect.poll(() => new URL(page.url()).searchParams.get('asof')).toBeNull();
	await expect(page.getByTestId('site-list').locator('[data-site-id]')).toHaveCount(all);
});

test('near a map point: right-click "Measure from here", or M then Enter from the keyboard', async ({ page }) => {
	await openMap(page, '/');
	const canvas = page.getByTestId('map').locator('canvas');
	const box = (await canvas.boundingBox())!;
	const at = await page.evaluate(() => window.__bvm!.project([-5.97317, 37.38283]));
	await page.mouse.click(box.x + at.x, box.y + at.y, { button: 'right' });
	await page.getByRole('menuitem', { name: 'Measure from here' }).click();
	await expect.poll(() => new URL(page.url()).searchParams.get('near')).toMatch(/^3[67]\.\d+,-[56]\.\d+$/);
	const [lat, lon] = new URL(page.url()).searchParams.get('near')!.split(',').map(Number);
	expect(Math.abs(lat! - 37.38283)).toBeLessThan(0.2);
	expect(Math.abs(lon! + 5.97317)).toBeLessThan(0.2);
	const km = await listedKm(page);
	expect(km[0]).toBeLessThan(20);
	expect(km).toEqual([...km].sort((a, b) => a - b));

	// Keyboard: focus the map, M opens the menu at the centre, Enter measures from there.
	await page.getByRole('button', { name: 'Stop measuring distances' }).click();
	await expect.poll(() => new URL(page.url()).searchParams.get('near')).toBeNull();
	await canvas.focus();
	await page.keyboard.press('m');
	await expect(page.getByRole('menuitem', { name: 'Measure from here' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect.poll(() => new URL(page.url()).searchParams.get('near')).toMatch(/^-?\d+(\.\d+)?,-?\d+(\.\d+)?$/);
	expect((await listedKm(page)).length).toBeGreaterThan(0);
});
