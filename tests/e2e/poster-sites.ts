import type { Page } from '@playwright/test';

/** Page position of every site of the visible poster drawing: the centre of its link's own circle, by site id. */
export async function posterSites(page: Page) {
	return page
		.getByTestId('poster')
		.locator('svg:visible a')
		.evaluateAll((links) =>
			links.map((a) => {
				const r = a.querySelector('circle')!.getBoundingClientRect();
				return { id: (a as SVGAElement).href.baseVal.split('/').pop()!, x: r.x + r.width / 2, y: r.y + r.height / 2 };
			})
		);
}
