import { test, expect } from './fixtures';
import { siteById, sites } from './data';

// Shareable pages for a region or a site: readable by people and crawlers without JavaScript.
test.use({ javaScriptEnabled: false });

test('a site page shows the details and every source without JavaScript', async ({ page }) => {
	const site = siteById('cta-sevilla');
	await page.goto('/sites/cta-sevilla');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(site.properties.name);
	await expect(page.getByTestId('operator')).toHaveText('Corporación Tecnológica de Andalucía');
	for (const source of site.properties.sources) await expect(page.locator(`a[href="${source.url}"]`)).toHaveCount(1);
	await expect(page.getByText('The point marks the town, not the plant')).toBeVisible();
	await expect(page.getByTestId('open-on-map')).toHaveAttribute('href', /\?site=cta-sevilla$/);
	await expect(page.locator('link[type="application/json+oembed"]')).toHaveAttribute('href', /oembed\/site\/cta-sevilla\.json$/);
	await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', site.properties.name);
	await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
});

test('a region page shows the dossier and links to its sites without JavaScript', async ({ page }) => {
	await page.goto('/regions/ES41');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Castilla y León');
	await expect(page.getByText('2,401,221')).toBeVisible();
	const inRegion = sites.filter((s) => s.properties.region === 'ES41');
	expect(inRegion.length).toBeGreaterThan(0);
	// A site with several stages is listed under each of them.
	for (const { properties: p } of inRegion) {
		await expect(page.getByTestId('region-sites').getByRole('link', { name: p.name, exact: true }).first()).toHaveAttribute(
			'href',
			new RegExp(`sites/${p.id}$`)
		);
	}
	await expect(page.getByTestId('open-on-map')).toHaveAttribute('href', /\?region=ES41$/);
});

test('the oEmbed document of a site is a rich iframe of its /embed URL', async ({ request }) => {
	const response = await request.get('/oembed/site/cta-sevilla.json');
	expect(response.headers()['content-type']).toContain('application/json');
	const doc = await response.json();
	expect(doc).toMatchObject({ type: 'rich', version: '1.0', title: siteById('cta-sevilla').properties.name });
	expect(doc.html).toMatch(/^<iframe [^>]*src="[^"]*\/embed\?site=cta-sevilla"[^>]*loading="lazy"/);
});
