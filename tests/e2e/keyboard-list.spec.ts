import { test, expect, openMap } from './fixtures';

test('keyboard only: Tab to the list, arrows move, Enter opens the site, Escape returns to the entry', async ({ page }) => {
	await openMap(page);
	// The skip link is the first Tab stop and leads to the list.
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to the list of sites' })).toBeFocused();
	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('checkbox', { name: 'Only sites in the map view' })).toBeFocused();
	await page.keyboard.press('Tab');
	const entries = page.getByTestId('site-list').locator('[data-site-id]');
	await expect(entries.first()).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(entries.nth(1)).toBeFocused();
	const id = await entries.nth(1).getAttribute('data-site-id');

	await page.keyboard.press('Enter');
	const panel = page.getByTestId('panel');
	await expect(panel).toHaveCount(1);
	await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
	expect(new URL(page.url()).searchParams.get('site')).toBe(id);

	await page.keyboard.press('Escape');
	await expect(panel).toHaveCount(0);
	await expect(page.getByTestId('site-list').locator(`[data-site-id="${id}"]`)).toBeFocused();
});

test('selecting a site on the map marks and scrolls to it in the list', async ({ page }) => {
	await openMap(page, '/?site=piomboleghe-brugherio');
	const entry = page.getByTestId('site-list').locator('[data-site-id="piomboleghe-brugherio"]');
	await expect(entry).toHaveAttribute('aria-current', 'true');
	await expect(entry).toBeInViewport();
});
