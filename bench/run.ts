/**
 * `npm run bench` (builds first, timed, unless BENCH_SKIP_BUILD=1): overhead against a bare MapLibre page, bytes against
 * MapLibre's own size, scale with synthetic sites (100 → 50,000) and a Leaflet + markercluster
 * baseline. Prints one table per section and the targets, writes bench/results.json.
 * See bench/README.md. Environment: BENCH_RUNS (5), BENCH_RUNS_LARGE (3, for ≥ 50,000 sites),
 * BENCH_SIZES (100,1000,10000,50000), BENCH_PORT (4190), CHROMIUM_PATH, BENCH_KEEP_TMP=1.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { writeSyntheticDataset } from '../scripts/gen-synthetic';
import { firstPixelsRun, POSTER_SELECTOR, type PixelsRun } from './first-pixels';
import { lighthousePages, lighthouseTable, lighthouseTargets, runLighthouse, type LighthouseRow } from './lighthouse';
import { builtSvgSizes, svgReport, syntheticSvgSizes, type SvgGroup, type SyntheticSvg } from './static-sizes';
import {
	buildWithData,
	coldLoad,
	filterToIdle,
	gzipSize,
	launch,
	leafletRun,
	bareRun,
	ROOT,
	scaleRun,
	snapshotWorkingTree,
	spread,
	startStaticServer,
	type Kind,
	type ScaleRun,
	type Spread,
	type StaticServer,
	withTimeout
} from './measure';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const RUNS_LARGE = Number(process.env.BENCH_RUNS_LARGE ?? 3);
const LARGE = 50_000;
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000,50000').split(',').map(Number);
const PORT = Number(process.env.BENCH_PORT ?? 4190);
/** Upper bound for one synthetic build (the prerender inlines every site into the HTML). */
const BUILD_TIMEOUT_MS = Number(process.env.BENCH_BUILD_TIMEOUT_S ?? 240) * 1000;
/** The region the filter figures select: the largest valley, by its checkbox label. */
const REGION = { id: 'ES61', label: /Andalucía/ };
const LH_RUNS = Number(process.env.BENCH_LH_RUNS ?? 1);
/** The app build served at '/' (sections 1, 2, 5, 6, 7): this tree's build/, or another one (BENCH_APP_BUILD). */
const APP_BUILD = process.env.BENCH_APP_BUILD ? resolve(process.env.BENCH_APP_BUILD) : join(ROOT, 'build');
/** Synthetic sites for the SVG size figures. */
const SVG_SITES = 10_000;
/** Sections: idle (1, 2), pixels (5), lighthouse (6), svg (7), scale (3, 4). `--only=lighthouse,svg` or BENCH_ONLY. */
const SECTIONS = ['idle', 'pixels', 'lighthouse', 'svg', 'scale'] as const;
type Section = (typeof SECTIONS)[number];
const onlyArg = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length) ?? process.env.BENCH_ONLY ?? '';
const only = onlyArg
	.split(',')
	.map((x) => x.trim())
	.filter(Boolean);
for (const name of only)
	if (!(SECTIONS as readonly string[]).includes(name)) throw new Error(`unknown bench section "${name}" (sections: ${SECTIONS.join(', ')})`);
const has = (section: Section) => only.length === 0 || only.includes(section);
const TARGETS = { embedRatio: 1.15, homeRatio: 1.3, embedJsOverMapLibre: 60 * 1024, filterGrowth: 2, longTaskMs: 200, leafletFactor: 5 };

