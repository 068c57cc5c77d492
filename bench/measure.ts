/**
 * Measures what a reader waits for and downloads: navigation → first map idle (median of N runs
 * in headless Chromium) and the gzipped bytes loaded before idle, by kind; plus the helpers of
 * `npm run bench` (static server with mounts, app builds from other data, scale and Leaflet runs).
 * See bench/README.md.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import sirv from 'sirv';
import '../src/lib/map/test-hook';
import { CHROMIUM_ARGS as TEST_CHROMIUM_ARGS, chromiumPath } from '../tests/chromium';

/** The repository root (bench/..), whatever the working directory. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The tests' Chromium and flags, plus exact heap figures for the scale runs. */
export const CHROMIUM_ARGS = [...TEST_CHROMIUM_ARGS, '--enable-precise-memory-info'];

/** Upper bound for one page to reach its first idle (50,000 synthetic sites on 2 cores included). */
export const LOAD_TIMEOUT_MS = 120_000;
/** Upper bound for one interaction (filter, panel) to settle. */
export const STEP_TIMEOUT_MS = 60_000;

export type Kind = 'js' | 'css' | 'data' | 'font' | 'html' | 'other';
export type Spread = { median: number; min: number; max: number; n: number };

export function kindOf(url: string, contentType: string): Kind {
	const path = new URL(url).pathname;
	if (/javascript/.test(contentType) || /\.m?js$/.test(path)) return 'js';
	if (/css/.test(contentType)) return 'css';
	if (/font|woff2?$/.test(contentType) || /\.woff2?$/.test(path)) return 'font';
	if (/json/.test(contentType) || /\.(geo)?json$/.test(path)) return 'data';
	if (/html/.test(contentType)) return 'html';
	return 'other';
}

export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function spread(values: number[], digits = 0): Spread {
	const f = 10 ** digits;
	const r = (x: number) => Math.round(x * f) / f;
	return { median: r(median(values)), min: r(Math.min(...values)), max: r(Math.max(...values)), n: values.length };
}

/** Gzip -9 size of a file. */
export function gzipSize(file: string): number {
	return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** Rejects with a clear message when `promise` takes longer than `ms`. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
	});
	try {
		return await Promise.race([promise, timeout]);
	} finally {
		clearTimeout(timer);
	}
}

/** `npm start`'s server on the existing build/ (kept for scripts that want production headers). */
export async function startServer(port: number): Promise<ChildProcess> {
	const server = spawn('node', ['scripts/start.js'], {
		cwd: ROOT,
		env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), SKIP_BUILD: '1' },
		stdio: 'pipe'
	});
	try {
		await withTimeout(
			new Promise<void>((resolve, reject) => {
				server.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('http://') && resolve());
				server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
			}),
			30_000,
			'scripts/start.js to listen'
		);
	} catch (e) {
		server.kill();
		throw e;
	}
	return server;
}

export type StaticServer = {
	origin: string;
	/** Serves `dir` under `prefix` ('/' or '/x/'); replaces an earlier mount of the same prefix. */
	mount(prefix: string, dir: string): void;
	close(): Promise<void>;
};

/**
 * One static server on 127.0.0.1 with several roots: the app build at '/', the bench pages, the
 * vendor files from node_modules and the data under their own prefixes (same origin for all, so
 * the bare and Leaflet pages read the app's very basemap and font files).
 */
export async function startStaticServer(port: number, mounts: Record<string, string>): Promise<StaticServer> {
	type Handler = ReturnType<typeof sirv>;
	const table = new Map<string, Handler>();
	const mount = (prefix: string, dir: string) => {
		if (!prefix.startsWith('/') || !prefix.endsWith('/')) throw new Error(`mount prefix must start and end with '/': ${prefix}`);
		if (!existsSync(dir)) throw new Error(`nothing to serve at ${dir}`);
		table.set(prefix, sirv(dir, { dev: false, etag: true, gzip: false, extensions: ['html'] }));
	};
	for (const [prefix, dir] of Object.entries(mounts)) mount(prefix, dir);
	const notFound = (res: ServerResponse) => {
		res.statusCode = 404;
		res.setHeader('Content-Type', 'text/plain; charset=utf-8');
		res.end('Not found');
	};
	const handle = (req: IncomingMessage, res: ServerResponse) => {
		res.setHeader('X-Content-Type-Options', 'nosniff');
		const url = req.url ?? '/';
		const prefix = [...table.keys()].filter((p) => url.startsWith(p)).sort((a, b) => b.length - a.length)[0];
		const serve = prefix === undefined ? undefined : table.get(prefix);
		if (!serve || prefix === undefined) return notFound(res);
		req.url = url.slice(prefix.length - 1);
		serve(req, res, () => notFound(res));
	};
	const server: Server = createServer(handle);
	await withTimeout(
		new Promise<void>((resolve, reject) => {
			server.once('error', reject);
			server.listen(port, '127.0.0.1', () => resolve());
		}),
		10_000,
		`static server to listen on 127.0.0.1:${port}`
	);
	return {
		origin: `http://127.0.0.1:${port}`,
		mount,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}

export async function launch(extraArgs: string[] = []): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath, args: [...CHROMIUM_ARGS, ...extraArgs], timeout: 60_000 });
}

