import type { Locator, Page } from '@playwright/test';
import { test, expect, openMap } from './fixtures';
import { differingPixels } from './pixels';

// Focus a person can see, measured in pixels: a screenshot of the focused element and its
// surroundings differs from the unfocused one (the a11y audit found 0 different pixels on the canvas).

async function focusedPixelsDiffer(page: Page, target: Locator, clip: { x: number; y: number; width: number; height: number }): Promise<number> {
	await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
	const before = await page.screenshot({ clip });
	// Keyboard-style focus (:focus-visible): Tab away and back is not needed, focus() after a key press counts.
	await page.keyboard.press('Shift');
	await target.focus();
	await expect(target).toBeFocused();
	const after = await page.screenshot({ clip });
	return (await differingPixels(page, before, after)).changed;
}

test('the focused map canvas shows a ring inside the map', async ({ page }) => {
	await openMap(page, '/');
	const canvas = page.getByTestId('map').locator('canvas');
	const box = (await canvas.boundingBox())!;
	// A strip along the map's top edge, away from the controls and the help button: only the ring changes there.
	const clip = { x: box.x + 80, y: box.y, width: 200, height: 12 };
	expect(await focusedPixelsDiffer(page, canvas, clip)).toBeGreaterThan(300);
});

test('in forced colours, the map buttons still show focus', async ({ page }) => {
	await page.emulateMedia({ forcedColors: 'active' });
	await openMap(page, '/');
	for (const name of ['Zoom in', 'Zoom out', 'Fit map to results']) {
		const button = page.getByRole('button', { name, exact: true });
		const b = (await button.boundingBox())!;
		expect(await focusedPixelsDiffer(page, button, { x: b.x - 2, y: b.y - 2, width: b.width + 4, height: b.height + 4 }), String(name)).toBeGreaterThan(40);
	}
});

test('in forced colours, the panel draws "Operating" filled and "Planned" hollow, as the legend does', async ({ page }) => {
	await page.emulateMedia({ forcedColors: 'active' });
	const mark = async (site: string) => {
		await openMap(page, `/?site=${site}`);
		const el = page.getByTestId('panel').locator('.status-mark');
		return el.evaluate((e) => {
			const s = getComputedStyle(e);
			return { fill: s.backgroundColor, edge: s.borderTopColor };
		});
	};
	const operating = await mark('cta-sevilla');
	expect(operating.fill).toBe(operating.edge);
	const planned = await mark('novolitio-cubillos-del-sil');
	expect(planned.fill).not.toBe(planned.edge);
});