const started = Date.now();
const log = (msg: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}`);
const repeat = async <T>(n: number, fn: () => Promise<T>): Promise<T[]> => {
	const out: T[] = [];
	for (let i = 0; i < n; i++) out.push(await fn());
	return out;
};

type BBox = [number, number, number, number];
function sitesBounds(file: string): BBox {
	const fc = JSON.parse(readFileSync(file, 'utf8')) as { features: Array<{ geometry: { coordinates: [number, number] } }> };
	const b: BBox = [Infinity, Infinity, -Infinity, -Infinity];
	for (const { geometry } of fc.features) {
		const [lon, lat] = geometry.coordinates;
		b[0] = Math.min(b[0], lon);
		b[1] = Math.min(b[1], lat);
		b[2] = Math.max(b[2], lon);
		b[3] = Math.max(b[3], lat);
	}
	return b;
}

/** The load average now (1, 5, 15 min): every figure of a shared machine needs it beside it. */
const load = () =>
	loadavg()
		.map((v) => v.toFixed(2))
		.join(' ');
const loadAtStart = load();

/** `npm run build` with the real data, timed (the build the rest of the bench serves). */
function timedBuild(): number | null {
	if (process.env.BENCH_SKIP_BUILD === '1' || process.env.BENCH_APP_BUILD) return null;
	log('npm run build (real data), timed');
	const t0 = Date.now();
	const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	if (r.status !== 0) throw new Error(`npm run build failed:\n${`${r.stdout}${r.stderr}`.slice(-3000)}`);
	return Math.round((Date.now() - t0) / 100) / 10;
}

// ---- resources, released on every exit path ------------------------------------------------
let server: StaticServer | null = null;
let browser: Browser | null = null;
let tmp: string | null = null;
async function cleanup(): Promise<void> {
	const [b, s, t] = [browser, server, tmp];
	browser = server = tmp = null;
	if (b) await withTimeout(b.close(), 15_000, 'closing Chromium').catch(() => undefined);
	if (s) await withTimeout(s.close(), 5_000, 'closing the server').catch(() => undefined);
	if (t && process.env.BENCH_KEEP_TMP !== '1') rmSync(t, { recursive: true, force: true });
	else if (t) console.log(`temporary files kept in ${t}`);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const)
	process.once(signal, () => {
		console.error(`\n${signal}: stopping the bench`);
		void cleanup().finally(() => process.exit(130));
	});

// ---- results ----------------------------------------------------------------------------------
type PageResult = { idleMs: Spread; gzipBytes: Record<Kind, number> };
type ScaleResult = {
	sites: number;
	runs: number;
	syntheticKB: number;
	htmlKB: { raw: number; gzip: number };
	app: Record<Exclude<keyof ScaleRun, 'longOver200AfterIdle'>, Spread> & { longOver200AfterIdle: number };
	leaflet: { renderMs: Spread; filterMs: Spread } | { error: string };
	/** The bare MapLibre page on the same synthetic points: what any MapLibre map pays here. */
	bare: { idleMs: Spread; filterMs: Spread } | { error: string };
};
const pages: Record<string, PageResult> = {};
let realFilterMs: Spread | undefined;
const scale: ScaleResult[] = [];
const scaleErrors: Array<{ sites: number; error: string }> = [];
let realBuildSeconds: number | null = null;
const firstPixels: Record<string, PixelsRun[]> = {};
let lighthouse: LighthouseRow[] = [];
let svgBuilt: SvgGroup[] = [];
let svgSynthetic: SyntheticSvg[] = [];
const buildSeconds: Record<number, number> = {};
const mapLibreGz = {
	js: gzipSize(join(ROOT, 'node_modules/maplibre-gl/dist/maplibre-gl.mjs')),
	worker: gzipSize(join(ROOT, 'node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs')),
	css: gzipSize(join(ROOT, 'node_modules/maplibre-gl/dist/maplibre-gl.css'))
};

try {
	realBuildSeconds = timedBuild();
	if (!existsSync(join(APP_BUILD, 'index.html'))) throw new Error(`no ${APP_BUILD}/index.html: run \`npm run build\` first (or leave BENCH_SKIP_BUILD unset)`);
	if (process.env.BENCH_APP_BUILD) log(`measuring the app build in ${APP_BUILD}`);
	server = await startStaticServer(PORT, {
		'/': APP_BUILD,
		'/__bench/bare/': join(ROOT, 'bench/bare'),
		'/__bench/leaflet/': join(ROOT, 'bench/leaflet'),
		'/__bench/vendor/maplibre/': join(ROOT, 'node_modules/maplibre-gl/dist'),
		'/__bench/vendor/leaflet/': join(ROOT, 'node_modules/leaflet/dist'),
		'/__bench/vendor/markercluster/': join(ROOT, 'node_modules/leaflet.markercluster/dist'),
		'/__bench/data/': join(ROOT, 'data')
	});
	browser = await launch();
	const origin = server.origin;

	// ---- 1 + 2: overhead against the bare page, bytes -----------------------------------------
	const realBounds = sitesBounds(join(ROOT, 'data/sites.geojson')).join(',');
	const barePath = `/__bench/bare/?data=/__bench/data/&bounds=${realBounds}`;
	const overheadPages: Array<[string, string]> = [
		['bare MapLibre', barePath],
		['/', '/'],
		['/embed', '/embed']
	];
	// One warm-up per page (OS file cache, Chromium start-up) that also records the bytes, then
	// RUNS rounds visiting the pages in turn, so that drift on a shared machine hits all of them.
	const idleRuns = new Map<string, number[]>();
	for (const [name, path] of has('idle') ? overheadPages : []) {
		log(`${name}: warm-up and bytes`);
		pages[name] = { idleMs: spread([0]), gzipBytes: (await coldLoad(browser, origin + path)).bytes };
		idleRuns.set(name, []);
	}
	for (let round = 1; round <= RUNS && has('idle'); round++) {
		log(`cold loads, round ${round} of ${RUNS}`);
		for (const [name, path] of overheadPages) idleRuns.get(name)!.push((await coldLoad(browser, origin + path, { recordBytes: false })).idleMs);
	}
	if (has('idle')) {
		for (const [name] of overheadPages) pages[name]!.idleMs = spread(idleRuns.get(name)!);
		log('filter click → idle on the real data');
		await filterToIdle(browser, `${origin}/`, REGION.label);
		realFilterMs = spread(await repeat(RUNS, () => filterToIdle(browser!, `${origin}/`, REGION.label)));
	}

	// ---- 5: time to first map pixels (the poster) against the bare page's first idle ------------
	if (has('pixels')) {
		const pixelPages: Array<[string, string]> = [
			['/', '/'],
			['/embed', '/embed']
		];
		const bareIdle = idleRuns.get('bare MapLibre') ?? [];
		if (bareIdle.length === 0) {
			log('bare MapLibre: warm-up and first idle (for the first-pixels ratio)');
			await coldLoad(browser, origin + barePath, { recordBytes: false });
		}
		for (const [name] of pixelPages) firstPixels[name] = [];
		for (const [name, path] of pixelPages) await firstPixelsRun(browser, origin + path);
		for (let round = 1; round <= RUNS; round++) {
			log(`first map pixels, round ${round} of ${RUNS}`);
			if (!idleRuns.has('bare MapLibre')) bareIdle.push((await coldLoad(browser, origin + barePath, { recordBytes: false })).idleMs);
			for (const [name, path] of pixelPages) firstPixels[name]!.push(await firstPixelsRun(browser, origin + path));
		}
		firstPixels['bare MapLibre'] = bareIdle.map((idleMs) => ({ posterMs: null, fcpMs: null, idleMs: Math.round(idleMs), lcp: null }));
	}

	// ---- 6: Lighthouse, mobile and desktop, side by side ------------------------------------------
	if (has('lighthouse')) lighthouse = await runLighthouse(origin, lighthousePages(barePath), LH_RUNS, log);

	// ---- 7: the SVG maps' sizes, in the build and at 10,000 synthetic sites ----------------------
	if (has('svg')) {
		log('SVG maps: sizes in build/ and at 10,000 synthetic sites');
		svgBuilt = builtSvgSizes(APP_BUILD);
		svgSynthetic = syntheticSvgSizes(SVG_SITES, join(ROOT, 'data'));
	}

	// ---- 3 + 4: synthetic sites through the real app, and the Leaflet baseline -----------------
	tmp = mkdtempSync(join(tmpdir(), 'bvm-bench-'));
	const snapshot = has('scale') ? await snapshotWorkingTree(join(tmp, 'app')) : '';
	if (has('scale')) log(`copied the working tree to ${tmp}/app for the synthetic builds`);
	for (const size of has('scale') ? SIZES : []) {
		try {
			await measureSize(size, snapshot, origin);
		} catch (e) {
			const message = e instanceof Error ? e.message.split('\n')[0]! : String(e);
			log(`${size} synthetic sites: FAILED (${message})`);
			scaleErrors.push({ sites: size, error: message });
		}
	}
} finally {
	await cleanup();
}

