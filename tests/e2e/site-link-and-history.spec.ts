import { test, expect, openMap, searchParams } from './fixtures';
import { siteById } from './data';

test('a shared site link opens its panel; Escape closes it and the URL drops it; back reopens it', async ({ page }) => {
	const site = siteById('cta-sevilla');
	await openMap(page, `/?site=${site.properties.id}`);
	const panel = page.getByTestId('panel');
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(site.properties.name);
	await expect(panel).toContainText('BATMASS');

	await page.keyboard.press('Escape');
	await expect(panel).toHaveCount(0);
	expect(searchParams(page).get('site')).toBeNull();

	await page.goBack();
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(site.properties.name);
	await page.goForward();
	await expect(panel).toHaveCount(0);
});

test('reload restores the open region; the close button closes it', async ({ page }) => {
	await openMap(page, '/?region=ITC4');
	const panel = page.getByTestId('panel');
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Lombardia');
	await page.reload();
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Lombardia');
	await expect(panel.getByTestId('region-pilots')).toContainText(/reverse logistics/i);
	await panel.getByRole('button', { name: 'Close panel' }).click();
	await expect(panel).toHaveCount(0);
	expect(page.url()).not.toContain('region=');
});

test('a low-confidence site says plainly that it is unconfirmed', async ({ page }) => {
	await openMap(page, '/?site=midac-cremona-planned');
	await expect(page.getByTestId('panel')).toContainText('Unconfirmed');
});

test('a link with unknown or malformed parameters loads with a notice and no error', async ({ page }) => {
	await openMap(page, '/?site=nope&foo=<script>alert(1)</script>&network=maybe');
	const notice = page.getByTestId('notice');
	await expect(notice).toContainText('site=nope');
	await expect(notice).toContainText('foo');
	await expect(page.getByTestId('panel')).toHaveCount(0);
	// The cleaned URL is what a reader would share next.
	expect(page.url()).not.toContain('foo');
	await notice.getByRole('button', { name: 'Dismiss' }).click();
	await expect(notice).toHaveCount(0);
});

test("Lombardy's dossier shows that its BATMASS coordination is not confirmed", async ({ page }) => {
	await openMap(page, '/?region=ITC4');
	await expect(page.getByTestId('region-unconfirmed')).toContainText(/coordinator is not confirmed/i);
});
