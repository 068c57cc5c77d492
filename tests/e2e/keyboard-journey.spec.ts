import { test, expect, openMap } from './fixtures';
import { siteById } from './data';

/** What has focus, described the way a screen reader user would hear it. */
async function focused(page: import('@playwright/test').Page): Promise<{ tag: string; name: string; inPanel: boolean; siteId: string | null }> {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		return {
			tag: el?.tagName.toLowerCase() ?? '',
			name: (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim().replace(/\s+/g, ' '),
			inPanel: Boolean(el?.closest('[data-testid="panel"]')),
			siteId: el?.getAttribute('data-site-id') ?? null
		};
	});
}

test('keyboard only: from page load to a site’s sources and back', async ({ page }) => {
	await openMap(page);
	// 1. The first Tab stop is the skip link; it leads to the list.
	await page.keyboard.press('Tab');
	expect(await focused(page)).toMatchObject({ tag: 'a', name: 'Skip to the list of sites' });
	await page.keyboard.press('Enter');
	// 2. Next: the list's "only in view" option, then the list itself (one Tab stop).
	await page.keyboard.press('Tab');
	expect(await focused(page)).toMatchObject({ tag: 'input', name: '' });
	await expect(page.getByRole('checkbox', { name: 'Only sites in the map view' })).toBeFocused();
	await page.keyboard.press('Tab');
	const first = await focused(page);
	expect(first.tag).toBe('button');
	expect(first.siteId).not.toBeNull();
	// 3. Arrow to Novolitio, then open it.
	const target = siteById('novolitio-cubillos-del-sil');
	for (let i = 0; i < 40 && (await focused(page)).siteId !== target.properties.id; i++) await page.keyboard.press('ArrowDown');
	expect((await focused(page)).siteId).toBe(target.properties.id);
	await page.keyboard.press('Enter');
	// 4. The panel takes focus on its heading.
	expect(await focused(page)).toMatchObject({ tag: 'h2', name: target.properties.name, inPanel: true });
	// 5. Tab through the panel to the first source link; every stop stays in the panel.
	let stop = await focused(page);
	for (let i = 0; i < 12 && !(stop.tag === 'a' && stop.name === 'diariodeleon.es'); i++) {
		await page.keyboard.press('Tab');
		stop = await focused(page);
		expect(stop.inPanel).toBe(true);
	}
	expect(stop).toMatchObject({ tag: 'a', name: 'diariodeleon.es', inPanel: true });
	const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
	expect(href).toBe(target.properties.sources[0]!.url);
	// 6. Escape closes the panel and focus returns to the entry that opened it.
	await page.keyboard.press('Escape');
	await expect(page.getByTestId('panel')).toHaveCount(0);
	expect(await focused(page)).toMatchObject({ tag: 'button', siteId: target.properties.id });
});

test('the map has a description and a keyboard help popover', async ({ page }) => {
	await openMap(page);
	const mapArea = page.locator('main.map-area');
	await expect(mapArea).toHaveAccessibleDescription(/three battery recycling valleys/);
	const help = page.getByRole('button', { name: 'Keyboard shortcuts of the map' });
	await help.focus();
	await page.keyboard.press('Enter');
	const popover = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
	await expect(popover).toBeVisible();
	await expect(popover).toContainText('zoom in / out');
	await page.keyboard.press('Escape');
	await expect(popover).toBeHidden();
});
