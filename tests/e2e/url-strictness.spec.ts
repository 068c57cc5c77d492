import { test, expect, openMap, searchParams } from './fixtures';
import { siteById } from './data';

// Issue 15, "URL parsing: strict and honest": nothing in a link is dropped silently.
test('a repeated parameter keeps its first value, is named in the notice, and the URL is cleaned', async ({ page }) => {
	const first = siteById('cta-sevilla');
	await openMap(page, '/?site=cta-sevilla&site=seval-colico&lang=es&lang=it&at=0x10,0x10,5');
	await expect(page.getByTestId('panel').getByRole('heading', { level: 2 })).toHaveText(first.properties.name);
	const notice = page.getByTestId('notice');
	await expect(notice).toContainText('site=seval-colico');
	await expect(notice).toContainText('lang=it');
	// Hexadecimal is not a coordinate: the view is reported and dropped.
	await expect(notice).toContainText('at: 0x10,0x10,5');
	const params = searchParams(page);
	expect(params.getAll('site')).toEqual(['cta-sevilla']);
	expect(params.getAll('lang')).toEqual(['es']);
	expect(params.get('at') ?? '').not.toContain('0x');
	await expect(page).toHaveTitle(`${first.properties.name} · Valles del reciclaje de baterías`);
});

test('with nothing open the title is the app name, once', async ({ page }) => {
	await openMap(page, '/');
	await expect(page).toHaveTitle('Battery Recycling Valleys');
});