export async function newPage(browser: Browser, reducedMotion: 'reduce' | 'no-preference' = 'no-preference'): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion });
	context.setDefaultTimeout(STEP_TIMEOUT_MS);
	context.setDefaultNavigationTimeout(LOAD_TIMEOUT_MS);
	// tsx (esbuild keepNames) may wrap functions passed to the page in `__name(...)`: make it a no-op there.
	await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
	const page = await context.newPage();
	return { context, page };
}

/** Navigates without waiting for `load` (a huge inline payload delays it) and waits for the first-idle mark. */
export async function gotoFirstIdle(page: Page, url: string): Promise<number> {
	await page.goto(url, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
	await page.waitForFunction(() => performance.getEntriesByName('bvm:first-idle').length > 0, null, {
		timeout: LOAD_TIMEOUT_MS,
		polling: 50
	});
	return page.evaluate(() => performance.getEntriesByName('bvm:first-idle')[0]!.startTime);
}

/**
 * One cold load in a fresh context: ms from navigation start to the map's first idle (the
 * `bvm:first-idle` performance mark, set by the app's map and by the bench pages), and the
 * gzipped bytes of every response whose request started before it, by kind (what a page fetches
 * once it is idle, e.g. a prefetched panel, is not part of its first view). Reading response
 * bodies costs the page time, so timed runs pass `recordBytes: false`.
 */
export async function coldLoad(
	browser: Browser,
	url: string,
	{ recordBytes = true }: { recordBytes?: boolean } = {}
): Promise<{ idleMs: number; bytes: Record<Kind, number> }> {
	const { context, page } = await newPage(browser);
	const bytes: Record<Kind, number> = { js: 0, css: 0, data: 0, font: 0, html: 0, other: 0 };
	const responses: Array<Promise<{ kind: Kind; size: number; requestedAt: number } | null>> = [];
	let idle = false;
	page.on('response', (response) => {
		if (idle || !recordBytes) return;
		responses.push(
			response
				.body()
				.then((body) => ({
					kind: kindOf(response.url(), response.headers()['content-type'] ?? ''),
					size: gzipSync(body, { level: 9 }).length,
					// Epoch milliseconds, comparable with the page's timeOrigin.
					requestedAt: response.request().timing().startTime
				}))
				.catch(() => null)
		);
	});
	try {
		const idleMs = await gotoFirstIdle(page, url);
		idle = true;
		const idleAt = await page.evaluate((ms) => performance.timeOrigin + ms, idleMs);
		for (const r of await withTimeout(Promise.all(responses), 30_000, 'response bodies')) {
			if (r && r.requestedAt <= idleAt) bytes[r.kind] += r.size;
		}
		return { idleMs, bytes };
	} finally {
		await context.close();
	}
}

/**
 * Filter click → map idle: opens the page, then (inside the page, so no driver round trips are
 * counted) clicks a region checkbox and waits until the map holds the new subset and is idle.
 */
export async function filterToIdle(browser: Browser, url: string, regionLabel: RegExp): Promise<number> {
	const { context, page } = await newPage(browser);
	try {
		await gotoFirstIdle(page, url);
		await page.waitForFunction(() => Boolean(window.__bvm));
		await page.locator('[data-facet="regions"] summary').click();
		const checkbox = page.getByRole('checkbox', { name: regionLabel });
		await checkbox.evaluate((el) => el.setAttribute('data-bench-target', ''));
		return await page.evaluate(async (timeout) => {
			const hook = window.__bvm!;
			const deadline = performance.now() + timeout;
			const before = hook.visibleCount();
			const t0 = performance.now();
			(document.querySelector('[data-bench-target]') as HTMLInputElement).click();
			while (hook.visibleCount() === before) {
				if (performance.now() > deadline) throw new Error('the map never received the filtered sites');
				await new Promise(requestAnimationFrame);
			}
			await hook.whenIdle();
			return performance.now() - t0;
		}, STEP_TIMEOUT_MS);
	} finally {
		await context.close();
	}
}

declare global {
	interface Window {
		__benchLongTasks?: Array<{ start: number; duration: number }>;
		__leafletBench?: { filter(region: string): Promise<number>; markers: number };
		__bare?: { filter(region: string): Promise<number> };
	}
}

/** Registered before any page script: every long task (> 50 ms) of the main thread, with its start. */
function observeLongTasks(): void {
	const tasks: Array<{ start: number; duration: number }> = [];
	window.__benchLongTasks = tasks;
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
		}).observe({ type: 'longtask', buffered: true });
	} catch {
		// No Long Tasks API: the figures stay empty.
	}
}