/** A warm-up and `runs` runs of a baseline page; a page that fails is reported, not fatal. */
async function baseline<T>(what: string, runs: number, run: () => Promise<T>): Promise<T[] | { error: string }> {
	log(`${what}, warm-up + ${runs} runs`);
	try {
		await run();
		return await repeat(runs, run);
	} catch (e) {
		return { error: e instanceof Error ? e.message.split('\n')[0]! : String(e) };
	}
}

/** Section 3 + 4 for one size: generate, build, measure the app, the Leaflet and the bare MapLibre page. */
async function measureSize(size: number, snapshot: string, origin: string): Promise<void> {
	if (!browser || !server || !tmp) throw new Error('bench not started');
	{
		const runs = size >= LARGE ? RUNS_LARGE : RUNS;
		const dataDir = join(tmp!, `data-${size}`);
		const buildDir = join(tmp!, `build-${size}`);
		const synthetic = writeSyntheticDataset(dataDir, size, 1, join(ROOT, 'data'));
		log(`${size} synthetic sites: building the app`);
		const t0 = Date.now();
		await buildWithData(snapshot, dataDir, buildDir, BUILD_TIMEOUT_MS);
		buildSeconds[size] = Math.round((Date.now() - t0) / 1000);
		server!.mount('/', buildDir);
		server!.mount('/__bench/synthetic/', dataDir);
		const html = readFileSync(join(buildDir, 'index.html'));
		const expectedIds = synthetic.byRegion[REGION.id] ?? [];

		log(`${size} synthetic sites: app, warm-up + ${runs} runs`);
		await scaleRun(browser!, `${origin}/`, { regionLabel: REGION.label, expectedIds });
		const appRuns = await repeat(runs, () => scaleRun(browser!, `${origin}/`, { regionLabel: REGION.label, expectedIds }));
		const of = (key: Exclude<keyof ScaleRun, 'longOver200AfterIdle'>, digits = 0) =>
			spread(
				appRuns.map((r) => r[key]),
				digits
			);

		// The baselines on the same points: Leaflet (what users pick today) and bare MapLibre (the floor).
		const bounds = sitesBounds(join(dataDir, 'sites.geojson')).join(',');
		const leaflet = await baseline(`${size} synthetic sites: Leaflet`, runs, () =>
			leafletRun(browser!, `${origin}/__bench/leaflet/?sites=/__bench/synthetic/sites.geojson&bounds=${bounds}`, REGION.id)
		).then((r) => ('error' in r ? r : { renderMs: spread(r.map((x) => x.renderMs)), filterMs: spread(r.map((x) => x.filterMs)) }));
		const bare = await baseline(`${size} synthetic sites: bare MapLibre`, runs, () =>
			bareRun(browser!, `${origin}/__bench/bare/?data=/__bench/synthetic/&bounds=${bounds}`, REGION.id)
		).then((r) => ('error' in r ? r : { idleMs: spread(r.map((x) => x.idleMs)), filterMs: spread(r.map((x) => x.filterMs)) }));
		scale.push({
			sites: size,
			runs,
			syntheticKB: Math.round(synthetic.bytes / 1024),
			htmlKB: { raw: Math.round(html.length / 1024), gzip: Math.round(gzipSync(html, { level: 9 }).length / 1024) },
			app: {
				idleMs: of('idleMs'),
				filterMs: of('filterMs'),
				listMs: of('listMs'),
				listRows: of('listRows'),
				listRowsInView: of('listRowsInView'),
				panelMs: of('panelMs'),
				heapAfterIdle: of('heapAfterIdle'),
				heapRetained: of('heapRetained'),
				longestBeforeIdle: of('longestBeforeIdle'),
				longestAfterIdle: of('longestAfterIdle'),
				longOver200AfterIdle: Math.max(...appRuns.map((r) => r.longOver200AfterIdle))
			},
			leaflet,
			bare
		});
		rmSync(buildDir, { recursive: true, force: true });
		rmSync(dataDir, { recursive: true, force: true });
	}
}

