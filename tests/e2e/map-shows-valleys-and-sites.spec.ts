import { test, expect, openLegend, openMap, rendered } from './fixtures';
import { sites, VALLEYS } from './data';

test('the three valleys are drawn and labelled on the embedded basemap', async ({ page }) => {
	await openMap(page);
	expect((await rendered(page, 'valleys-fill')).sort()).toEqual([...VALLEYS].sort());
	const labels = await rendered(page, 'valley-labels');
	expect(labels.sort()).toEqual([...VALLEYS].sort());
	// The basemap is drawn from the app's own files: land and NUTS-2 outlines are on screen.
	const basemap = await page.evaluate(() => {
		const map = window.__bvm!.map;
		return {
			land: map.queryRenderedFeatures({ layers: ['countries-fill'] }).length,
			nuts: map.queryRenderedFeatures({ layers: ['nuts2-line'] }).length
		};
	});
	expect(basemap.land).toBeGreaterThan(5);
	expect(basemap.nuts).toBeGreaterThan(20);
	await page.screenshot({ path: 'tests/e2e/screenshots/default-view.png' });
});

for (const valley of VALLEYS) {
	test(`sites of ${valley} are drawn as points when the valley is open`, async ({ page }) => {
		await openMap(page, `/?region=${valley}`);
		const drawn = await rendered(page, 'sites-point');
		const expected = sites.filter((s) => s.properties.region === valley).map((s) => s.properties.id);
		expect(drawn.filter((id) => expected.includes(id)).length).toBeGreaterThan(0);
	});
}

test('at low zoom sites cluster, and a cluster click zooms in', async ({ page }) => {
	await openMap(page);
	const clusters = await page.evaluate(() =>
		window.__bvm!.map.queryRenderedFeatures({ layers: ['sites-cluster'] }).map((f) => ({
			lngLat: (f.geometry as GeoJSON.Point).coordinates as [number, number],
			count: Number(f.properties?.point_count)
		}))
	);
	expect(clusters.length).toBeGreaterThan(0);
	const biggest = clusters.sort((a, b) => b.count - a.count)[0]!;
	const zoomBefore = await page.evaluate(() => window.__bvm!.map.getZoom());
	const box = (await page.getByTestId('map').locator('canvas').boundingBox())!;
	const px = await page.evaluate((ll) => window.__bvm!.project(ll), biggest.lngLat);
	await page.mouse.click(box.x + px.x, box.y + px.y);
	await expect.poll(() => page.evaluate(() => window.__bvm!.map.getZoom())).toBeGreaterThan(zoomBefore + 0.5);
});

test('legend explains stages and status, and attribution credits the data', async ({ page }) => {
	await openMap(page);
	const legend = page.getByTestId('legend');
	await openLegend(page);
	await expect(legend).toContainText(/operating/i);
	await expect(legend).toContainText(/under construction/i);
	await expect(legend).toContainText(/Black mass/i);
	const attribution = page.locator('.maplibregl-ctrl-attrib');
	await expect(attribution).toContainText('EuroGeographics');
	await expect(attribution).toContainText('Natural Earth');
	await expect(attribution).toBeVisible();
});
