import { brotliCompressSync } from 'node:zlib';
import { test, expect, mapIdle } from './fixtures';
import { sites } from './data';
import { framingRuleChunk, holdMapLibre, holdRequests } from './maplibre-chunk';
import { spreadSharedPoints } from '../../src/lib/data/derive';
import type { SiteFeature } from '../../src/lib/data/schema';
import { posterSites } from './poster-sites';
import { differingPixels } from './pixels';

// The poster: the default view drawn at build time (SVG in the prerendered HTML), in the map box
// until the live map's first idle. The live map opens at the poster's camera: no site moves at the swap.

const displayed = new Map(spreadSharedPoints(sites as unknown as SiteFeature[]).map((s) => [s.properties.id, s.geometry.coordinates as [number, number]]));

for (const [path, viewport] of [
	['/', { width: 1280, height: 800 }],
	['/', { width: 412, height: 860 }],
	['/', { width: 390, height: 844 }],
	['/embed', { width: 1280, height: 800 }],
	['/embed', { width: 412, height: 860 }],
	['/embed', { width: 400, height: 300 }],
	['/embed', { width: 640, height: 480 }]
] as const) {
	test(`${path} at ${viewport.width}×${viewport.height}: the poster shows before the map, which replaces it without moving a site (≤ 2 px)`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		const release = await holdMapLibre(page);
		await page.goto(path);
		const poster = page.getByTestId('poster');
		await expect(poster.locator('svg:visible')).toBeVisible();
		// A phone gets the poster drawn for phones (symbols and labels at their live size), a desktop the wide one.
		await expect(poster.locator('svg:visible')).toHaveClass(viewport.width <= 640 ? /\bnarrow\b/ : /\bwide\b/);
		await expect(poster).not.toHaveClass(/dimmed/);
		await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'loading');
		// Fonts change no box here (CLS), but wait for them so the positions read are the final ones.
		await page.evaluate(() => document.fonts.ready);
		const before = await posterSites(page);
		expect(new Set(before.map((s) => s.id))).toEqual(new Set(sites.map((s) => s.properties.id)));
		await page.screenshot({ path: `test-results/poster-${path === '/' ? 'home' : 'embed'}-${viewport.width}.png` });
		release();
		await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', /idle|moving/);
		await mapIdle(page);
		await expect(poster).toHaveCount(0);
		const canvas = (await page.getByTestId('map').locator('canvas').boundingBox())!;
		const after = await page.evaluate((points) => points.map(([id, ll]) => ({ id, ...window.__bvm!.project(ll) })), [...displayed]);
		const live = new Map(after.map((p) => [p.id, { x: canvas.x + p.x, y: canvas.y + p.y }]));
		let worst = 0;
		for (const s of before) {
			const p = live.get(s.id)!;
			worst = Math.max(worst, Math.hypot(s.x - p.x, s.y - p.y));
		}
		console.log(`${path} ${viewport.width}×${viewport.height}: worst site shift at the swap ${worst.toFixed(2)} px`);
		expect(worst).toBeLessThanOrEqual(2);
		await page.screenshot({ path: `test-results/poster-${path === '/' ? 'home' : 'embed'}-${viewport.width}-live.png` });
	});
}

test('/embed: the live map draws its first frame hidden under the poster, and that picture is there when the poster goes', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	const release = await holdMapLibre(page);
	await page.goto('/embed');
	await expect(page.getByTestId('poster').locator('svg:visible')).toBeVisible();
	await page.evaluate(() => document.fonts.ready);
	const map = page.getByTestId('map');
	const poster = await map.screenshot();
	// Each frame until the poster goes: is it there, is the live map's canvas shown, the map's state.
	await page.evaluate(() => {
		const frames: Array<{ poster: boolean; canvas: string | null; state: string | null }> = [];
		Object.assign(window, { __frames: frames });
		const tick = () => {
			const canvas = document.querySelector('[data-testid="map"] canvas');
			const poster = document.querySelector('[data-testid="poster"]') !== null;
			frames.push({
				poster,
				canvas: canvas && getComputedStyle(canvas).visibility,
				state: document.querySelector('[data-testid="map"]')!.getAttribute('data-map-state')
			});
			if (poster) requestAnimationFrame(tick);
		};
		tick();
	});
	release();
	await expect(page.getByTestId('poster')).toHaveCount(0);
	const live = await map.screenshot();
	const frames = await page.evaluate(
		() => (window as unknown as { __frames: Array<{ poster: boolean; canvas: string | null; state: string | null }> }).__frames
	);
	const underPoster = frames.filter((f) => f.poster && f.canvas !== null);
	expect(underPoster.length, 'the live map was made while the poster was up').toBeGreaterThan(0);
	expect(underPoster.every((f) => f.canvas === 'hidden' && f.state === 'loading')).toBe(true);
	expect(frames.at(-1)).toMatchObject({ poster: false, canvas: 'visible' });
	// The same picture: the live map's first frame, not an empty canvas over the map's background.
	const { changed: n, total } = await differingPixels(page, poster, live);
	const changed = n / total;
	console.log(`/embed: ${(changed * 100).toFixed(1)} % of the map's pixels changed at the swap`);
	expect(changed).toBeLessThan(0.15);
});