// ---- report -----------------------------------------------------------------------------------
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const ms = (s: Spread) => `${s.median} ms (${s.min}–${s.max})`;
const row = (cells: Array<string | number>, widths: number[]) => cells.map((c, i) => String(c).padEnd(widths[i] ?? 12)).join(' ');
const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
const targets: Array<{ target: string; value: string; ok: boolean }> = [];

if (has('idle')) {
	console.log(`\n1. Navigation → first map idle, ${RUNS} cold runs after a warm-up (headless Chromium, software WebGL, 1280×800)`);
	const bare = pages['bare MapLibre']!;
	const w1 = [14, 28, 10];
	console.log(row(['page', 'median (min–max)', 'vs bare'], w1));
	for (const [name, r] of Object.entries(pages))
		console.log(row([name, ms(r.idleMs), name === 'bare MapLibre' ? '1.00' : (r.idleMs.median / bare.idleMs.median).toFixed(2)], w1));
	if (realFilterMs) console.log(`Filter click (Andalucía, real data) → map idle: ${ms(realFilterMs)}`);
	const ratio = (page: string) => pages[page]!.idleMs.median / bare.idleMs.median;
	targets.push({
		target: `/embed first idle ≤ ${TARGETS.embedRatio}× bare`,
		value: `${ratio('/embed').toFixed(2)}×`,
		ok: ratio('/embed') <= TARGETS.embedRatio
	});
	targets.push({ target: `/ first idle ≤ ${TARGETS.homeRatio}× bare`, value: `${ratio('/').toFixed(2)}×`, ok: ratio('/') <= TARGETS.homeRatio });

	console.log(`\n2. Gzipped bytes loaded before first idle (gzip -9 of each response body)`);
	const w2 = [14, 11, 10, 11, 11, 10, 10];
	console.log(row(['page', 'JS', 'CSS', 'data', 'fonts', 'HTML', 'other'], w2));
	for (const [name, r] of Object.entries(pages)) {
		const b = r.gzipBytes;
		console.log(row([name, kb(b.js), kb(b.css), kb(b.data), kb(b.font), kb(b.html), kb(b.other)], w2));
	}
	const mlJs = mapLibreGz.js + mapLibreGz.worker;
	console.log(
		`MapLibre itself (node_modules, gzip -9): maplibre-gl.mjs ${kb(mapLibreGz.js)} + worker ${kb(mapLibreGz.worker)} = ${kb(mlJs)} JS; CSS ${kb(mapLibreGz.css)}`
	);
	for (const page of ['/', '/embed']) console.log(`${page.padEnd(7)} JS beyond MapLibre: ${kb(pages[page]!.gzipBytes.js - mlJs)}`);
	const embedJs = pages['/embed']!.gzipBytes.js;
	targets.push({
		target: `/embed JS ≤ MapLibre + ${kb(TARGETS.embedJsOverMapLibre)}`,
		value: `${kb(embedJs)} (MapLibre + ${kb(embedJs - mlJs)})`,
		ok: embedJs <= mlJs + TARGETS.embedJsOverMapLibre
	});
}

