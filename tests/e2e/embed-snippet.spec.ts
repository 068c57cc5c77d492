import type { Frame, Page } from '@playwright/test';
import { test, expect, fromTopFrame, hostFavicon, HOST, openMap, watchPage } from './fixtures';
import { siteById, sites } from './data';

const START = '/?regions=ES61&statuses=operating&site=cta-sevilla';
/** Quotes and a tag: the snippet must carry them as text, not as markup. */
const TITLE = 'Andalucía\'s "valley" <b>sites</b>';

/** The expected matching set, from the shipped data (status is not in data.ts' narrow type). */
const expectedIds = sites
	.filter((s) => s.properties.region === 'ES61' && (s.properties as unknown as { status: string }).status === 'operating')
	.map((s) => s.properties.id);

/**
 * The foreign page is not the guarded `page`: the same guard, for both of its frames. The host's
 * own document, and the map's files from the map's origin; nothing else.
 */
function watch(page: Page, appOrigin: string): string[] {
	return watchPage(page, {
		allow: (req) => {
			const origin = new URL(req.url()).origin;
			return origin === appOrigin || (origin === HOST && req.isNavigationRequest() && fromTopFrame(page, req));
		},
		ignore: hostFavicon,
		httpErrors: true
	});
}

async function frameIdle(frame: Frame): Promise<void> {
	await frame.waitForFunction(() => Boolean(window.__bvm));
	await frame.evaluate(() => window.__bvm!.whenIdle());
}

test('Embed this map: choose options, copy the code, and a foreign page shows the same map', async ({ page, context, baseURL }) => {
	const appOrigin = new URL(baseURL!).origin;
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: appOrigin });
	await openMap(page, START);
	const site = siteById('cta-sevilla');
	const panel = page.getByTestId('panel');
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(site.properties.name);

	// Keyboard only: focus the button, open, hide the legend, give a title.
	const opener = page.getByRole('button', { name: 'Embed this map' });
	await opener.focus();
	await page.keyboard.press('Enter');
	const dialog = page.getByRole('dialog', { name: 'Embed this map' });
	await expect(dialog).toBeVisible();
	await dialog.getByRole('checkbox', { name: 'Legend' }).press('Space');
	await expect(dialog.getByRole('checkbox', { name: 'Legend' })).not.toBeChecked();
	await dialog.getByRole('textbox', { name: 'Title above the map (optional)' }).fill(TITLE);

	const code = dialog.getByRole('textbox', { name: 'HTML code to paste' });
	await expect(code).toHaveValue(/legend=0/);
	const snippet = await code.inputValue();
	expect(snippet).not.toContain('sandbox');
	expect(snippet).not.toContain('<b>');
	const src = new URL(/src="([^"]+)"/.exec(snippet)![1]!.replaceAll('&amp;', '&'));

	// The preview is the real /embed with the same URL.
	const preview = dialog.getByTestId('embed-preview');
	await expect(preview).toHaveAttribute('src', src.href);
	await expect(preview).toHaveAttribute('title', 'Preview of the embedded map');
	const previewFrame = (await preview.elementHandle())!.contentFrame();
	await frameIdle((await previewFrame)!);
	await page.screenshot({ path: 'tests/e2e/screenshots/embed-dialog.png' });

	await dialog.getByRole('button', { name: 'Copy' }).click();
	await expect(dialog.getByRole('status')).toHaveText('Copied');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

	// Escape inside the preview closes what the preview has open (its panel) first, then the dialog.
	const inPreview = dialog.frameLocator('[data-testid=embed-preview]');
	await inPreview.getByRole('button', { name: /Close/ }).first().focus();
	await page.keyboard.press('Escape');
	await expect(inPreview.getByTestId('panel')).toHaveCount(0);
	await expect(dialog).toBeVisible();
	await inPreview.getByRole('button', { name: /Zoom in/ }).focus();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(opener).toBeFocused();
	await opener.press('Enter');
	await expect(dialog).toBeVisible();

	// Escape closes the dialog only: focus goes back to the button, the site panel stays open.
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(opener).toBeFocused();
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(site.properties.name);
	expect(new URL(page.url()).searchParams.get('site')).toBe('cta-sevilla');

	// A foreign website pastes the code.
	const host = await context.newPage();
	const problems = watch(host, appOrigin);
	await host.goto(`${HOST}/blank.html`);
	// Not setContent (that would change the origin); scripts inserted this way do not run, the iframe does.
	await host.evaluate((html) => (document.body.innerHTML = html), snippet);
	const iframe = host.locator('iframe');
	await expect(iframe).toHaveAttribute('title', TITLE);
	const frame = (await (await iframe.elementHandle())!.contentFrame())!;
	await frameIdle(frame);

	const params = new URL(frame.url()).searchParams;
	expect(Object.fromEntries(params)).toEqual({
		regions: 'ES61',
		statuses: 'operating',
		site: 'cta-sevilla',
		lang: 'en',
		legend: '0',
		title: TITLE
	});
	const inside = host.frameLocator('iframe');
	await expect(inside.getByTestId('panel').getByRole('heading', { level: 2 })).toHaveText(site.properties.name);
	await expect(inside.getByRole('heading', { level: 1 })).toHaveText(TITLE);
	await expect(inside.getByTestId('legend')).toHaveCount(0);
	expect(expectedIds).toContain('cta-sevilla');
	expect(await frame.evaluate(() => window.__bvm!.visibleCount())).toBe(expectedIds.length);
	expect(problems, 'console errors, page errors or unexpected requests on the host page').toEqual([]);
	await host.close();
});

test('"Embed this map" right after Escape closed the dialog opens it again', async ({ page }) => {
	// The dialog's own close event comes a task after Escape: pressing the button in between found
	// the page still thinking the dialog open, and nothing opened (seen once in a full run).
	await openMap(page, '/');
	const opener = page.getByRole('button', { name: 'Embed this map' });
	const dialog = page.getByRole('dialog', { name: 'Embed this map' });
	await opener.click();
	await expect(dialog).toBeVisible();
	await page.evaluate(async () => {
		const el = document.querySelector('dialog[data-testid=embed-dialog]')!;
		el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
		await Promise.resolve(); // the page's state settles; the close event has not come yet
		document.querySelector<HTMLButtonElement>('button.embed-open')!.click();
	});
	await expect(dialog).toBeVisible();
});