export type ScaleRun = {
	/** Navigation → first map idle. */
	idleMs: number;
	/** Region checkbox click → the map holds the subset and is idle. */
	filterMs: number;
	/** Region checkbox click → the list shows only entries of the chosen region. */
	listMs: number;
	/** `[data-site-id]` entries in the list's DOM after the filter, and how many of them are on screen. */
	listRows: number;
	listRowsInView: number;
	/** First list entry click → the panel's heading is visible and the map is idle. */
	panelMs: number;
	/** Main-thread JS heap right after first idle (no forced GC), and after the interactions and a GC. */
	heapAfterIdle: number;
	heapRetained: number;
	/** Long tasks: the longest before first idle, the longest after it, and how many after it exceed 200 ms. */
	longestBeforeIdle: number;
	longestAfterIdle: number;
	longOver200AfterIdle: number;
};

/**
 * One full scale run of the app in a fresh context (reduced motion, so camera moves are instant
 * and the panel figure is work, not animation): first idle, heap, a region filter (map and list),
 * then the panel of the first listed site; long tasks are recorded throughout.
 */
export async function scaleRun(browser: Browser, url: string, opts: { regionLabel: RegExp; expectedIds: readonly string[] }): Promise<ScaleRun> {
	const { context, page } = await newPage(browser, 'reduce');
	await context.addInitScript(observeLongTasks);
	try {
		const cdp = await context.newCDPSession(page);
		const idleMs = await gotoFirstIdle(page, url);
		await page.waitForFunction(() => Boolean(window.__bvm));
		await page.waitForTimeout(300);
		const heapAfterIdle = (await cdp.send('Runtime.getHeapUsage')).usedSize;

		// Filter: open the region facet, mark the checkbox, then click and time everything in the page.
		await page.locator('[data-facet="regions"] summary').click();
		await page.getByRole('checkbox', { name: opts.regionLabel }).evaluate((el) => el.setAttribute('data-bench-target', ''));
		const filter = await page.evaluate(
			async ({ ids, timeout }) => {
				const hook = window.__bvm!;
				const expected = new Set(ids);
				const deadline = performance.now() + timeout;
				// No named helper functions in here: tsx would wrap them in a `__name` call the page lacks.
				const ROWS = '[data-testid="site-list"] [data-site-id]';
				const before = hook.visibleCount();
				const t0 = performance.now();
				(document.querySelector('[data-bench-target]') as HTMLInputElement).click();
				const list = (async () => {
					for (;;) {
						const shown = [...document.querySelectorAll<HTMLElement>(ROWS)];
						if (shown.length > 0 && shown.every((el) => expected.has(el.dataset.siteId ?? ''))) return performance.now() - t0;
						if (performance.now() > deadline) throw new Error('the list never showed the filtered sites');
						await new Promise(requestAnimationFrame);
					}
				})();
				const map = (async () => {
					while (hook.visibleCount() === before) {
						if (performance.now() > deadline) throw new Error('the map never received the filtered sites');
						await new Promise(requestAnimationFrame);
					}
					await hook.whenIdle();
					return performance.now() - t0;
				})();
				const [listMs, mapMs] = await Promise.all([list, map]);
				const all = [...document.querySelectorAll<HTMLElement>(ROWS)];
				const view = window.innerHeight;
				const inView = all.filter((el) => {
					const r = el.getBoundingClientRect();
					return r.bottom > 0 && r.top < view && r.height > 0;
				}).length;
				return { listMs, mapMs, rows: all.length, inView };
			},
			{ ids: [...opts.expectedIds], timeout: STEP_TIMEOUT_MS }
		);

		// Panel: click the first list entry and wait for the panel heading and the map's idle.
		const panelMs = await page.evaluate(async (timeout) => {
			const hook = window.__bvm!;
			const deadline = performance.now() + timeout;
			const first = document.querySelector<HTMLElement>('[data-testid="site-list"] [data-site-id]');
			if (!first) throw new Error('no list entry to open');
			const t0 = performance.now();
			first.click();
			for (;;) {
				const h2 = document.querySelector<HTMLElement>('[data-testid="panel"] h2');
				if (h2 && h2.getBoundingClientRect().height > 0 && (h2.textContent ?? '').trim() !== '') break;
				if (performance.now() > deadline) throw new Error('the panel never opened');
				await new Promise(requestAnimationFrame);
			}
			await hook.whenIdle();
			return performance.now() - t0;
		}, STEP_TIMEOUT_MS);

		const { tasks, firstIdle } = await page.evaluate(() => ({
			tasks: window.__benchLongTasks ?? [],
			firstIdle: performance.getEntriesByName('bvm:first-idle')[0]!.startTime
		}));
		await cdp.send('HeapProfiler.collectGarbage');
		const heapRetained = (await cdp.send('Runtime.getHeapUsage')).usedSize;
		const before = tasks.filter((t) => t.start < firstIdle).map((t) => t.duration);
		const after = tasks.filter((t) => t.start >= firstIdle).map((t) => t.duration);
		return {
			idleMs,
			filterMs: filter.mapMs,
			listMs: filter.listMs,
			listRows: filter.rows,
			listRowsInView: filter.inView,
			panelMs,
			heapAfterIdle,
			heapRetained,
			longestBeforeIdle: Math.max(0, ...before),
			longestAfterIdle: Math.max(0, ...after),
			longOver200AfterIdle: after.filter((d) => d > 200).length
		};
	} finally {
		await context.close();
	}
}

