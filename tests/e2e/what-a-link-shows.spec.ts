import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openMap } from './fixtures';
import { sites } from './data';

// What a shared link shows, looked at the way a person looks: for each link at each common size,
// every site the link is about is drawn inside the map (with the 8 % margin of the framing rule)
// and nothing covers it: `document.elementFromPoint` there is the map canvas. The points are
// read from the map (rendered features, clusters through their leaves), not from the app state.

type Link = { name: string; params: string; expect: string[]; selection?: boolean };
const ids = (pred: (s: (typeof sites)[number]) => boolean) => sites.filter(pred).map((s) => s.properties.id);
const byId = new Map(sites.map((s) => [s.properties.id, s]));
// Stages and status are not in the e2e data helper's type: read them from the file's features.
const props = (id: string) => byId.get(id)!.properties as unknown as { stages: string[]; status: string; region: string; name: string };

const LINKS: Link[] = [
	// Nothing that changes the view (`lang` only): the map opens where the build-time poster shows it (map/poster.ts).
	{ name: 'default', params: 'lang=en', expect: ids(() => true) },
	{ name: 'regions-ES61', params: 'regions=ES61', expect: ids((s) => s.properties.region === 'ES61') },
	{ name: 'regions-ES41-ES61', params: 'regions=ES41,ES61', expect: ids((s) => ['ES41', 'ES61'].includes(s.properties.region)) },
	{
		name: 'stage-status',
		params: 'stages=black-mass&statuses=operating',
		expect: ids((s) => props(s.properties.id).stages.includes('black-mass') && props(s.properties.id).status === 'operating')
	},
	{ name: 'search', params: 'q=refactory', expect: ids((s) => /refactory/i.test(s.properties.name)) },
	{ name: 'site', params: 'site=novolitio-cubillos-del-sil', expect: ['novolitio-cubillos-del-sil'], selection: true },
	{ name: 'region', params: 'region=ITC4', expect: ids((s) => s.properties.region === 'ITC4'), selection: true }
];

type Size = { name: string; width: number; height: number; path: (params: string) => string; phone?: boolean };
const SIZES: Size[] = [
	{ name: '1280x800', width: 1280, height: 800, path: (p) => `/?${p}` },
	{ name: '1024x768', width: 1024, height: 768, path: (p) => `/?${p}` },
	{ name: 'phone-390x844', width: 390, height: 844, path: (p) => `/?${p}`, phone: true },
	{ name: 'embed-640x480-list', width: 640, height: 480, path: (p) => `/embed?${p}&list=1` },
	{ name: 'embed-400x300', width: 400, height: 300, path: (p) => `/embed?${p}` }
];

const OUT = 'test-results/what-a-link-shows';

/** Waits until the camera has stopped changing (the view is reframed when late overlays such as the panel appear). */
async function settle(page: Page): Promise<void> {
	let last = '';
	for (let i = 0; i < 20; i++) {
		await page.evaluate(() => window.__bvm!.whenIdle());
		const now = await page.evaluate(() => {
			const m = window.__bvm!.map;
			return `${m.getCenter().lng.toFixed(5)},${m.getCenter().lat.toFixed(5)},${m.getZoom().toFixed(3)}`;
		});
		if (now === last) return;
		last = now;
		await page.waitForTimeout(250);
	}
}

/** Where each drawn site is, in canvas pixels: single sites from `sites-point`, clustered ones at their cluster. */
async function drawnPositions(page: Page): Promise<Record<string, { x: number; y: number }>> {
	return page.evaluate(async () => {
		const map = window.__bvm!.map;
		const out: Record<string, { x: number; y: number }> = {};
		for (const f of map.queryRenderedFeatures({ layers: ['sites-point'] })) {
			if (f.geometry.type === 'Point') out[String(f.properties.id)] ??= map.project(f.geometry.coordinates as [number, number]);
		}
		const source = map.getSource('sites') as unknown as {
			getClusterLeaves(id: number, limit: number, offset: number): Promise<Array<{ properties: { id: string } }>>;
		};
		for (const f of map.queryRenderedFeatures({ layers: ['sites-cluster'] })) {
			if (f.geometry.type !== 'Point') continue;
			const at = map.project(f.geometry.coordinates as [number, number]);
			for (const leaf of await source.getClusterLeaves(Number(f.properties.cluster_id), Infinity, 0)) out[leaf.properties.id] ??= at;
		}
		return Object.fromEntries(Object.entries(out).map(([id, p]) => [id, { x: p.x, y: p.y }]));
	});
}

