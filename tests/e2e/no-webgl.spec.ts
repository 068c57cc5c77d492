import { CHROMIUM_ARGS, chromiumPath } from '../chromium';
import { test, expect } from './fixtures';

// Chromium without WebGL: the page says so plainly, and the list, filters and panels still work.
test.use({
	launchOptions: {
		executablePath: chromiumPath,
		args: [...CHROMIUM_ARGS, '--disable-3d-apis', '--disable-webgl']
	}
});

test('without WebGL: a plain notice, and list, filters and panel still work', async ({ page }) => {
	await page.goto('/');
	const map = page.getByTestId('map');
	await expect(map).toHaveAttribute('data-map-state', 'error');
	await expect(map).toContainText('could not start');
	expect(await page.evaluate(() => Boolean(document.createElement('canvas').getContext('webgl')))).toBe(false);

	await page.getByTestId('filter-panel').locator('[data-facet="regions"] summary').click();
	await page.getByRole('checkbox', { name: /Lombardia/ }).check();
	const entries = page.getByTestId('site-list').locator('[data-site-id]');
	await expect(entries).toHaveCount(8);
	await entries.first().click();
	await expect(page.getByTestId('panel').getByRole('heading', { level: 2 })).toBeVisible();
	await expect(page.getByTestId('panel')).toContainText('Sources');
	await page.keyboard.press('Escape');
	await expect(page.getByTestId('panel')).toHaveCount(0);
});