for (const link of [
	'/?region=ES41',
	'/?regions=ES61',
	'/?q=sevilla',
	'/?at=45,9,6',
	'/embed?site=cta-sevilla',
	'/embed?theme=dark',
	'/?network=0',
	'/?asof=2015'
]) {
	test(`${link}: the poster of the default view is only a dimmed backdrop, then gives way to the live map`, async ({ page }) => {
		const release = await holdMapLibre(page);
		await page.goto(link);
		await expect(page.getByTestId('poster')).toHaveClass(/dimmed/);
		expect(
			await page
				.getByTestId('poster')
				.locator('img:visible')
				.evaluate((picture) => Number(getComputedStyle(picture).opacity))
		).toBeLessThan(0.5);
		release();
		await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', /idle|moving/);
		await expect(page.getByTestId('poster')).toHaveCount(0);
	});
}

test('a keyboard user on a poster link when the live map arrives is given the map, not the page body', async ({ page }) => {
	const release = await holdMapLibre(page);
	await page.goto('/');
	await page.getByTestId('poster').locator('svg:visible a').first().focus();
	release();
	await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', /idle|moving/);
	await expect(page.getByTestId('poster')).toHaveCount(0);
	await expect(page.getByTestId('map').locator('canvas')).toBeFocused();
});

test('the poster is markup only: in the prerendered HTML, no script, one named link per site, the data credits', async ({ request }) => {
	for (const path of ['/', '/embed']) {
		const html = await (await request.get(path)).text();
		const poster = html.match(/data-testid="poster">([^]*?)<\/div>/)?.[1] ?? '';
		expect(poster).not.toContain('<script');
		const svgs = poster.match(/<svg [^]*?<\/svg>/g) ?? [];
		expect(svgs.map((svg) => /class="bvm-map-svg bvm-poster (\w+)"/.exec(svg)?.[1])).toEqual(['wide', 'narrow']);
		for (const svg of svgs) {
			expect(svg).toContain('role="group"');
			expect((svg.match(/<a /g) ?? []).length).toBe(sites.length);
		}
		const credits = /<p class="bvm-poster-credits">([^<]*)<\/p>/.exec(poster)?.[1] ?? '';
		for (const credit of ['EuroGeographics', 'Natural Earth', 'GeoNames', 'SimpleMaps']) expect(credits).toContain(credit);
		console.log(
			`${path}: posters ${svgs.map((svg) => `${(svg.length / 1024).toFixed(1)} KB (${(brotliCompressSync(svg).length / 1024).toFixed(1)} KB br)`).join(' + ')}`
		);
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const path of ['/', '/embed']) {
		test(`${path}: the SVG map with its site links; a keyboard user tabs to a site and opens its page`, async ({ page }) => {
			await page.goto(path);
			const poster = page.getByTestId('poster');
			await expect(poster.locator('svg:visible')).toBeVisible();
			await expect(poster.getByRole('link', { name: /^Corporación Tecnológica de Andalucía \(CTA\): / })).toHaveAttribute('href', '/sites/cta-sevilla');
			// The map's help button comes just before the map: the next Tab is a site of the SVG map.
			await page.locator('.map-help button').first().focus();
			await page.keyboard.press('Tab');
			const focused = await page.evaluate(() => {
				const a = document.activeElement;
				return a?.closest('[data-testid="poster"]') ? { href: a.getAttribute('href')!, name: a.getAttribute('aria-label')! } : null;
			});
			expect(focused?.href).toMatch(/^\/sites\//);
			if (path === '/embed') return; // opens in a new tab from the embed (a site page may not be framed by other websites)
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(new RegExp(`${focused!.href}$`));
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(focused!.name.split(': ')[0]!);
		});
	}
});

for (const [path, viewport, kind] of [
	['/embed', { width: 412, height: 860 }, 'narrow'],
	['/embed', { width: 1280, height: 800 }, 'wide'],
	['/', { width: 1280, height: 800 }, 'wide'],
	['/', { width: 900, height: 700 }, 'narrow']
] as const) {
	test(`${path} at ${viewport.width} px: the poster's ${kind} picture is the first thing fetched after the page, the other never`, async ({ page }) => {
		// The largest thing on the page is painted first: no script or data request goes before its
		// picture (no modulepreload, no data preload), and the picture not shown is not downloaded.
		await page.setViewportSize(viewport);
		const requests: string[] = [];
		page.on('request', (r) => requests.push(new URL(r.url()).pathname));
		const release = await holdMapLibre(page);
		await page.goto(path);
		// The links over it are the same kind as the picture.
		await expect(page.getByTestId('poster').locator(`svg.${kind}`)).toBeVisible();
		release();
		await mapIdle(page);
		const after = requests.slice(1).filter((p) => !/favicon|\/fonts\//.test(p));
		expect(after[0], after.slice(0, 5).join(' ')).toBe(`/posters/${kind}.svg`);
		expect(requests).not.toContain(`/posters/${kind === 'wide' ? 'narrow' : 'wide'}.svg`);
	});
}

for (const [link, dimmed] of [
	['/?region=ES41', true],
	['/?q=sevilla', true],
	['/embed?theme=dark', true],
	['/embed?lang=es&list=1', false],
	['/', false]
] as const) {
	test(`${link}: before the app's scripts run, the poster is ${dimmed ? 'already dimmed' : 'shown as current'}`, async ({ page }) => {
		// The prerendered HTML is the same for every query: an inline script marks a view-changing link at once.
		const releaseApp = await holdRequests(page, '**/_app/immutable/entry/**');
		// The live map would take the poster away at its first idle, possibly between two reads below.
		await holdMapLibre(page);
		await page.goto(link, { waitUntil: 'domcontentloaded' });
		const opacity = () =>
			page
				.getByTestId('poster')
				.locator('img:visible')
				.evaluate((img) => Number(getComputedStyle(img).opacity));
		await expect(page.getByTestId('poster').locator('img:visible')).toHaveCount(1);
		expect(await opacity()).toBe(dimmed ? 0.3 : 1);
		releaseApp();
		// Once the app runs, its own rule decides (the same answer here).
		await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('bvm-dim-poster'))).toBe(false);
		expect(await opacity()).toBe(dimmed ? 0.3 : 1);
	});
}

