import { readFileSync } from 'node:fs';
import { test, expect, openMap, searchParams } from './fixtures';

// The UI in English, Spanish and Italian: ?lang= wins, then the browser's language, then English.
type Text = { en: string; es?: string; it?: string };
const siteText = (id: string): { description: Text; capacity?: Text } => {
	const features: Array<{ properties: { id: string; description: Text; capacity?: Text } }> = JSON.parse(readFileSync('data/sites.geojson', 'utf8')).features;
	const site = features.find((f) => f.properties.id === id);
	if (!site) throw new Error(`no site ${id}`);
	return site.properties;
};

test('?lang=es: Spanish UI, <html lang>, data text and Spanish number grouping', async ({ page }) => {
	await openMap(page, '/?lang=es&site=novolitio-cubillos-del-sil');
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	await expect(page.getByLabel('Buscar instalaciones')).toBeVisible();
	await expect(page.getByTestId('legend').locator('summary')).toHaveText('Leyenda');
	await expect(page.getByRole('button', { name: 'Acercar' })).toBeVisible();
	const panel = page.getByTestId('panel');
	const text = siteText('novolitio-cubillos-del-sil');
	await expect(panel).toContainText(text.description.es!);
	await expect(panel).toContainText('Fuentes consultadas el');
	await expect(panel).not.toContainText('(en inglés)');

	await panel.getByRole('button', { name: 'Castilla y León' }).click();
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Castilla y León');
	await expect(panel).toContainText('2.401.221');
	expect(searchParams(page).get('lang')).toBe('es');
});

test('?lang=it: Italian UI and data text', async ({ page }) => {
	await openMap(page, '/?lang=it&site=seval-colico');
	await expect(page.locator('html')).toHaveAttribute('lang', 'it');
	await expect(page.getByLabel('Cerca siti')).toBeVisible();
	await expect(page.getByTestId('legend').locator('summary')).toHaveText('Legenda');
	const panel = page.getByTestId('panel');
	const text = siteText('seval-colico');
	await expect(panel).toContainText(text.description.it!);
	await expect(panel).toContainText(text.capacity!.it!);
	await expect(panel).toContainText('Dettagli del sito');
});

test('without ?lang the browser language (en-US here) keeps English', async ({ page }) => {
	await openMap(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByLabel('Search sites')).toBeVisible();
});

test('the language switcher changes the language and writes lang= to the URL', async ({ page }) => {
	await openMap(page, '/?region=ES61');
	const switcher = page.getByTestId('language-switcher');
	await switcher.getByLabel('Language').selectOption('it');
	await expect(page.locator('html')).toHaveAttribute('lang', 'it');
	expect(searchParams(page).get('lang')).toBe('it');
	expect(searchParams(page).get('region')).toBe('ES61');
	await expect(page.getByLabel('Cerca siti')).toBeVisible();
	await expect(page.getByTestId('panel')).toContainText('Scheda della regione');
	// MapLibre's own control titles follow the language.
	await expect(page.locator('.maplibregl-ctrl-zoom-in')).toHaveAttribute('title', 'Ingrandisci');
	await switcher.getByLabel('Lingua').selectOption('es');
	expect(searchParams(page).get('lang')).toBe('es');
	await expect(page.getByLabel('Buscar instalaciones')).toBeVisible();
});

test('share pages exist per language and declare it without JavaScript', async ({ request }) => {
	const response = await request.get('/es/sites/cta-sevilla');
	expect(response.status()).toBe(200);
	const html = await response.text();
	expect(html).toMatch(/<html lang="es"/);
	expect(html).toContain(siteText('cta-sevilla').description.es!);
	expect(html).toContain('Abrir en el mapa');
	for (const lang of ['en', 'es', 'it', 'x-default'])
		expect(html).toMatch(new RegExp(`<link rel="alternate" hreflang="${lang}" href="[^"]*sites/cta-sevilla"`));
	expect(html).toMatch(/hreflang="it" href="[^"]*\/it\/sites\/cta-sevilla"/);

	const it = await (await request.get('/it/regions/ES41')).text();
	expect(it).toMatch(/<html lang="it"/);
	expect(it).toContain('2.401.221');
	expect(it).toContain('Castiglia e León');

	const en = await (await request.get('/sites/cta-sevilla')).text();
	expect(en).toMatch(/<html lang="en"/);
	const home = await (await request.get('/')).text();
	expect(home).toMatch(/hreflang="es" href="[^"]*\?lang=es"/);
});
