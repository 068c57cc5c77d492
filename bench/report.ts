/**
 * The printed report of `npm run bench` (bench/run.ts): one table per section that ran, and the
 * targets (PASS/MISS) they feed. Pure formatting of the results; the measuring is in run.ts.
 */
import { POSTER_SELECTOR, type PixelsRun } from './first-pixels';
import { lighthouseTable, lighthouseTargets, type LighthouseRow } from './lighthouse';
import { spread, type Kind, type ScaleRun, type Spread } from './measure';
import { svgReport, type SvgGroup, type SyntheticSvg } from './static-sizes';

export const TARGETS = { embedRatio: 1.15, homeRatio: 1.3, embedJsOverMapLibre: 60 * 1024, filterGrowth: 2, longTaskMs: 200, leafletFactor: 5 };
export type Section = 'idle' | 'pixels' | 'lighthouse' | 'svg' | 'scale';
export type Target = { target: string; value: string; ok: boolean };

export type PageResult = { idleMs: Spread; gzipBytes: Record<Kind, number> };
export type ScaleResult = {
	sites: number;
	runs: number;
	syntheticKB: number;
	htmlKB: { raw: number; gzip: number };
	app: Record<Exclude<keyof ScaleRun, 'longOver200AfterIdle'>, Spread> & { longOver200AfterIdle: number };
	leaflet: { renderMs: Spread; filterMs: Spread } | { error: string };
	/** The bare MapLibre page on the same synthetic points: what any MapLibre map pays here. */
	bare: { idleMs: Spread; filterMs: Spread } | { error: string };
};

export type BenchResults = {
	runs: number;
	runsLarge: number;
	sizes: number[];
	large: number;
	lhRuns: number;
	svgSites: number;
	pages: Record<string, PageResult>;
	realFilterMs: Spread | null | undefined;
	mapLibreGz: { js: number; worker: number; css: number };
	scale: ScaleResult[];
	scaleErrors: Array<{ sites: number; error: string }>;
	buildSeconds: Record<number, number>;
	realBuildSeconds: number | null;
	loadAtStart: string;
	firstPixels: Record<string, PixelsRun[]>;
	lighthouse: LighthouseRow[];
	svgBuilt: SvgGroup[];
	svgSynthetic: SyntheticSvg[];
};

export const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');

/** Prints the tables of the sections that ran; returns the targets they measured. */
export function printReport(r: BenchResults, has: (section: Section) => boolean): Target[] {
	const { runs: RUNS, runsLarge: RUNS_LARGE, sizes: SIZES, large: LARGE, lhRuns: LH_RUNS, svgSites: SVG_SITES } = r;
	const { pages, realFilterMs, mapLibreGz, scale, scaleErrors, buildSeconds, realBuildSeconds, loadAtStart, firstPixels, lighthouse, svgBuilt, svgSynthetic } =
		r;
	const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
	const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
	const ms = (s: Spread) => `${s.median} ms (${s.min}–${s.max})`;
	const row = (cells: Array<string | number>, widths: number[]) => cells.map((c, i) => String(c).padEnd(widths[i] ?? 12)).join(' ');
	const targets: Target[] = [];

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
	return targets;
}
