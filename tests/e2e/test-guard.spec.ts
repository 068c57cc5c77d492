// The guard every spec relies on (fixtures.ts watchPage) must see what it is there to see. The
// app's own pages forbid other origins by CSP, so the guard is tried on the test host's page.
import { test as plain, expect } from '@playwright/test';
import { HOST, toOrigins, watchPage } from './fixtures';

plain('the test guard reports a console error, a page error, a dialog and a request to another origin', async ({ page }) => {
	const problems = watchPage(page, { allow: toOrigins(HOST) });
	await page.goto(`${HOST}/blank.html`);
	expect(problems).toEqual([]);
	await page.evaluate(() => {
		console.error('provoked');
		setTimeout(() => {
			throw new Error('thrown');
		});
		alert('asked');
		void fetch('http://127.0.0.2:9/elsewhere').catch(() => {});
	});
	for (const seen of [/^console error: provoked/, /^pageerror: thrown/, /^dialog: asked/, /^request it may not make: http:\/\/127\.0\.0\.2:9\/elsewhere/])
		await expect.poll(() => problems.some((p) => seen.test(p)), String(seen)).toBe(true);
});
