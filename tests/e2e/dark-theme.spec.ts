import { test, expect, openMap } from './fixtures';

// `/embed?theme=dark` darkens the whole map, not only the panel and bar: land, sea, borders and
// labels, with the legend and the (licence-required) attribution readable on it.

/** WCAG contrast of two CSS rgb()/rgba() colours (alpha ignored: both are opaque or nearly). */
function contrast(a: string, b: string): number {
	const lum = (c: string) => {
		const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
			const s = Number(v) / 255;
			return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
	};
	const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

test('the dark embed draws a dark map with a readable legend and attribution', async ({ page }) => {
	await page.setViewportSize({ width: 900, height: 600 });
	await openMap(page, '/embed?theme=dark&regions=ES41');
	await page.screenshot({ path: 'test-results/dark-theme-embed.png' });

	// The map itself is dark: the mean brightness of the canvas pixels.
	const brightness = await page.evaluate(() => {
		const src = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!;
		const c = document.createElement('canvas');
		c.width = 200;
		c.height = 150;
		const ctx = c.getContext('2d')!;
		ctx.drawImage(src, 0, 0, c.width, c.height);
		const d = ctx.getImageData(0, 0, c.width, c.height).data;
		let sum = 0;
		for (let i = 0; i < d.length; i += 4) sum += (d[i]! + d[i + 1]! + d[i + 2]!) / 3;
		return sum / (d.length / 4) / 255;
	});
	expect(brightness, 'mean brightness of the map').toBeLessThan(0.3);

	// The attribution: light text on its dark strip.
	const attrib = await page.locator('.maplibregl-ctrl-attrib').evaluate((el) => {
		const s = getComputedStyle(el);
		return { color: s.color, background: s.backgroundColor };
	});
	expect(contrast(attrib.color, attrib.background)).toBeGreaterThanOrEqual(4.5);

	// The legend: its text on its own background.
	const legend = page.getByTestId('legend');
	await legend.locator('summary').click();
	const colours = await legend.evaluate((el) => {
		const s = getComputedStyle(el);
		return { color: s.color, background: s.backgroundColor };
	});
	expect(contrast(colours.color, colours.background)).toBeGreaterThanOrEqual(4.5);
});

test('the light embed keeps the light map', async ({ page }) => {
	await page.setViewportSize({ width: 900, height: 600 });
	await openMap(page, '/embed?regions=ES41');
	const background = await page.getByTestId('map').evaluate((el) => getComputedStyle(el).backgroundColor);
	expect(contrast(background, 'rgb(255, 255, 255)')).toBeLessThan(1.5);
});
