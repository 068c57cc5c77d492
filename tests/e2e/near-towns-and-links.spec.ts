import { circle } from '@turf/circle';
import { distance } from '@turf/distance';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, mapIdle, openMap } from './fixtures';

type Line = { properties: { initiative: string; from: string; to: string; km: number }; geometry: { coordinates: [number, number][] } };
type AppData = {
	dataset: {
		sites: Array<{ properties: { id: string; name: string }; geometry: { coordinates: [number, number] } }>;
		regions: Array<{ properties: { id: string; name_local: string } }>;
	};
	geometry: { regions: { features: Array<Line & { properties: { role?: string } }> } };
};

async function appData(page: Page): Promise<AppData> {
	return page.evaluate(() => fetch('/app-data.json').then((r) => r.json()));
}

/** The network links of the map's regions source (features with role "link"). */
const linkFeatures = (data: AppData): Line[] => data.geometry.regions.features.filter((f) => f.properties.role === 'link');

/** The list's entries with their km, once it shows them (the distance code is a chunk fetched when a place is set). */
async function listed(page: Page): Promise<Array<{ id: string; km: number }>> {
	await page.getByTestId('site-list').locator('[data-km]').first().waitFor({ state: 'attached' });
	return page
		.getByTestId('site-list')
		.locator('[data-site-id]')
		.evaluateAll((els) => els.map((el) => ({ id: el.getAttribute('data-site-id')!, km: Number(el.querySelector('[data-km]')?.getAttribute('data-km')) })));
}

const near = (page: Page) => new URL(page.url()).searchParams.get('near');

test('a town typed in the search box: the keyboard picks it, the list ranks by km from it, the URL says near=lat,lon and a reload keeps it', async ({
	page
}) => {
	await openMap(page, '/');
	const box = page.getByRole('combobox', { name: 'Search sites' });
	await box.fill('leon');
	const option = page.getByRole('option', { name: 'Distances from León, Spain' });
	await expect(option).toBeVisible();
	await expect(box).toHaveAttribute('aria-expanded', 'true');
	await box.press('ArrowDown');
	await expect(option).toHaveAttribute('aria-selected', 'true');
	await expect(box).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id'))!);
	await box.press('Enter');

	// León's point in the bundled town list (static/basemap/cities.geojson): 42.6056, -5.57.
	await expect.poll(() => near(page)).toBe('42.6056,-5.57');
	expect(new URL(page.url()).searchParams.get('q')).toBeNull();
	await expect(box).toHaveValue('');
	await expect(page.getByTestId('near-place')).toHaveText('From León');

	// The list: every matching site, nearest first, km as @turf/distance gives them from León.
	const data = await appData(page);
	const expected = data.dataset.sites
		.map((s) => ({ id: s.properties.id, km: distance([-5.57, 42.6056], s.geometry.coordinates, { units: 'kilometers' }) }))
		.sort((a, b) => a.km - b.km);
	const rows = await listed(page);
	expect(rows.length).toBe(data.dataset.sites.length);
	expect(rows.map((r) => r.km)).toEqual([...rows.map((r) => r.km)].sort((a, b) => a - b));
	expect(rows[0]!.id).toBe(expected[0]!.id);
	expect(rows[0]!.km).toBeCloseTo(expected[0]!.km, 0);

	// A radius: the camera frames the whole ring.
	await page.getByTestId('near-control').getByLabel('Within').selectOption('200');
	await expect.poll(() => new URL(page.url()).searchParams.get('within')).toBe('200');
	await mapIdle(page);
	await expectRingOnScreen(page, [-5.57, 42.6056], 200);
	const within = await listed(page);
	expect(within.length).toBeGreaterThan(0);
	expect(Math.max(...within.map((r) => r.km))).toBeLessThanOrEqual(200);
	await page.screenshot({ path: 'test-results/near-town-leon.png' });

	await page.reload();
	await expect(page.getByTestId('near-place')).toHaveText('From León');
	expect(near(page)).toBe('42.6056,-5.57');
	expect(await listed(page)).toEqual(within);
	await mapIdle(page);
	await expectRingOnScreen(page, [-5.57, 42.6056], 200);
});

test('a town by its Italian name, with the mouse; the text search still filters as before', async ({ page }) => {
	await openMap(page, '/');
	const box = page.getByRole('combobox', { name: 'Search sites' });
	// Typing without choosing a town is still a text search (q=), and Escape only closes the suggestions first.
	await box.fill('Sevilla');
	await expect(page.getByRole('option', { name: 'Distances from Sevilla, Spain' })).toBeVisible();
	await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('Sevilla');
	// The open combobox with a highlighted option passes axe (roles, names, aria-activedescendant, contrast).
	await box.press('ArrowDown');
	const axe = await new AxeBuilder({ page }).include('form[role="search"]').analyze();
	expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	await box.press('Escape');
	await expect(page.getByRole('listbox')).toBeHidden();
	await expect(box).toHaveValue('Sevilla');
	expect(near(page)).toBeNull();

	// "Milano" is Lombardia's capital as the region data names it; the town list calls it Milan.
	await box.fill('Milano');
	await page.getByRole('option', { name: 'Distances from Milano (Milan), Italy' }).click();
	await expect.poll(() => near(page)).toBe('45.4669,9.19');
	expect(new URL(page.url()).searchParams.get('q')).toBeNull();
	await expect(page.getByTestId('near-place')).toHaveText('From Milan');
	const rows = await listed(page);
	expect(rows.map((r) => r.km)).toEqual([...rows.map((r) => r.km)].sort((a, b) => a - b));
});

