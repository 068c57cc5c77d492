/**
 * Lighthouse (12.2.3, its Node API) on the pages of `npm run bench`: the bare MapLibre page, `/`,
 * `/embed` and `/embed?load=click`, with Lighthouse's mobile defaults (simulated slow 4G, 4× CPU
 * slowdown, Moto G Power screen) and its desktop preset. Chromium is Debian's (or CHROMIUM_PATH),
 * started headless by chrome-launcher with the tests' flags (software WebGL, quiet on a closed
 * network). Only the performance category is run: score, LCP, TBT, CLS.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_ARGS as TEST_CHROMIUM_ARGS, chromiumPath } from '../tests/chromium';
import { median, withTimeout } from './measure';

export type Preset = 'mobile' | 'desktop';
export const PRESETS: readonly Preset[] = ['mobile', 'desktop'];

export type LighthouseFigures = {
	/** 0–100, as the report shows it. */
	score: number;
	lcpMs: number;
	tbtMs: number;
	cls: number;
	fcpMs: number;
	/** The element Lighthouse took for LCP (its HTML snippet, shortened), or null when none was reported. */
	lcpElement: string | null;
	/** Runtime errors or warnings Lighthouse reported for the run (e.g. NO_LCP), if any. */
	warnings: string[];
};

export type LighthouseRow = { page: string; path: string; preset: Preset; runs: LighthouseFigures[]; median: LighthouseFigures | null; error?: string };

/** Lighthouse waits this long for a page's load (its default is 45 s; software WebGL on a shared machine needs more). */
const MAX_WAIT_FOR_LOAD_MS = 90_000;
/** Upper bound for one Lighthouse run. */
const RUN_TIMEOUT_MS = 240_000;

/** The pages Lighthouse runs on, as [name, path] (path relative to the bench server's origin). */
export function lighthousePages(barePath: string): Array<[string, string]> {
	return [
		['bare MapLibre', barePath],
		['/', '/'],
		['/embed', '/embed'],
		['/embed?load=click', '/embed?load=click']
	];
}

/** One Lighthouse run: performance only, throttling as the preset says. */
async function runOnce(port: number, url: string, preset: Preset): Promise<LighthouseFigures> {
	const flags = {
		port,
		output: 'json' as const,
		logLevel: 'error' as const,
		onlyCategories: ['performance'],
		maxWaitForLoad: MAX_WAIT_FOR_LOAD_MS
	};
	const result = await withTimeout(lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined), RUN_TIMEOUT_MS, `Lighthouse ${preset} ${url}`);
	if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
	const lhr = result.lhr;
	if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
	const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
	const score = lhr.categories.performance?.score;
	return {
		score: score === null || score === undefined ? Number.NaN : Math.round(score * 100),
		lcpMs: Math.round(audit('largest-contentful-paint')),
		tbtMs: Math.round(audit('total-blocking-time')),
		cls: Math.round(audit('cumulative-layout-shift') * 1000) / 1000,
		fcpMs: Math.round(audit('first-contentful-paint')),
		lcpElement: lcpElementOf(lhr.audits['largest-contentful-paint-element']),
		warnings: (lhr.runWarnings ?? []).map((w) => String(w).split('\n')[0]!)
	};
}

/** The first `node` (`{ type: 'node', snippet }`) anywhere in an audit's details. */
function firstNodeSnippet(details: unknown): string | null {
	if (!details || typeof details !== 'object') return null;
	const d = details as { type?: unknown; snippet?: unknown };
	if (d.type === 'node' && typeof d.snippet === 'string') return d.snippet.replace(/\s+/g, ' ').slice(0, 120);
	for (const value of Object.values(details)) {
		const found = Array.isArray(value) ? value.map(firstNodeSnippet).find((x) => x !== null) : firstNodeSnippet(value);
		if (found) return found;
	}
	return null;
}

/**
 * The LCP element's snippet, or why there is none. Seen here: Lighthouse 12.2.3's TraceElements
 * gatherer fails on Chromium 156 ("RootCauses … reading 'frame_sequence'"); the metrics are
 * unaffected (they come from the trace), so section 5 records the LCP element in the page itself.
 */
function lcpElementOf(audit: { details?: unknown; errorMessage?: string; scoreDisplayMode?: string } | undefined): string | null {
	if (!audit) return null;
	if (audit.scoreDisplayMode === 'error') return `not reported (${(audit.errorMessage ?? 'audit error').slice(0, 110)})`;
	return firstNodeSnippet(audit.details);
}

function medianOf(runs: LighthouseFigures[]): LighthouseFigures | null {
	if (runs.length === 0) return null;
	const m = (pick: (r: LighthouseFigures) => number) => median(runs.map(pick));
	return {
		score: m((r) => r.score),
		lcpMs: m((r) => r.lcpMs),
		tbtMs: m((r) => r.tbtMs),
		cls: m((r) => r.cls),
		fcpMs: m((r) => r.fcpMs),
		lcpElement: runs.map((r) => r.lcpElement).find((x) => x !== null) ?? null,
		warnings: [...new Set(runs.flatMap((r) => r.warnings))]
	};
}