if (has('scale')) {
	console.log(`\n3. Scale: synthetic sites through the real app at / (reduced motion; filter = Andalucía checkbox, ~1/6 of the sites)`);
	const w3 = [8, 5, 22, 22, 22, 22, 12, 16, 12, 10, 10];
	console.log(
		row(
			[
				'sites',
				'runs',
				'first idle',
				'filter → map idle',
				'filter → list shown',
				'list click → panel',
				'list rows',
				'heap idle/retained',
				'HTML raw/gz',
				'max task<idle',
				'max task>idle (n>200)'
			],
			w3
		)
	);
	for (const r of scale) {
		const a = r.app;
		console.log(
			row(
				[
					r.sites,
					r.runs,
					ms(a.idleMs),
					ms(a.filterMs),
					ms(a.listMs),
					ms(a.panelMs),
					`${a.listRows.median} (${a.listRowsInView.median} seen)`,
					`${mb(a.heapAfterIdle.median)}/${mb(a.heapRetained.median)}`,
					`${(r.htmlKB.raw / 1024).toFixed(1)}/${(r.htmlKB.gzip / 1024).toFixed(1)} MB`,
					`${a.longestBeforeIdle.median} ms`,
					`${a.longestAfterIdle.median} ms (${a.longOver200AfterIdle})`
				],
				w3
			)
		);
	}
	for (const e of scaleErrors) console.log(row([e.sites, '–', `not measured: ${e.error}`], [8, 5, 100]));
	console.log(
		`Synthetic build time (vite build incl. prerender): ${Object.entries(buildSeconds)
			.map(([n, sec]) => `${n}: ${sec} s`)
			.join(', ')}`
	);
	const small = scale.find((r) => r.sites === Math.min(...SIZES));
	const large = scale.find((r) => r.sites === LARGE);
	if (small && large && small !== large) {
		const growth = large.app.filterMs.median / small.app.filterMs.median;
		targets.push({
			target: `filter → idle at ${LARGE} ≤ ${TARGETS.filterGrowth}× at ${small.sites}`,
			value: `${large.app.filterMs.median} vs ${small.app.filterMs.median} ms (${growth.toFixed(1)}×)`,
			ok: growth <= TARGETS.filterGrowth
		});
	}
	if (!large && SIZES.includes(LARGE)) {
		const error = scaleErrors.find((e) => e.sites === LARGE)?.error ?? 'not measured';
		for (const target of ['filter → idle ≤ 2× the 100-site value', 'list renders only what is visible', 'no long task > 200 ms after first idle'])
			targets.push({ target: `${target} at ${LARGE}`, value: error, ok: false });
	}
	if (large) {
		const rows = large.app.listRows.median;
		const seen = large.app.listRowsInView.median;
		targets.push({
			target: `list at ${LARGE} renders only what is visible (DOM rows ≤ max(50, 3× rows on screen))`,
			value: `${rows} rows in the DOM, ${seen} on screen`,
			ok: rows <= Math.max(50, 3 * seen)
		});
		targets.push({
			target: `no long task > ${TARGETS.longTaskMs} ms after first idle at ${LARGE}`,
			value: `longest ${large.app.longestAfterIdle.max} ms; ${large.app.longOver200AfterIdle} over ${TARGETS.longTaskMs} ms in the worst run`,
			ok: large.app.longOver200AfterIdle === 0
		});
	}

	console.log(`\n4. Leaflet 1.9 + markercluster baseline (DOM markers, countries as L.geoJSON), same synthetic points`);
	const w4 = [8, 24, 24, 24, 24, 10, 10, 22, 22];
	console.log(
		row(
			['sites', 'Leaflet first render', 'app first idle', 'Leaflet filter', 'app filter → idle', 'speed-up', 'speed-up', 'bare MapLibre', 'bare MapLibre'],
			w4
		)
	);
	console.log(row(['', '', '', '', '', 'render', 'filter', 'first idle', 'filter → idle'], w4));
	for (const r of scale) {
		if ('error' in r.leaflet) {
			console.log(row([r.sites, `error: ${r.leaflet.error}`], [8, 100]));
			continue;
		}
		const l = r.leaflet;
		console.log(
			row(
				[
					r.sites,
					ms(l.renderMs),
					ms(r.app.idleMs),
					ms(l.filterMs),
					ms(r.app.filterMs),
					`${(l.renderMs.median / r.app.idleMs.median).toFixed(2)}×`,
					`${(l.filterMs.median / r.app.filterMs.median).toFixed(2)}×`,
					'error' in r.bare ? r.bare.error : ms(r.bare.idleMs),
					'error' in r.bare ? '' : ms(r.bare.filterMs)
				],
				w4
			)
		);
	}
	const at10k = scale.find((r) => r.sites === 10_000);
	if (at10k && !('error' in at10k.leaflet)) {
		const l = at10k.leaflet;
		const floor = 'error' in at10k.bare ? null : at10k.bare;
		for (const [what, leafletMs, appMs, bareMs] of [
			['first render', l.renderMs.median, at10k.app.idleMs.median, floor?.idleMs.median],
			['filter change', l.filterMs.median, at10k.app.filterMs.median, floor?.filterMs.median]
		] as const)
			targets.push({
				target: `≥ ${TARGETS.leafletFactor}× faster than Leaflet at 10000 (${what})`,
				// The bare MapLibre page shows what no MapLibre app can beat on this machine.
				value: `${(leafletMs / appMs).toFixed(2)}× (Leaflet ${leafletMs} ms, app ${appMs} ms${bareMs === undefined ? '' : `, bare MapLibre ${bareMs} ms = ${(leafletMs / bareMs).toFixed(2)}×`})`,
				ok: leafletMs / appMs >= TARGETS.leafletFactor
			});
	}
	if (SIZES.some((s) => s >= LARGE) && RUNS_LARGE < RUNS)
		console.log(`(${LARGE} sites: ${RUNS_LARGE} runs instead of ${RUNS}, to keep the bench under ~10 minutes.)`);
}

