import { test, expect, openMap } from './fixtures';

// Credits are required by the licences: on a small map they fold behind a button (not two lines
// over the map), and that button is reached and opened with the keyboard to show every credit.
// (City labels are credited where towns are drawn: not at the zoom of a 400×300 overview.)
const CREDITS = ['Natural Earth', 'EuroGeographics', 'GeoNames'];

test('a 400×300 embed folds the attribution behind a keyboard button that shows every credit', async ({ page }) => {
	await page.setViewportSize({ width: 400, height: 300 });
	await openMap(page, '/embed');
	const attribution = page.locator('.maplibregl-ctrl-attrib');
	const button = attribution.locator('summary');
	await expect(attribution).toHaveClass(/maplibregl-compact/);
	const inner = attribution.locator('.maplibregl-ctrl-attrib-inner');
	await expect(inner).toBeHidden();
	const folded = (await attribution.boundingBox())!;
	expect(folded.height, 'folded attribution is one small button').toBeLessThanOrEqual(32);
	expect(folded.width).toBeLessThanOrEqual(40);

	// Keyboard: Tab reaches the button (its name says what it does), Enter shows every credit, Enter again folds it.
	await expect(button).toHaveAttribute('aria-label', /attribution/i);
	for (let i = 0; i < 30 && !(await button.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
	await expect(button).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(inner).toBeVisible();
	for (const credit of CREDITS) await expect(inner).toContainText(credit);
	await page.keyboard.press('Enter');
	await expect(inner).toBeHidden();
});

test('a wide map shows the attribution in full, without a button', async ({ page }) => {
	await openMap(page, '/');
	const attribution = page.locator('.maplibregl-ctrl-attrib');
	await expect(attribution).not.toHaveClass(/maplibregl-compact/);
	for (const credit of CREDITS) await expect(attribution.locator('.maplibregl-ctrl-attrib-inner')).toContainText(credit);
	await expect(attribution.locator('summary')).toBeHidden();
});