test('under the poster the live map draws nothing until it has every file; then it draws, and the poster goes', async ({ page }) => {
	// Without a GPU each frame is drawn in software, and the frames drawn while tiles arrive would be hidden anyway.
	// The page's WebGL draw calls, counted:
	await page.addInitScript(() => {
		const counter = { draws: 0 };
		Object.assign(window, { __webgl: counter });
		for (const proto of [WebGL2RenderingContext.prototype, WebGLRenderingContext.prototype] as unknown as Array<Record<string, unknown>>)
			for (const name of ['drawElements', 'drawArrays']) {
				const draw = proto[name] as (...args: unknown[]) => unknown;
				proto[name] = function (this: unknown, ...args: unknown[]) {
					counter.draws++;
					return draw.apply(this, args);
				};
			}
	});
	const draws = () => page.evaluate(() => (window as unknown as { __webgl: { draws: number } }).__webgl.draws);
	// Holding a basemap file keeps the live map from having loaded; its other files come.
	const releaseBasemap = await holdRequests(page, '**/basemap/countries.geojson');
	const others = ['nuts2.geojson', 'cities.geojson'].map((file) => page.waitForResponse((r) => r.url().endsWith(`/basemap/${file}`)));
	await page.goto('/embed');
	await Promise.all(others);
	await expect(page.locator('canvas.maplibregl-canvas')).toBeAttached();
	await page.evaluate(() => new Promise<void>((done) => [...Array(10)].reduce<() => void>((next) => () => requestAnimationFrame(next), done)()));
	expect(await draws()).toBe(0);
	await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'loading');
	await expect(page.getByTestId('poster')).toBeVisible();
	releaseBasemap();
	await mapIdle(page);
	expect(await draws()).toBeGreaterThan(0);
	await expect(page.getByTestId('poster')).toHaveCount(0);
	await expect(page.locator('canvas.maplibregl-canvas')).toBeVisible();
});

test("the poster's view opens without the framing rule's code, which comes at the first idle; a link's own view fetches it at once", async ({ page }) => {
	const framingRule = framingRuleChunk();
	const release = await holdRequests(page, framingRule);
	const asked = page.waitForRequest(framingRule);
	await page.goto('/embed');
	await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'idle');
	await expect(page.getByTestId('poster')).toHaveCount(0);
	await asked;
	release();
	await mapIdle(page);

	const held = await page.context().newPage();
	const releaseAgain = await holdRequests(held, framingRule);
	const askedAgain = held.waitForRequest(framingRule);
	await held.goto('/embed?site=cta-sevilla');
	await askedAgain;
	// Held, the map does not reach its first idle at a view other than the link's.
	await held.waitForTimeout(1500);
	await expect(held.getByTestId('map')).toHaveAttribute('data-map-state', 'loading');
	releaseAgain();
	await mapIdle(held);
	await expect(held.getByTestId('poster')).toHaveCount(0);
	// At the link's view: a site view's zoom (state/framing-subject.ts SITE_ZOOM_RANGE), not the opening fit of every site.
	expect(await held.evaluate(() => window.__bvm!.map.getZoom())).toBeGreaterThanOrEqual(7);
});
