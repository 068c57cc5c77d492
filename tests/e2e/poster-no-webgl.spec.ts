import AxeBuilder from '@axe-core/playwright';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium';
import { test, expect } from './fixtures';

// Without WebGL the build-time poster stays as the map: its sites are links a keyboard user can reach.
// (Launch options are per worker: Playwright accepts them only at the top level of a file.)
test.use({ launchOptions: { executablePath: chromiumPath, args: [...CHROMIUM_ARGS, '--disable-3d-apis', '--disable-webgl'] } });

for (const path of ['/', '/embed']) {
	test(`${path} without WebGL keeps the SVG map: a keyboard user tabs to a site and opens it`, async ({ page }) => {
		await page.goto(path);
		const map = page.getByTestId('map');
		await expect(map).toHaveAttribute('data-map-state', 'error');
		expect(await page.evaluate(() => Boolean(document.createElement('canvas').getContext('webgl')))).toBe(false);
		const poster = page.getByTestId('poster');
		await expect(poster.locator('svg:visible')).toBeVisible();
		await expect(poster).not.toHaveClass(/dimmed/);
		// The notice still says the live map could not start, at the top, clear of the sites.
		const notice = map.getByRole('status');
		await expect(notice).toContainText('could not start');
		const box = (await notice.boundingBox())!;
		const mapBox = (await map.boundingBox())!;
		expect(box.y - mapBox.y).toBeLessThan(40);
		await page.screenshot({ path: `test-results/poster-no-webgl-${path === '/' ? 'home' : 'embed'}.png` });
		// The SVG map as the page's map: no axe violation of any impact (names, roles, ids, the credits' contrast).
		const axe = await new AxeBuilder({ page }).analyze();
		expect(axe.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

		await expect(poster.getByRole('link', { name: /^Corporación Tecnológica de Andalucía \(CTA\): / })).toHaveAttribute('href', '/sites/cta-sevilla');
		await page.getByRole('button', { name: 'Keyboard shortcuts of the map' }).focus();
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => {
			const a = document.activeElement;
			return a?.closest('[data-testid="poster"]') ? { href: a.getAttribute('href')!, name: a.getAttribute('aria-label')! } : null;
		});
		expect(focused?.href).toMatch(/^\/sites\//);
		if (path === '/embed') {
			// From an embed the site's page opens in a new tab.
			const [tab] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('Enter')]);
			await expect(tab).toHaveURL(new RegExp(`${focused!.href}$`));
			await expect(tab.getByRole('heading', { level: 1 })).toHaveText(focused!.name.split(': ')[0]!);
			return;
		}
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`${focused!.href}$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(focused!.name.split(': ')[0]!);
	});
}
