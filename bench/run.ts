/**
 * `npm run bench` (builds first, timed, unless BENCH_SKIP_BUILD=1): overhead against a bare MapLibre
 * page, bytes against MapLibre's own size, scale with synthetic sites (100 → 50,000) and a Leaflet +
 * markercluster baseline; time to first map pixels (the poster), Lighthouse side by side, the build
 * time and the SVG maps' sizes. Prints one table per section (report.ts) and the targets, writes
 * bench/results.json. See bench/README.md. Environment: BENCH_RUNS (5), BENCH_RUNS_LARGE (3, for
 * ≥ 50,000 sites), BENCH_SIZES (100,1000,10000,50000), BENCH_PORT (4190), CHROMIUM_PATH,
 * BENCH_KEEP_TMP=1, BENCH_LH_RUNS (1), BENCH_SKIP_BUILD=1 (reuse build/), BENCH_APP_BUILD (another
 * app build to measure, e.g. a branch's; implies no build), BENCH_ONLY or `--only=` (sections).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { firstPixelsRun, type PixelsRun } from './first-pixels';
import { lighthousePages, runLighthouse, type LighthouseRow } from './lighthouse';
import {
	coldLoad,
	filterToIdle,
	gzipSize,
	launch,
	ROOT,
	snapshotWorkingTree,
	spread,
	startStaticServer,
	type Spread,
	type StaticServer,
	withTimeout
} from './measure';
import { printReport, verdict, type PageResult, type ScaleResult } from './report';
import { measureSize, repeat, sitesBounds } from './scale';
import { builtSvgSizes, syntheticSvgSizes, type SvgGroup, type SyntheticSvg } from './static-sizes';
import { measureAsof, measureNearBuild, reportAsof, reportNear, type AsofResult, type NearResult } from './explore-sections';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const RUNS_LARGE = Number(process.env.BENCH_RUNS_LARGE ?? 3);
/** Sections 8 and 9: runs (each as-of run is 9 slider steps), and the sizes the issue asks for. */
const RUNS_NEAR = Number(process.env.BENCH_RUNS_NEAR ?? 3);
const RUNS_ASOF = Number(process.env.BENCH_RUNS_ASOF ?? 3);
const NEAR_SIZE = 50_000;
const ASOF_SIZE = 10_000;
let nearResult: NearResult | null = null;
let asofResult: AsofResult | null = null;
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
/**
 * Sections: idle (1, 2), pixels (5), lighthouse (6), svg (7), scale (3, 4), near (8: near + within
 * at 50,000 sites), asof (9: the year slider at 10,000 sites with a dated history). `--only=near,asof` or BENCH_ONLY.
 */
const SECTIONS = ['idle', 'pixels', 'lighthouse', 'svg', 'scale', 'near', 'asof'] as const;
type Section = (typeof SECTIONS)[number];
const onlyArg = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length) ?? process.env.BENCH_ONLY ?? '';
const only = onlyArg
	.split(',')
	.map((x) => x.trim())
	.filter(Boolean);
for (const name of only)
	if (!(SECTIONS as readonly string[]).includes(name)) throw new Error(`unknown bench section "${name}" (sections: ${SECTIONS.join(', ')})`);
const has = (section: Section) => only.length === 0 || only.includes(section);

const started = Date.now();
const log = (msg: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}`);

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
const pages: Record<string, PageResult> = {};
let realFilterMs: Spread | undefined;
const scale: ScaleResult[] = [];
const scaleErrors: Array<{ sites: number; error: string }> = [];
let realBuildSeconds: number | null;
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
		for (const [, path] of pixelPages) await firstPixelsRun(browser, origin + path); // warm-up
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
			scale.push(
				await measureSize(size, {
					browser,
					server,
					tmp,
					origin,
					snapshot,
					runs: RUNS,
					runsLarge: RUNS_LARGE,
					large: LARGE,
					buildTimeoutMs: BUILD_TIMEOUT_MS,
					region: REGION,
					buildSeconds,
					log
				})
			);
		} catch (e) {
			const message = e instanceof Error ? e.message.split('\n')[0]! : String(e);
			log(`${size} synthetic sites: FAILED (${message})`);
			scaleErrors.push({ sites: size, error: message });
		}
	}

	// ---- 8 + 9: near + within at 50,000 sites, the as-of slider at 10,000 (explore-sections.ts) ----
	const exploreSnapshot = has('near') || has('asof') ? snapshot || (await snapshotWorkingTree(join(tmp, 'app'))) : '';
	const failed = (what: string) => (e: unknown) => log(`${what}: FAILED (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
	if (has('near'))
		nearResult = await measureNearBuild(browser, server, exploreSnapshot, tmp, NEAR_SIZE, RUNS_NEAR, BUILD_TIMEOUT_MS, REGION.label, log).catch((e) => {
			failed(`near at ${NEAR_SIZE}`)(e);
			return null;
		});
	if (has('asof'))
		asofResult = await measureAsof(browser, server, exploreSnapshot, tmp, ASOF_SIZE, RUNS_ASOF, BUILD_TIMEOUT_MS, log).catch((e) => {
			failed(`as of at ${ASOF_SIZE}`)(e);
			return null;
		});
} finally {
	await cleanup();
}

// ---- report -----------------------------------------------------------------------------------
const targets = printReport(
	{
		runs: RUNS,
		runsLarge: RUNS_LARGE,
		sizes: SIZES,
		large: LARGE,
		lhRuns: LH_RUNS,
		svgSites: SVG_SITES,
		pages,
		realFilterMs,
		mapLibreGz,
		scale,
		scaleErrors,
		buildSeconds,
		realBuildSeconds,
		loadAtStart,
		firstPixels,
		lighthouse,
		svgBuilt,
		svgSynthetic
	},
	has
);

if (nearResult) reportNear(nearResult, targets);
else if (has('near')) targets.push({ target: `near + within at ${NEAR_SIZE}`, value: 'not measured (see the log)', ok: false });
if (asofResult) reportAsof(asofResult, targets);
else if (has('asof')) targets.push({ target: `asof step at ${ASOF_SIZE}`, value: 'not measured (see the log)', ok: false });

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
			near: nearResult,
			asof: asofResult,
			targets
		},
		null,
		2
	)}\n`
);
console.log(`\nWritten to bench/results.json (${((Date.now() - started) / 1000).toFixed(0)} s)`);
