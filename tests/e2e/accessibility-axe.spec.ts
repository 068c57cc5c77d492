import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, openMap } from './fixtures';

// axe-core on every kind of page, with the panel closed and open, in each language: 0 violations
// (all impacts, not only serious ones).
const LANGS = ['en', 'es', 'it'] as const;

async function violations(page: Page): Promise<string[]> {
	// The whole page, map and its canvas included (landmarks, names, roles)…
	const page1 = await new AxeBuilder({ page }).disableRules(['color-contrast']).analyze();
	// …and colour contrast everywhere but the canvas pixels (a WebGL drawing axe cannot read;
	// the palette's contrast is computed in tests/unit/palette-contrast*.test.ts).
	const colours = await new AxeBuilder({ page }).withRules(['color-contrast']).exclude('.maplibregl-canvas').analyze();
	return [...page1.violations, ...colours.violations].map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const lang of LANGS) {
	test.describe(`axe, ${lang}`, () => {
		// Three page loads and two axe passes each (whole page, then colours without the canvas).
		test.describe.configure({ timeout: 120_000 });
		test(`/ with the panel closed and open (${lang})`, async ({ page }) => {
			await openMap(page, `/?lang=${lang}`);
			expect(await violations(page)).toEqual([]);
			await openMap(page, `/?lang=${lang}&site=novolitio-cubillos-del-sil`);
			expect(await violations(page)).toEqual([]);
			await openMap(page, `/?lang=${lang}&region=ES61`);
			expect(await violations(page)).toEqual([]);
		});

		test(`/embed with the panel closed and open (${lang})`, async ({ page }) => {
			await openMap(page, `/embed?lang=${lang}`);
			expect(await violations(page)).toEqual([]);
			await openMap(page, `/embed?lang=${lang}&site=cta-sevilla&list=1&filters=1`);
			expect(await violations(page)).toEqual([]);
		});

		test(`region and site pages (${lang})`, async ({ page }) => {
			const prefix = lang === 'en' ? '' : `/${lang}`;
			await page.goto(`${prefix}/regions/ES41`);
			expect(await violations(page)).toEqual([]);
			await page.goto(`${prefix}/sites/cta-sevilla`);
			expect(await violations(page)).toEqual([]);
		});
	});
}

test('the accessibility statement is linked from the app and has no axe violation', async ({ page }) => {
	await openMap(page);
	await page.getByRole('link', { name: 'Accessibility statement' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accessibility statement');
	await expect(page.locator('main')).toContainText('zero violations');
	expect(await violations(page)).toEqual([]);
});

for (const [lang, link, heading] of [
	['es', 'Declaración de accesibilidad', 'Declaración de accesibilidad'],
	['it', 'Dichiarazione di accessibilità', 'Dichiarazione di accessibilità']
] as const) {
	test(`the accessibility statement is in ${lang}, linked from the ${lang} app, with no axe violation`, async ({ page }) => {
		await openMap(page, `/?lang=${lang}`);
		await page.getByRole('link', { name: link }).click();
		await expect(page).toHaveURL(new RegExp(`/${lang}/accessibility$`));
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
		await expect(page.locator('main')).toContainText(lang === 'es' ? 'cero infracciones' : 'zero violazioni');
		await expect(page.locator('main')).toContainText(lang === 'es' ? 'Real Decreto 1112/2018' : 'AgID');
		expect(await violations(page)).toEqual([]);
	});
}