if (has('pixels')) {
	console.log(`\n5. Time to first map pixels: the poster's first paint (${POSTER_SELECTOR}) vs the bare MapLibre page's first idle, ${RUNS} cold runs`);
	const bareIdle = spread((firstPixels['bare MapLibre'] ?? []).map((r) => r.idleMs));
	console.log(`bare MapLibre  first idle ${ms(bareIdle)}`);
	for (const page of ['/', '/embed']) {
		const runs = firstPixels[page] ?? [];
		const painted = runs.map((r) => r.posterMs).filter((v): v is number => v !== null);
		const idle = spread(runs.map((r) => r.idleMs));
		const fcp = runs.map((r) => r.fcpMs).filter((v): v is number => v !== null);
		const what = `${page} first map pixels ≤ 0.35× bare first idle`;
		const lcps = runs.map((r) => r.lcp).filter((l): l is { ms: number; element: string } => l !== null);
		const lcpNote = lcps.length ? `; LCP (unthrottled) ${ms(spread(lcps.map((l) => l.ms)))}, element ${lcps[lcps.length - 1]!.element}` : '';
		if (painted.length < runs.length || runs.length === 0) {
			console.log(
				`${page.padEnd(14)} no poster (no ${POSTER_SELECTOR} painted before the map's first idle); FCP ${fcp.length ? ms(spread(fcp)) : '–'}, map idle ${ms(idle)}${lcpNote}`
			);
			targets.push({ target: what, value: 'no poster', ok: false });
			continue;
		}
		const poster = spread(painted);
		const ratio = poster.median / bareIdle.median;
		console.log(`${page.padEnd(14)} poster painted ${ms(poster)} = ${ratio.toFixed(2)}× bare idle; map idle ${ms(idle)}${lcpNote}`);
		targets.push({ target: what, value: `${poster.median} vs ${bareIdle.median} ms (${ratio.toFixed(2)}×)`, ok: ratio <= 0.35 });
	}
}

