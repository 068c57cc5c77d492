import { test, expect, openMap, mapIdle, rendered, searchParams } from './fixtures';
import { sites } from './data';

const andalucia = sites
	.filter((s) => s.properties.region === 'ES61')
	.map((s) => s.properties.id)
	.sort();

async function listedIds(page: import('@playwright/test').Page): Promise<string[]> {
	const ids = await page
		.getByTestId('site-list')
		.locator('[data-site-id]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-site-id')!));
	return ids.sort();
}

/** Opens the region facet and ticks Andalucía. */
async function filterToAndalucia(page: import('@playwright/test').Page): Promise<void> {
	const panel = page.getByTestId('filter-panel');
	await panel.locator('[data-facet="regions"] summary').click();
	await panel.getByRole('checkbox', { name: /Andalucía/ }).check();
}

test('filter to Andalucía: list, map and URL follow; reload keeps it; the count is announced', async ({ page }) => {
	await openMap(page);
	await filterToAndalucia(page);

	await expect.poll(() => listedIds(page)).toEqual(andalucia);
	expect(searchParams(page).get('regions')).toBe('ES61');
	await expect(page.getByTestId('results-announcer')).toHaveText(`${andalucia.length} of ${sites.length} sites shown`);
	await expect(page.getByTestId('filter-summary')).toContainText(`${andalucia.length} of ${sites.length}`);

	// The map draws only those: its source holds exactly them, and what is on screen is among them.
	await mapIdle(page);
	expect(await page.evaluate(() => window.__bvm!.visibleCount())).toBe(andalucia.length);
	await page.evaluate(() => window.__bvm!.map.jumpTo({ center: [-5.5, 37.5], zoom: 8 }));
	await mapIdle(page);
	const drawn = await rendered(page, 'sites-point');
	expect(drawn.length).toBeGreaterThan(0);
	for (const id of drawn) expect(andalucia).toContain(id);
	// Castilla y León has no match: it is dimmed.
	const dimmed = await page.evaluate(() => window.__bvm!.map.getFeatureState({ source: 'regions', id: 'ES41' }).dimmed);
	expect(dimmed).toBe(true);

	await page.reload();
	await expect(page.getByTestId('filter-panel').getByRole('checkbox', { name: /Andalucía/ })).toBeChecked();
	await expect.poll(() => listedIds(page)).toEqual(andalucia);
});

test('a shared link with filters, selection and view opens exactly that; back closes the panel and keeps the filters', async ({ page }) => {
	await openMap(page, '/?regions=ES61&statuses=operating&at=37.4,-5.9,7');
	const center = await page.evaluate(() => window.__bvm!.map.getCenter().toArray());
	expect(center[0]).toBeCloseTo(-5.9, 1);
	expect(center[1]).toBeCloseTo(37.4, 1);
	expect(await page.evaluate(() => window.__bvm!.map.getZoom())).toBeCloseTo(7, 1);

	const list = page.getByTestId('site-list');
	await list.locator('[data-site-id="cta-sevilla"]').click();
	await expect(page.getByTestId('panel').getByRole('heading', { level: 2 })).toContainText('CTA');
	expect(searchParams(page).get('site')).toBe('cta-sevilla');

	await page.goBack();
	await expect(page.getByTestId('panel')).toHaveCount(0);
	expect(searchParams(page).get('regions')).toBe('ES61');
	expect(searchParams(page).get('statuses')).toBe('operating');
	await page.goForward();
	await expect(page.getByTestId('panel')).toHaveCount(1);
});

test('after a filter, another page and back, the map page shows the filter again (shallow history entries)', async ({ page }) => {
	// A filter change is a shallow history entry: SvelteKit keeps the URL the page was loaded with,
	// so coming back from another page must still read the address, not that URL.
	await openMap(page);
	await filterToAndalucia(page);
	await expect.poll(() => listedIds(page)).toEqual(andalucia);

	await page.getByRole('link', { name: 'Accessibility statement' }).click();
	await expect(page).toHaveURL(/\/accessibility$/);
	await page.goBack();
	expect(searchParams(page).get('regions')).toBe('ES61');
	await expect.poll(() => listedIds(page)).toEqual(andalucia);
	await expect(page.getByTestId('filter-panel').getByRole('checkbox', { name: /Andalucía/ })).toBeChecked();
});

test('search ignores accents and case', async ({ page }) => {
	await openMap(page);
	await page.getByRole('combobox', { name: 'Search sites' }).fill('leon');
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('site-list').locator('[data-site-id="ismc-icamcyl-leon"]')).toBeVisible();
	expect(searchParams(page).get('q')).toBe('leon');
});

test('no match: the message offers one-click removal of each filter', async ({ page }) => {
	// The partner's story: Andalucía · black mass or hydrometallurgy · operating has no site today.
	await openMap(page, '/?regions=ES61&stages=black-mass,hydrometallurgy&statuses=operating');
	const none = page.getByTestId('no-results');
	await expect(none).toContainText('No site matches');
	expect(await page.evaluate(() => window.__bvm!.visibleCount())).toBe(0);
	await none.getByRole('button', { name: /Remove: Operating/ }).click();
	await expect(none).toHaveCount(0);
	await expect(page.getByTestId('site-list').locator('[data-site-id="cobre-las-cruces-pmr"]')).toBeVisible();
	expect(searchParams(page).get('statuses')).toBeNull();
	expect(searchParams(page).get('regions')).toBe('ES61');
});

test('a hostile link loads with a notice, no dialog and no page error', async ({ page }) => {
	await openMap(page, '/?stages=<script>alert(1)</script>&at=NaN&regions=XX99&region=ZZ');
	const notice = page.getByTestId('notice');
	await expect(notice).toContainText('XX99');
	await expect(notice).toContainText('<script>alert(1)</script>');
	await expect(page.getByTestId('site-list').locator('[data-site-id]')).toHaveCount(sites.length);
});
