import { readFileSync } from 'node:fs';
import { test, expect, openMap } from './fixtures';
import { siteById } from './data';

const SITES: Array<{ properties: { status: string } }> = JSON.parse(readFileSync('data/sites.geojson', 'utf8')).features;

// Issue 11: a site's dated status history in the panel (in order, uncertain dates said so, in en/es/it),
// and a source without URL shown as text, not as a link.

test('a site panel shows its status history oldest first, uncertain dates marked', async ({ page }) => {
	const site = siteById('sanpros-aznalcollar');
	await openMap(page, `/?site=${site.properties.id}`);
	const history = page.getByTestId('panel').getByTestId('history');
	await expect(history).toHaveAccessibleName('Status history, oldest first');
	const items = history.locator(':scope > li');
	await expect(items).toHaveCount(3);
	expect(await items.evaluateAll((lis) => lis.map((li) => `${li.dataset.event} ${li.dataset.date}`))).toEqual([
		'announced 2011-04',
		'operating ~2014',
		'operating 2019-09-19 or 2024-09-19'
	]);
	await expect(items.nth(0)).toContainText(/Apr 2011\s*Announced: The Junta de Andalucía backs the plant\./);
	await expect(items.nth(1)).toContainText(/about 2014\s*\(date uncertain\)\s*Operating/);
	await expect(items.nth(2)).toContainText(/Sep\w* 19, 2019 or Sep\w* 19, 2024\s*\(date uncertain\)/);
	// A certain date is machine-readable; an uncertain one is not given a false precise datetime (plain
	// text: a <time> without a valid datetime is invalid HTML, see html-validity.spec.ts).
	await expect(items.nth(0).locator('time')).toHaveAttribute('datetime', '2011-04');
	await expect(items.nth(1).locator('time')).toHaveCount(0);
	await expect(items.nth(1).locator('.date')).toHaveText('about 2014');
	// Each event cites its own source.
	await expect(items.nth(2).getByRole('link', { name: 'angerea.org' })).toHaveAttribute('href', /angerea\.org/);
	await history.scrollIntoViewIfNeeded();
	await page.screenshot({ path: 'tests/e2e/screenshots/site-history.png' });
});

test('the history reads in Spanish', async ({ page }) => {
	await openMap(page, '/?lang=es&site=ecobat-paderno-dugnano');
	const items = page.getByTestId('history').locator(':scope > li');
	await expect(page.getByTestId('panel').getByRole('heading', { name: 'Historial de estado' })).toBeVisible();
	await expect(items).toHaveCount(3);
	await expect(items.nth(0)).toContainText(/2012\s*En funcionamiento/);
	await expect(items.nth(1)).toContainText(/oct 2022\s*En pausa: Actividad suspendida por los costes energéticos\./);
	await expect(items.nth(2)).toContainText(/dic 2023\s*En funcionamiento/);
	// A weak source that may stay says so next to its link.
	await expect(items.nth(0)).toContainText('padernoforum.blogspot.com (fuente débil)');
});

test('the history reads in Italian, uncertain dates included', async ({ page }) => {
	await openMap(page, '/?lang=it&site=sanpros-aznalcollar');
	const items = page.getByTestId('history').locator(':scope > li');
	await expect(page.getByTestId('history')).toHaveAccessibleName('Cronologia dello stato, dal più vecchio al più recente');
	await expect(items.nth(0)).toContainText(/apr 2011\s*Annunciato/);
	await expect(items.nth(1)).toContainText(/circa 2014\s*\(data incerta\)\s*In funzione/);
	await expect(items.nth(2)).toContainText(/19 set 2019 o 19 set 2024\s*\(data incerta\)/);
});

test('a citation without URL is text, not a link; BATMASS shows it has ended', async ({ page }) => {
	await openMap(page, '/?region=ITC4');
	const unconfirmed = page.getByTestId('region-unconfirmed');
	const citation = unconfirmed.getByTestId('citation').filter({ hasText: 'La Nueva Crónica' });
	await expect(citation).toHaveText(
		'P. Ferrero, “Liderando la cooperación europea en el suministro para el programa de baterías”, La Nueva Crónica (León), n.d.'
	);
	await expect(citation.locator('a')).toHaveCount(0);
	await expect(unconfirmed.getByRole('link', { name: /Ferrero|Nueva Crónica/ })).toHaveCount(0);
	await expect(page.getByTestId('initiative-ended')).toHaveText('— ended (Feb 2026)');
});

test('the same citation is text on the prerendered Spanish region page', async ({ page }) => {
	await page.goto('/es/regions/ITC4');
	const citation = page.getByTestId('citation').filter({ hasText: 'La Nueva Crónica' });
	await expect(citation).toHaveText(
		'P. Ferrero, «Liderando la cooperación europea en el suministro para el programa de baterías», La Nueva Crónica (León), s. f.'
	);
	await expect(page.getByRole('link', { name: /Nueva Crónica/ })).toHaveCount(0);
	await expect(page.getByTestId('initiative-ended')).toHaveText('— finalizado (feb 2026)');
});

test('the first view says how many sites are operating, under construction and planned, true to the data', async ({ page }) => {
	const count = (status: string) => SITES.filter((s) => s.properties.status === status).length;
	await openMap(page, '/');
	await expect(page.getByTestId('status-counts')).toHaveText(
		`${count('operating')} operating · ${count('under-construction')} under construction · ${count('planned')} planned`
	);
	await openMap(page, '/?lang=it&statuses=operating');
	// With a filter on, the line would no longer describe the whole map: it goes.
	await expect(page.getByTestId('status-counts')).toHaveCount(0);
});