if (has('lighthouse')) {
	console.log(
		`\n6. Lighthouse ${'12.2.3'} performance, mobile defaults and desktop preset, median of ${LH_RUNS} run(s) (Debian Chromium headless, software WebGL)`
	);
	for (const line of lighthouseTable(lighthouse)) console.log(line);
	targets.push(...lighthouseTargets(lighthouse));
}

if (has('svg')) {
	console.log(`\n7. Build and build-time SVG maps`);
	console.log(
		`npm run build with the real data: ${realBuildSeconds === null ? 'not run (BENCH_SKIP_BUILD or BENCH_APP_BUILD)' : `${realBuildSeconds} s`} (load average at start ${loadAtStart})`
	);
	for (const line of svgReport(svgBuilt, svgSynthetic, SVG_SITES)) console.log(line);
}

console.log(`\nLoad average (1/5/15 min): ${loadAtStart} at start, ${load()} at the end`);
console.log('\nTargets');
for (const t of targets) console.log(`${verdict(t.ok)}  ${t.target}: ${t.value}`);

mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(
	join(ROOT, 'bench/results.json'),
	`${JSON.stringify(
		{
			date: new Date().toISOString(),
			sections: SECTIONS.filter(has),
			loadAverage: { start: loadAtStart, end: load() },
			runs: RUNS,
			runsLarge: RUNS_LARGE,
			realBuildSeconds,
			pages,
			filterMs: realFilterMs,
			mapLibreGz,
			firstPixels,
			lighthouse,
			svg: { built: svgBuilt, synthetic: { sites: SVG_SITES, views: svgSynthetic } },
			scale,
			scaleErrors,
			buildSeconds,
			targets
		},
		null,
		2
	)}\n`
);
console.log(`\nWritten to bench/results.json (${((Date.now() - started) / 1000).toFixed(0)} s)`);