/** One run of the Leaflet baseline page: navigation → markers added and painted, then a region filter. */
export async function leafletRun(browser: Browser, url: string, region: string): Promise<{ renderMs: number; filterMs: number; markers: number }> {
	const { context, page } = await newPage(browser);
	try {
		const renderMs = await gotoFirstIdle(page, url);
		const markers = await page.evaluate(() => window.__leafletBench!.markers);
		const filterMs = await withTimeout(
			page.evaluate((r) => window.__leafletBench!.filter(r), region),
			STEP_TIMEOUT_MS,
			'Leaflet filter'
		);
		return { renderMs, filterMs, markers };
	} finally {
		await context.close();
	}
}

/** One run of the bare MapLibre page (the floor): navigation → first idle, then the same region filter as the app's (setData → idle). */
export async function bareRun(browser: Browser, url: string, region: string): Promise<{ idleMs: number; filterMs: number }> {
	const { context, page } = await newPage(browser);
	try {
		const idleMs = await gotoFirstIdle(page, url);
		const filterMs = await withTimeout(
			page.evaluate((r) => window.__bare!.filter(r), region),
			STEP_TIMEOUT_MS,
			'bare MapLibre filter'
		);
		return { idleMs, filterMs };
	} finally {
		await context.close();
	}
}

/** Files of the working tree (tracked and untracked, not ignored): what a build of it needs. */
function workingTreeFiles(): Promise<string[]> {
	return new Promise<string[]>((resolve, reject) => {
		const git = spawn('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT });
		let out = '';
		git.stdout.on('data', (c: Buffer) => (out += c.toString()));
		git.once('error', reject);
		git.once('exit', (code) => (code === 0 ? resolve(out.split('\0').filter(Boolean)) : reject(new Error(`git ls-files exited with ${code}`))));
	});
}

/**
 * A copy of the working tree in `dir` (node_modules linked, not copied) in which the app can be
 * built from other data without touching the real build/ or .svelte-kit/ that others may be using.
 */
export async function snapshotWorkingTree(dir: string): Promise<string> {
	const files = await workingTreeFiles();
	for (const file of files) {
		if (file.startsWith('bench/') || !existsSync(join(ROOT, file))) continue;
		mkdirSync(dirname(join(dir, file)), { recursive: true });
		cpSync(join(ROOT, file), join(dir, file));
	}
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
	return dir;
}

/**
 * Builds the app in `snapshot` (see snapshotWorkingTree) with `BVM_DATA_DIR=dataDir` and moves
 * the output to `outDir`. The build also validates the data (the pages load it at prerender).
 */
export async function buildWithData(snapshot: string, dataDir: string, outDir: string, timeoutMs = 300_000): Promise<void> {
	rmSync(join(snapshot, 'build'), { recursive: true, force: true });
	const child = spawn(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], {
		cwd: snapshot,
		env: { ...process.env, BVM_DATA_DIR: dataDir, BVM_SITE_PAGES: '0' },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let log = '';
	child.stdout.on('data', (c: Buffer) => (log += c.toString()));
	child.stderr.on('data', (c: Buffer) => (log += c.toString()));
	try {
		await withTimeout(
			new Promise<void>((resolve, reject) => {
				child.once('error', reject);
				child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build exited with ${code}:\n${log.slice(-3000)}`))));
			}),
			timeoutMs,
			`vite build with ${dataDir}`
		);
	} catch (e) {
		child.kill('SIGKILL');
		throw e;
	}
	rmSync(outDir, { recursive: true, force: true });
	renameSync(join(snapshot, 'build'), outDir);
}
