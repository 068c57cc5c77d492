// A partner's page on another origin embeds the map, resizes it with embed.js and talks to it
// through the postMessage API (v1); the map never calls any origin but its own.
import { test as base, expect, type Frame, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { sites, siteById } from './data';
import { fromTopFrame, HOST, toOrigins, watchPage } from './fixtures';
type Message = { type: string; v: number; [key: string]: unknown };
type Received = { origin: string; data: Message };
type Bbox = [number, number, number, number];

/**
 * The fixtures' guard allows only the app's origin; here the top page is the host's. So: no
 * console error or page error in either frame, the top frame may load from the host and the app
 * (embed.js), and everything else — the embed frame, its workers — only from the app's origin.
 */
const test = base.extend<{ app: string; guard: void }>({
	/** The map's origin. */
	app: async ({ baseURL }, use) => use(new URL(baseURL!).origin),
	guard: [
		async ({ page, app }, use) => {
			const problems = watchPage(page, { allow: (req) => toOrigins(app, ...(fromTopFrame(page, req) ? [HOST] : []))(req) });
			await use();
			expect(problems, 'console errors, page errors or foreign requests').toEqual([]);
		},
		{ auto: true }
	]
});

async function openHost(page: Page, app: string, query = ''): Promise<Frame> {
	await page.goto(`${HOST}/api.html?app=${encodeURIComponent(app)}${query}`);
	const frame = await (await page.locator('#map').elementHandle())!.contentFrame();
	if (!frame) throw new Error('no map frame');
	await expect(frame.getByTestId('map')).toHaveAttribute('data-map-state', /idle|moving/);
	await frame.waitForFunction(() => Boolean(window.__bvm));
	await frame.evaluate(() => window.__bvm!.whenIdle());
	await expect.poll(() => received(page, 'bvm:ready')).toHaveLength(1);
	return frame;
}

async function received(page: Page, type?: string): Promise<Received[]> {
	const all = await page.evaluate(() => (window as unknown as { received: Received[] }).received);
	return type ? all.filter((r) => r.data.type === type) : all;
}

/** Through the host script's helper, as a partner would (it adds v: 1). */
async function send(page: Page, message: Record<string, unknown>): Promise<boolean> {
	return page.evaluate((msg) => {
		const api = (window as unknown as { BatteryValleysMap: { send(f: HTMLIFrameElement, m: unknown): boolean } }).BatteryValleysMap;
		return api.send(document.getElementById('map') as HTMLIFrameElement, msg);
	}, message);
}

/** Raw postMessage, for what the helper would never send. */
async function postRaw(page: Page, data: unknown, appOrigin: string): Promise<void> {
	await page.evaluate(([d, origin]) => (document.getElementById('map') as HTMLIFrameElement).contentWindow!.postMessage(d, origin as string), [
		data,
		appOrigin
	] as const);
}

function regionBbox(id: string): Bbox {
	const regions: Array<{ properties: { id: string }; geometry: { coordinates: unknown } }> = JSON.parse(readFileSync('data/regions.geojson', 'utf8')).features;
	const coords = JSON.stringify(regions.find((r) => r.properties.id === id)!.geometry.coordinates).match(/-?\d+(\.\d+)?,-?\d+(\.\d+)?/g)!;
	const points = coords.map((c) => c.split(',').map(Number) as [number, number]);
	const xs = points.map((p) => p[0]);
	const ys = points.map((p) => p[1]);
	return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

const ES61_SITES = sites.filter((s) => s.properties.region === 'ES61');

test('a foreign page embeds the filtered map, and embed.js sizes the frame to the height it reports', async ({ page, app }) => {
	const frame = await openHost(page, app);
	expect(await frame.evaluate(() => window.__bvm!.visibleCount())).toBe(ES61_SITES.length);

	const [ready] = await received(page, 'bvm:ready');
	expect(ready!.origin).toBe(app);
	expect(ready!.data).toMatchObject({ v: 1, state: { selection: null, filters: { regions: ['ES61'], stages: [], q: '' } } });
	expect(String(ready!.data.url)).toContain('/embed?regions=ES61');

	const lastHeight = async () => (await received(page, 'bvm:height')).at(-1)?.data.height as number | undefined;
	const frameHeight = () => page.locator('#map').evaluate((el) => el.getBoundingClientRect().height);
	await expect.poll(lastHeight).toBeGreaterThanOrEqual(420);
	await expect.poll(frameHeight).toBe(await lastHeight());
	// Applying the height does not make the map ask for another one: the resizing has settled.
	await page.waitForTimeout(500);
	expect(await frameHeight()).toBe(await lastHeight());
	expect((await received(page, 'bvm:height')).length).toBeLessThanOrEqual(3);
	await page.screenshot({ path: 'test-results/embed-api-host.png', fullPage: true });
	// Nothing is echoed on load: the state came with bvm:ready.
	expect(await received(page, 'bvm:selectionChanged')).toEqual([]);
	expect(await received(page, 'bvm:filtersChanged')).toEqual([]);
});

test('a host script that loads after the map still sizes the frame (it says hello, the map answers)', async ({ page, app }) => {
	await openHost(page, app, '&script=late');
	const frameHeight = () => page.locator('#map').evaluate((el) => el.getBoundingClientRect().height);
	const before = await frameHeight();
	const [height] = await received(page, 'bvm:height');
	expect(height!.data.height).not.toBe(before);
	await page.evaluate(() => (window as unknown as { loadHostScript(): void }).loadHostScript());
	// The frame follows the latest height the map reported (it may change once fonts have loaded).
	const lastHeight = async () => (await received(page, 'bvm:height')).at(-1)?.data.height as number | undefined;
	await expect.poll(async () => (await frameHeight()) === (await lastHeight())).toBe(true);
	await expect.poll(() => received(page, 'bvm:ready')).toHaveLength(2);
});

test('the host selects a site, frames a region, clears the selection and sets filters', async ({ page, app }) => {
	const frame = await openHost(page, app);
	const site = siteById('cta-sevilla');
	const panel = frame.getByTestId('panel');

	expect(await send(page, { type: 'bvm:select', site: site.properties.id })).toBe(true);
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(site.properties.name);
	await expect.poll(() => received(page, 'bvm:selectionChanged')).toHaveLength(1);
	expect((await received(page, 'bvm:selectionChanged'))[0]!.data.selection).toEqual({ kind: 'site', id: site.properties.id });
	// The frame's focus stays where it was: a host's request never pulls the reader into the iframe.
	expect(await page.evaluate(() => document.activeElement?.id)).not.toBe('map');

	// fitRegion moves the camera, not the selection.
	const [w, s, e, n] = regionBbox('ES41');
	const centreInRegion = async () => {
		const [lon, lat] = await frame.evaluate(() => window.__bvm!.map.getCenter().toArray());
		return lon >= w && lon <= e && lat >= s && lat <= n;
	};
	expect(await centreInRegion()).toBe(false);
	await send(page, { type: 'bvm:fitRegion', region: 'ES41' });
	await expect.poll(centreInRegion).toBe(true);
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(site.properties.name);
	expect(await received(page, 'bvm:selectionChanged')).toHaveLength(1);

	await send(page, { type: 'bvm:clearSelection' });
	await expect(panel).toHaveCount(0);
	await expect.poll(async () => (await received(page, 'bvm:selectionChanged')).at(-1)?.data.selection).toBeNull();

	// Unknown ids are dropped quietly (no notice in the frame), like the URL parser drops them.
	await send(page, { type: 'bvm:setFilters', filters: { stages: ['research', 'no-such-stage'], regions: ['ES61', 'FR10'] } });
	const research = ES61_SITES.filter((x) => (x.properties as unknown as { stages: string[] }).stages.includes('research'));
	await expect.poll(async () => (await received(page, 'bvm:filtersChanged')).at(-1)?.data.matching).toBe(research.length);
	const [changed] = await received(page, 'bvm:filtersChanged');
	expect(changed!.data.filters).toMatchObject({ regions: ['ES61'], stages: ['research'] });
	await expect.poll(() => frame.evaluate(() => window.__bvm!.visibleCount())).toBe(research.length);
	await expect(frame.getByTestId('notice')).toHaveCount(0);
});

test('requests move the camera in the order the host sent them: a region framed right after a selection stays framed', async ({ page, app }) => {
	const frame = await openHost(page, app);
	const [w, s, e, n] = regionBbox('ES41');
	const centreInRegion = () =>
		frame.evaluate(
			([w, s, e, n]) => {
				const { lng, lat } = window.__bvm!.map.getCenter();
				return lng >= w! && lng <= e! && lat >= s! && lat <= n!;
			},
			[w, s, e, n]
		);
	// One burst: the site is opened (the map follows the app a paint later), then the host frames Castilla y León.
	await page.evaluate(() => {
		const api = (window as unknown as { BatteryValleysMap: { send(f: HTMLIFrameElement, m: unknown): boolean } }).BatteryValleysMap;
		const iframe = document.getElementById('map') as HTMLIFrameElement;
		api.send(iframe, { type: 'bvm:select', site: 'cta-sevilla' });
		api.send(iframe, { type: 'bvm:fitRegion', region: 'ES41' });
	});
	await expect(frame.getByTestId('panel').getByRole('heading', { level: 2 })).toHaveText(siteById('cta-sevilla').properties.name);
	await expect.poll(centreInRegion).toBe(true);
	// Once every move has ended, the camera is still on the region (the site's own move did not come after).
	await frame.evaluate(() => window.__bvm!.whenIdle());
	await page.waitForTimeout(1000);
	await frame.evaluate(() => window.__bvm!.whenIdle());
	expect(await centreInRegion()).toBe(true);
});

test('clicking a site inside the frame tells the host page', async ({ page, app }) => {
	const frame = await openHost(page, app);
	const drawn = await frame.evaluate(() => {
		const f = window.__bvm!.map.queryRenderedFeatures({ layers: ['sites-point'] })[0];
		return f && f.geometry.type === 'Point' ? { id: String(f.properties?.id), lngLat: f.geometry.coordinates as [number, number] } : null;
	});
	expect(drawn, 'an unclustered site is drawn').not.toBeNull();
	const px = await frame.evaluate((ll) => window.__bvm!.project(ll), drawn!.lngLat);
	await frame.getByTestId('map').locator('canvas').click({ position: px });
	await expect.poll(async () => (await received(page, 'bvm:selectionChanged')).at(-1)?.data.selection).toEqual({ kind: 'site', id: drawn!.id });
	await expect(frame.getByTestId('panel')).toBeVisible();
});

test('invalid messages change nothing and raise no error', async ({ page, app }) => {
	const frame = await openHost(page, app);
	const urlBefore = frame.url();
	const invalid: unknown[] = [
		{ type: 'bvm:destroy', v: 1 },
		{ type: 'bvm:select', v: 2, site: 'cta-sevilla' },
		{ type: 'bvm:select', site: 'cta-sevilla' },
		{ type: 'bvm:setFilters', v: 1, filters: { q: 'x' }, pad: 'x'.repeat(20_000) },
		{ type: 'bvm:setFilters', v: 1, filters: { stages: Array(500).fill('research') } },
		{ type: 'bvm:select', v: 1, site: 'no-such-site' },
		JSON.parse('{"type":"bvm:setFilters","v":1,"filters":{"__proto__":{"regions":["ES41"]}}}'),
		'bvm:clearSelection',
		['bvm:select', 'cta-sevilla'],
		null,
		42
	];
	for (const data of invalid) await postRaw(page, data, app);
	// Messages are handled in order: once this answer arrives, every invalid one has been seen.
	await postRaw(page, { type: 'bvm:hello', v: 1 }, app);
	await expect.poll(() => received(page, 'bvm:ready')).toHaveLength(2);

	expect(frame.url()).toBe(urlBefore);
	expect(await frame.evaluate(() => window.__bvm!.visibleCount())).toBe(ES61_SITES.length);
	await expect(frame.getByTestId('panel')).toHaveCount(0);
	expect(await received(page, 'bvm:selectionChanged')).toEqual([]);
	expect(await received(page, 'bvm:filtersChanged')).toEqual([]);
	expect(await frame.evaluate(() => Object.prototype.hasOwnProperty.call(Object.prototype, 'regions'))).toBe(false);
});

/**
 * A burst of 1,000 messages, posted by the host in one go. `ms`: from the first message until the
 * host has the answer that carries the burst's final state (every message before it has been
 * handled: they are handled in order). `idleMs`: until the map in the frame has also redrawn
 * (software WebGL on a loaded machine). Times are Date.now() in both frames (one clock).
 */
async function burst(page: Page, frame: Frame, app: string, messages: unknown[], final: { type: string; id: string }) {
	const before = (await received(page)).length;
	const { started, answered } = await page.evaluate(
		([msgs, origin, want]) =>
			new Promise<{ started: number; answered: number }>((resolve) => {
				const target = (document.getElementById('map') as HTMLIFrameElement).contentWindow!;
				const t0 = Date.now();
				const isFinal = (d: { type?: string; filters?: { stages?: string[] }; selection?: { id?: string } | null }) =>
					d.type === want.type && (d.filters?.stages?.includes(want.id) || d.selection?.id === want.id);
				window.addEventListener('message', function onAnswer(e) {
					if (e.source !== target || !isFinal(e.data)) return;
					window.removeEventListener('message', onAnswer);
					resolve({ started: t0, answered: Date.now() });
				});
				for (const m of msgs as unknown[]) target.postMessage(m, origin as string);
			}),
		[messages, app, final] as const
	);
	const idle = await frame.evaluate(() => window.__bvm!.whenIdle().then(() => Date.now()));
	// Let any late answer arrive before counting.
	await page.waitForTimeout(300);
	const answers = (await received(page)).slice(before).filter((r) => r.data.type !== 'bvm:height');
	return { ms: answered - started, idleMs: idle - started, answers };
}

test('a flood of 1,000 requests is coalesced: answered within a second, one answer per applied state', async ({ page, app }) => {
	// Camera moves are instant: what is measured is the handling of the burst, not an 800 ms animation.
	await page.emulateMedia({ reducedMotion: 'reduce' });
	const frame = await openHost(page, app);
	const filters = Array.from({ length: 1000 }, (_, i) => ({
		type: 'bvm:setFilters',
		v: 1,
		filters: i < 999 ? { q: `burst ${i}` } : { q: '', stages: ['research'] }
	}));
	const f = await burst(page, frame, app, filters, { type: 'bvm:filtersChanged', id: 'research' });
	const fText = `answered in ${f.ms} ms, map idle after ${f.idleMs} ms, ${f.answers.length} answer(s)`;
	test.info().annotations.push({ type: 'burst of 1,000 bvm:setFilters', description: fText });
	console.log(`burst of 1,000 bvm:setFilters: ${fText}`);
	expect(f.ms).toBeLessThan(1000);
	// The redraw is software WebGL on a shared machine: bounded loosely (uncoalesced, this took 16 s).
	expect(f.idleMs).toBeLessThan(5000);
	// Every answer is a filtersChanged, and the last one is the burst's final state.
	expect(f.answers.length).toBeGreaterThanOrEqual(1);
	expect(f.answers.length).toBeLessThanOrEqual(10);
	expect(f.answers.every((a) => a.data.type === 'bvm:filtersChanged')).toBe(true);
	expect(f.answers.at(-1)!.data.filters).toMatchObject({ q: '', stages: ['research'], regions: ['ES61'] });

	const ids = ES61_SITES.map((s) => s.properties.id);
	const last = siteById('cta-sevilla').properties.id;
	const moves = Array.from({ length: 1000 }, (_, i) =>
		i === 999
			? { type: 'bvm:select', v: 1, site: last }
			: i % 2
				? { type: 'bvm:fitRegion', v: 1, region: ['ES41', 'ES61', 'ITC4'][i % 3] }
				: { type: 'bvm:select', v: 1, site: ids[i % ids.length] }
	);
	const m = await burst(page, frame, app, moves, { type: 'bvm:selectionChanged', id: last });
	const mText = `answered in ${m.ms} ms, map idle after ${m.idleMs} ms, ${m.answers.length} answer(s)`;
	test.info().annotations.push({ type: 'burst of 1,000 bvm:select/fitRegion', description: mText });
	console.log(`burst of 1,000 bvm:select/fitRegion: ${mText}`);
	// Quiet machine: ~70 ms, idle ~0.4 s (was ~23 s). With ~7 agents on 2 cores it took ~2 s: rerun alone.
	expect(m.ms).toBeLessThan(1000);
	expect(m.idleMs).toBeLessThan(5000);
	expect(m.answers.length).toBeLessThanOrEqual(10);
	expect(m.answers.at(-1)!.data).toMatchObject({ type: 'bvm:selectionChanged', selection: { kind: 'site', id: last } });
	await expect(frame.getByTestId('panel').getByRole('heading', { level: 2 })).toHaveText(siteById('cta-sevilla').properties.name);
});
