import { test, expect, openMap } from './fixtures';

// The data travels as one file, fetched once (preloaded), not inlined into the HTML; what is
// loaded on first use (panel, /embed's list, Spanish) still appears when a link asks for it.
const DESCRIPTION = 'former Hullera Vasco Leonesa documentation centre'; // a site description: panel text only

test('/embed fetches its data once as a file; the panel and the list appear when asked', async ({ page, request }) => {
	const html = await (await request.get('/embed')).text();
	expect(html).not.toContain(DESCRIPTION);

	const fetched: string[] = [];
	page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
	await openMap(page, '/embed');
	expect(fetched.filter((p) => p === '/app-data.json')).toHaveLength(1);
	await expect(page.getByTestId('site-list')).toHaveCount(0);

	// The panel arrives on selection with the description from the data file.
	await page.goto('/embed?site=icamcyl-la-robla');
	await expect(page.getByTestId('panel')).toContainText(DESCRIPTION);

	// The list is there when the embed asks for it, and in Spanish when the link says so.
	await page.goto('/embed?list=1&lang=es');
	await expect(page.getByTestId('site-list')).toBeVisible();
	await expect(page.getByText(/Abrir el mapa completo/)).toBeVisible();
});

test('the full page keeps the list in its prerendered HTML, without the data inlined', async ({ page, request }) => {
	const html = await (await request.get('/')).text();
	expect(html).toContain('data-site-id="icamcyl-la-robla"');
	expect(html).not.toContain(DESCRIPTION);
	// The data URL names the build, so a cache never pairs this HTML with another build's data.
	const data = page.waitForRequest(/\/app-data\.json/);
	await page.goto('/');
	expect((await data).url()).toMatch(/\/app-data\.json\?v=[^&]+$/);
});
