import type { Locator, Page } from '@playwright/test';
import { test, expect, openMap } from './fixtures';

// The a11y audit's small-screen failures (WCAG 1.4.10 reflow, 2.4.11 focus not obscured), each
// measured the way it was found: element sizes, what covers what, what is on screen.

/** Whether `el` is what a person sees at its own centre (nothing is drawn over it there). */
async function uncovered(page: Page, el: Locator): Promise<boolean> {
	return el.evaluate((node) => {
		const r = node.getBoundingClientRect();
		const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
		return hit !== null && (hit === node || node.contains(hit));
	});
}

async function onScreen(page: Page, el: Locator): Promise<boolean> {
	const box = await el.boundingBox();
	const vp = page.viewportSize()!;
	return box !== null && box.y >= 0 && box.y + box.height <= vp.height && box.x >= 0 && box.x + box.width <= vp.width;
}

for (const size of [
	{ width: 390, height: 844 },
	{ width: 600, height: 400 },
	{ width: 320, height: 256 }
]) {
	test(`the narrow embed's list is a usable box that scrolls by itself (${size.width}×${size.height})`, async ({ page }) => {
		await page.setViewportSize(size);
		await openMap(page, '/embed?list=1&filters=1');
		const list = page.getByTestId('site-list').locator('ul');
		const { height, scroll } = await list.evaluate((ul) => ({ height: ul.clientHeight, scroll: ul.scrollHeight }));
		// The audit measured 4 px. At least two entries' height, and the rest reached by scrolling the list itself.
		expect(height).toBeGreaterThanOrEqual(Math.min(150, size.height * 0.45) - 1);
		expect(scroll).toBeGreaterThan(height);
		// Focus on the first entry: it is on screen, not under anything.
		const first = list.locator('[data-site-id]').first();
		await first.focus();
		await expect(first).toBeFocused();
		await first.evaluate((el) => el.scrollIntoView({ block: 'nearest' }));
		expect(await uncovered(page, first)).toBe(true);
	});
}

test('at 320×256 (400 % zoom) the map does not cover the filters', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 256 });
	await openMap(page, '/');
	const search = page.getByRole('combobox', { name: 'Search sites' });
	await search.focus();
	await search.evaluate((el) => el.scrollIntoView({ block: 'center' }));
	expect(await uncovered(page, search)).toBe(true);
	const heading = page.getByRole('heading', { name: 'Filters', level: 2 });
	await heading.evaluate((el) => el.scrollIntoView({ block: 'center' }));
	expect(await uncovered(page, heading)).toBe(true);
});

test('on a phone with a site open, the sheet hides neither the legend nor the attribution button', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openMap(page, '/?site=cta-sevilla');
	await expect(page.getByTestId('panel')).toBeVisible();
	expect(await uncovered(page, page.getByTestId('legend').locator('summary'))).toBe(true);
	expect(await uncovered(page, page.locator('.maplibregl-ctrl-attrib-button'))).toBe(true);
});

test('on a phone, Enter on a list entry shows the panel heading on screen, and a ?site= link starts Tab at the skip link', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openMap(page, '/?site=cta-sevilla');
	expect(await page.evaluate(() => window.scrollY)).toBe(0);
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to the list of sites' })).toBeFocused();

	await openMap(page, '/');
	const entry = page.getByTestId('site-list').locator('[data-site-id]').nth(3);
	await entry.focus();
	await page.keyboard.press('Enter');
	const heading = page.getByTestId('panel').getByRole('heading', { level: 2 });
	await expect(heading).toBeFocused();
	// After the list's own effects have run (they used to scroll the page and push the heading off screen).
	await page.waitForTimeout(300);
	expect(await onScreen(page, heading)).toBe(true);
});

test('every filter row and facet heading is a target of at least 24 px (WCAG 2.5.8)', async ({ page }) => {
	await openMap(page, '/?regions=ES41&stages=black-mass&statuses=operating&initiatives=batmass');
	const panel = page.getByTestId('filter-panel');
	const targets = panel.locator('label:has(input[type=checkbox]), summary');
	expect(await targets.count()).toBeGreaterThan(15);
	const heights = await targets.evaluateAll((els) => els.map((el) => [el.textContent?.trim().slice(0, 30), el.getBoundingClientRect().height] as const));
	const small = heights.filter(([, h]) => h < 24);
	expect(small, `rows under 24 px: ${JSON.stringify(small)}`).toEqual([]);
});

test('on a short desktop with every facet open, the site list keeps a usable height and the sidebar scrolls', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await openMap(page, '/');
	for (const facet of ['regions', 'stages', 'statuses', 'initiatives'])
		await page.getByTestId('filter-panel').locator(`[data-facet="${facet}"] > summary`).click();
	await expect(page.getByTestId('filter-panel').locator('details[open]')).toHaveCount(4);
	const list = page.getByTestId('site-list').locator('ul');
	expect((await list.boundingBox())!.height).toBeGreaterThan(200);
	await list.locator('[data-site-id]').first().click();
	await expect(page.getByTestId('panel').getByRole('heading', { level: 2 })).toBeVisible();
});
