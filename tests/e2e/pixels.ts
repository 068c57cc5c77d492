import type { Page } from '@playwright/test';

/** How many pixels differ (RGB distance over 30) between two same-sized screenshots, and out of how many. */
export function differingPixels(page: Page, a: Buffer, b: Buffer): Promise<{ changed: number; total: number }> {
	return page.evaluate(
		async ([a, b]) => {
			const load = async (b64: string) => {
				const img = new Image();
				img.src = `data:image/png;base64,${b64}`;
				await img.decode();
				const c = Object.assign(document.createElement('canvas'), { width: img.width, height: img.height });
				const ctx = c.getContext('2d')!;
				ctx.drawImage(img, 0, 0);
				return ctx.getImageData(0, 0, c.width, c.height).data;
			};
			const [x, y] = await Promise.all([load(a!), load(b!)]);
			let changed = 0;
			for (let i = 0; i < x.length; i += 4) if (Math.abs(x[i]! - y[i]!) + Math.abs(x[i + 1]! - y[i + 1]!) + Math.abs(x[i + 2]! - y[i + 2]!) > 30) changed++;
			return { changed, total: x.length / 4 };
		},
		[a.toString('base64'), b.toString('base64')]
	);
}