for (const link of LINKS) {
	for (const size of SIZES) {
		test(`${link.name} at ${size.name}: every site of the link is on the map, uncovered`, async ({ page }) => {
			expect(link.expect.length, 'the link is about at least one site').toBeGreaterThan(0);
			await page.setViewportSize({ width: size.width, height: size.height });
			await openMap(page, size.path(link.params));
			if (link.selection) await expect(page.getByTestId('panel')).toBeVisible();
			await settle(page);

			const canvas = page.getByTestId('map').locator('canvas');
			const box = (await canvas.boundingBox())!;
			const zoom = await page.evaluate(() => window.__bvm!.map.getZoom());
			mkdirSync(OUT, { recursive: true });
			await page.screenshot({ path: `${OUT}/${link.name}--${size.name}.png` });

			const drawn = await drawnPositions(page);
			const margin = Math.floor(0.08 * Math.min(box.width, box.height)) - 2;
			const problems: string[] = [];
			for (const id of link.expect) {
				const p = drawn[id];
				if (!p) {
					problems.push(`${id}: not drawn on the map`);
					continue;
				}
				if (p.x < margin || p.y < margin || p.x > box.width - margin || p.y > box.height - margin)
					problems.push(`${id}: at ${p.x.toFixed(0)},${p.y.toFixed(0)}, within ${margin}px of the edge of a ${box.width}×${box.height} map`);
				// The symbol's middle and four points around it (its radius and halo): nothing but the canvas there.
				const R = 12;
				const hit = await page.evaluate(
					(args) => {
						const [x, y, r] = args as [number, number, number];
						for (const [dx, dy] of [
							[0, 0],
							[r, 0],
							[-r, 0],
							[0, r],
							[0, -r]
						] as const) {
							const el = document.elementFromPoint(x + dx, y + dy);
							if (!el?.classList.contains('maplibregl-canvas'))
								return el ? `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} at ${dx},${dy}` : `nothing at ${dx},${dy}`;
						}
						return 'canvas';
					},
					[box.x + p.x, box.y + p.y, R]
				);
				if (hit !== 'canvas') problems.push(`${id}: covered by ${hit}`);
			}

			// Phones: the document is not scrolled away from the map, and the open item's heading is on screen.
			if (size.phone) {
				expect(await page.evaluate(() => window.scrollY), 'document scrolled on load').toBe(0);
				expect(box.y, 'map starts on screen').toBeLessThan(size.height / 2);
			}
			if (link.selection) {
				const heading = await page.getByTestId('panel').getByRole('heading').first().boundingBox();
				expect(heading, 'panel heading').not.toBeNull();
				expect(heading!.y, 'panel heading below the top of the screen').toBeGreaterThanOrEqual(0);
				expect(heading!.y + heading!.height, 'panel heading above the bottom of the screen').toBeLessThanOrEqual(size.height);
			}

			writeFileSync(
				`${OUT}/${link.name}--${size.name}.json`,
				JSON.stringify({ link: size.path(link.params), size: size.name, zoom: Number(zoom.toFixed(2)), sites: link.expect.length, problems })
			);
			expect(problems).toEqual([]);
		});
	}
}

test('a resize before the person moves the map frames the link again; after a drag it does not', async ({ page }) => {
	const link = LINKS[0]!;
	await openMap(page, `/?${link.params}`);
	await settle(page);
	await page.setViewportSize({ width: 700, height: 560 });
	await settle(page);
	const box = (await page.getByTestId('map').locator('canvas').boundingBox())!;
	const drawn = await drawnPositions(page);
	for (const id of link.expect) {
		const p = drawn[id];
		expect(p, `${id} drawn after the resize`).toBeDefined();
		expect(p!.x > 0 && p!.y > 0 && p!.x < box.width && p!.y < box.height, `${id} inside the resized map`).toBe(true);
	}

	// A drag makes the view the person's: a later resize keeps its centre.
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width / 2 - 150, box.y + box.height / 2 - 40, { steps: 5 });
	await page.mouse.up();
	await settle(page);
	const centre = await page.evaluate(() => window.__bvm!.map.getCenter().toArray());
	const zoom = await page.evaluate(() => window.__bvm!.map.getZoom());
	await page.setViewportSize({ width: 1100, height: 700 });
	await settle(page);
	expect(await page.evaluate(() => window.__bvm!.map.getZoom())).toBeCloseTo(zoom, 5);
	const after = await page.evaluate(() => window.__bvm!.map.getCenter().toArray());
	expect(after[0]).toBeCloseTo(centre[0]!, 3);
	expect(after[1]).toBeCloseTo(centre[1]!, 3);
});
