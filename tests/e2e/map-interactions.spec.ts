import { test, expect, openLegend, openMap, clickAt, drawnSites, mapIdle, searchParams } from './fixtures';

test('two sites that share a town point are both reachable on the map', async ({ page }) => {
	await openMap(page, '/?site=cta-sevilla');
	await page.keyboard.press('Escape');
	await page.evaluate(() => window.__bvm!.map.jumpTo({ center: [-5.97317, 37.38283], zoom: 12 }));
	await mapIdle(page);
	const drawn = await drawnSites(page);
	const sevilla = drawn.filter((s) => ['cta-sevilla', 'renault-refactory-sevilla'].includes(s.id));
	expect(sevilla.map((s) => s.id).sort()).toEqual(['cta-sevilla', 'renault-refactory-sevilla']);
	for (const site of sevilla) {
		await clickAt(page, site.lngLat);
		await expect.poll(() => searchParams(page).get('site')).toBe(site.id);
		await mapIdle(page); // the camera eases to the site: project the next one from where it lands
	}
});

test('hovering a site shows its name in a tooltip', async ({ page }) => {
	await openMap(page);
	await page.evaluate(() => window.__bvm!.map.jumpTo({ center: [9.19, 45.46], zoom: 10 }));
	await mapIdle(page);
	const milano = (await drawnSites(page)).find((s) => s.id === 'polimi-circ-ev-milano');
	expect(milano).toBeTruthy();
	await clickAt(page, milano!.lngLat, 'hover');
	await expect(page.locator('.bvm-tooltip')).toContainText('Politecnico di Milano');
	await expect(page.getByTestId('map').locator('canvas')).toHaveCSS('cursor', 'pointer');
});

test('network links reach Bessines and Ljubljana and can be hidden', async ({ page }) => {
	await openMap(page);
	const lines = await page.evaluate(() =>
		window.__bvm!.map.queryRenderedFeatures({ layers: ['network-lines'] }).map((f) => `${f.properties?.from}→${f.properties?.to}`)
	);
	expect(lines.join(' ')).toContain('orano-cime-bessines');
	expect(lines.join(' ')).toContain('kemijski-institut-ljubljana');
	await openLegend(page);
	await page.getByLabel('Show network links').uncheck();
	await mapIdle(page);
	const drawnLines = await page.evaluate(() => window.__bvm!.map.queryRenderedFeatures({ layers: ['network-lines'] }).length);
	expect(drawnLines).toBe(0);
	expect(searchParams(page).get('network')).toBe('0');
});

test('opening and closing a site with a filter set leaves the map its data; only the filter sends sites again', async ({ page }) => {
	await openMap(page, '/?regions=ES41');
	// Count what reaches the map's sites source from here on.
	await page.evaluate(() => {
		const w = window as unknown as { __sent: number[] };
		w.__sent = [];
		const source = window.__bvm!.map.getSource('sites') as unknown as { setData: (d: { features: unknown[] }) => unknown };
		const setData = source.setData.bind(source);
		source.setData = (d) => (w.__sent.push(d.features.length), setData(d));
	});
	const sent = () => page.evaluate(() => (window as unknown as { __sent: number[] }).__sent);
	await page.getByTestId('site-list').locator('[data-site-id]').first().click();
	await expect(page).toHaveURL(/site=/);
	await mapIdle(page);
	await page.keyboard.press('Escape');
	await expect(page).not.toHaveURL(/site=/);
	await mapIdle(page);
	expect(await sent()).toEqual([]);
	// A filter change still reaches the map.
	await page.getByRole('button', { name: /Clear all/ }).click();
	await mapIdle(page);
	expect((await sent()).length).toBeGreaterThan(0);
});