test('the town suggestions speak Spanish and Italian', async ({ page }) => {
	await openMap(page, '/?lang=es');
	await page.getByRole('combobox', { name: 'Buscar instalaciones' }).fill('leon');
	await expect(page.getByRole('listbox', { name: 'Localidades' }).getByRole('option', { name: 'Distancias desde León, España' })).toBeVisible();
	await openMap(page, '/?lang=it');
	await page.getByRole('combobox', { name: 'Cerca siti' }).fill('milano');
	await page.getByRole('listbox', { name: 'Località' }).getByRole('option', { name: 'Distanze da Milano (Milan), Italia' }).click();
	await expect(page.getByTestId('near-place')).toHaveText('Da Milan');
});

/** Every point of the drawn ring (@turf/circle, as the map draws it) is inside the map canvas. */
async function expectRingOnScreen(page: Page, center: [number, number], km: number) {
	const ring = circle(center, km, { steps: 48, units: 'kilometers' }).geometry.coordinates[0]! as [number, number][];
	const size = await page.evaluate(() => {
		const c = window.__bvm!.map.getCanvas();
		return { w: c.clientWidth, h: c.clientHeight };
	});
	const pixels = await page.evaluate((pts) => pts.map((p) => window.__bvm!.project(p)), ring);
	for (const p of pixels) {
		expect(p.x, 'ring inside the map (x)').toBeGreaterThanOrEqual(0);
		expect(p.y, 'ring inside the map (y)').toBeGreaterThanOrEqual(0);
		expect(p.x).toBeLessThanOrEqual(size.w);
		expect(p.y).toBeLessThanOrEqual(size.h);
	}
	// Framed, not lost in a continent: the ring spans a good part of the map's height or width.
	const span = Math.max(
		Math.max(...pixels.map((p) => p.x)) - Math.min(...pixels.map((p) => p.x)),
		Math.max(...pixels.map((p) => p.y)) - Math.min(...pixels.map((p) => p.y))
	);
	expect(span).toBeGreaterThan(Math.min(size.w, size.h) * 0.5);
}

test('network links: hovering one shows its length in km; the region panel lists each link with its km', async ({ page }) => {
	await openMap(page, '/');
	const data = await appData(page);
	const name = (id: string) =>
		data.dataset.regions.find((r) => r.properties.id === id)?.properties.name_local ?? data.dataset.sites.find((s) => s.properties.id === id)!.properties.name;
	// The Andalucía–Lombardia link crosses the sea: nothing else is under its middle.
	const line = linkFeatures(data).find((f) => f.properties.from === 'ES61' && f.properties.to === 'ITC4')!;
	const coords = line.geometry.coordinates;
	// The km the build wrote is the great-circle distance between the arc's ends.
	expect(line.properties.km).toBeCloseTo(distance(coords[0]!, coords.at(-1)!, { units: 'kilometers' }), 0);
	const km = Math.round(line.properties.km);

	const canvas = (await page.getByTestId('map').locator('canvas').boundingBox())!;
	const mid = await page.evaluate((p) => window.__bvm!.project(p), coords[Math.floor(coords.length / 2)]!);
	await page.mouse.move(canvas.x + mid.x, canvas.y + mid.y);
	const tooltip = page.locator('.bvm-tooltip');
	await expect(tooltip).toContainText(`Andalucía – Lombardia: ${km.toLocaleString('en')} km`);
	await page.screenshot({ path: 'test-results/link-tooltip.png' });

	// The panel of a valley: one entry per link from it, with the km in the reader's language.
	await page.goto('/?region=ES61&lang=es');
	const links = page.getByTestId('region-links');
	await expect(links).toBeVisible();
	const fromEs61 = linkFeatures(data).filter((f) => f.properties.from === 'ES61' || f.properties.to === 'ES61');
	await expect(links.locator('[data-km]')).toHaveCount(fromEs61.length);
	await expect(links).toContainText(`${name('ITC4')}: ${km.toLocaleString('es')} km`);
	for (const f of fromEs61) {
		const other = f.properties.from === 'ES61' ? f.properties.to : f.properties.from;
		await expect(links).toContainText(`${name(other)}: ${Math.round(f.properties.km).toLocaleString('es')} km`);
	}
});