/**
 * `runs` Lighthouse runs of every page with each preset, in rounds (page after page), one headless
 * Chromium for all of them (Lighthouse clears the origin's storage and cache before each run).
 */
export async function runLighthouse(
	origin: string,
	pages: Array<[string, string]>,
	runs: number,
	log: (msg: string) => void = () => undefined
): Promise<LighthouseRow[]> {
	const chrome = await chromeLauncher.launch({
		chromePath: chromiumPath,
		chromeFlags: ['--headless=new', ...TEST_CHROMIUM_ARGS],
		logLevel: 'silent'
	});
	const rows: LighthouseRow[] = [];
	for (const preset of PRESETS) for (const [page, path] of pages) rows.push({ page, path, preset, runs: [], median: null });
	try {
		for (let round = 1; round <= runs; round++) {
			for (const row of rows) {
				log(`Lighthouse ${row.preset} ${row.page}, run ${round} of ${runs}`);
				try {
					row.runs.push(await runOnce(chrome.port, origin + row.path, row.preset));
				} catch (e) {
					row.error = e instanceof Error ? e.message.split('\n')[0]! : String(e);
					log(`  failed: ${row.error}`);
				}
			}
		}
	} finally {
		await withTimeout(Promise.resolve(chrome.kill()), 15_000, 'closing Chromium (Lighthouse)').catch(() => undefined);
	}
	for (const row of rows) row.median = medianOf(row.runs);
	return rows;
}

export type Target = { target: string; value: string; ok: boolean };

/** The ratio checks: above bare on both presets, `/embed` LCP ≤ 0.5× bare, facade ≥ 95. */
export function lighthouseTargets(rows: LighthouseRow[]): Target[] {
	const get = (page: string, preset: Preset) => rows.find((r) => r.page === page && r.preset === preset)?.median ?? null;
	const out: Target[] = [];
	const missing = (what: string) => ({ target: what, value: 'not measured', ok: false });
	for (const page of ['/', '/embed'])
		for (const preset of PRESETS) {
			const what = `Lighthouse ${preset}: ${page} scores above the bare MapLibre page`;
			const [app, bare] = [get(page, preset), get('bare MapLibre', preset)];
			out.push(app && bare ? { target: what, value: `${app.score} vs ${bare.score}`, ok: app.score > bare.score } : missing(what));
		}
	for (const preset of PRESETS) {
		const what = `Lighthouse ${preset}: /embed LCP ≤ 0.5× the bare page's`;
		const [embed, bare] = [get('/embed', preset), get('bare MapLibre', preset)];
		out.push(
			embed && bare
				? { target: what, value: `${embed.lcpMs} vs ${bare.lcpMs} ms (${(embed.lcpMs / bare.lcpMs).toFixed(2)}×)`, ok: embed.lcpMs <= 0.5 * bare.lcpMs }
				: missing(what)
		);
	}
	for (const preset of PRESETS) {
		const what = `Lighthouse ${preset}: /embed?load=click performance ≥ 95`;
		const click = get('/embed?load=click', preset);
		out.push(click ? { target: what, value: String(click.score), ok: click.score >= 95 } : missing(what));
	}
	return out;
}

/** The side-by-side table: one line per page, mobile then desktop. */
export function lighthouseTable(rows: LighthouseRow[]): string[] {
	const w = [20, 7, 9, 9, 8, 7, 9, 9, 8, 7];
	const line = (cells: Array<string | number>) => cells.map((c, i) => String(c).padEnd(w[i] ?? 10)).join(' ');
	const out = [line(['', 'mobile', '', '', '', 'desktop', '', '', '', '']), line(['page', 'score', 'LCP', 'TBT', 'CLS', 'score', 'LCP', 'TBT', 'CLS', 'runs'])];
	const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
	const cells = (r: LighthouseRow | undefined) => {
		if (!r?.median) return ['–', r?.error ? 'error' : '–', '', ''];
		const m = r.median;
		return [m.score, s(m.lcpMs), `${m.tbtMs} ms`, m.cls.toFixed(3)];
	};
	const names = [...new Set(rows.map((r) => r.page))];
	for (const page of names) {
		const mobile = rows.find((r) => r.page === page && r.preset === 'mobile');
		const desktop = rows.find((r) => r.page === page && r.preset === 'desktop');
		out.push(line([page, ...cells(mobile), ...cells(desktop), Math.max(mobile?.runs.length ?? 0, desktop?.runs.length ?? 0)]));
	}
	for (const r of rows) {
		if (r.median) out.push(`  ${r.preset.padEnd(7)} ${r.page.padEnd(18)} FCP ${s(r.median.fcpMs)}, LCP element: ${r.median.lcpElement ?? 'none reported'}`);
		if (r.error) out.push(`  ${r.preset} ${r.page}: ${r.error}`);
		for (const w of r.median?.warnings ?? []) out.push(`  ${r.preset} ${r.page}: Lighthouse warns: ${w}`);
	}
	return out;
}
