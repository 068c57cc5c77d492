/**
 * Sections 8 (near) and 9 (as of) of `npm run bench`: runs, figures, report and targets.
 * The page scenarios are in explore.ts; run.ts calls these unless `--only=` leaves them out.
 */
import { join } from 'node:path';
import { loadavg } from 'node:os';
import type { Browser } from '@playwright/test';
import { writeSyntheticDataset, SYNTHETIC_YEARS } from '../scripts/gen-synthetic';
import { asofRun, expectedAsof, expectedNear, NEAR_TOWNS, NEAR_WITHIN, nearRun, readSites, type AsofStep, type NearRun } from './explore';
import { buildWithData, filterToIdle, spread, type Spread, type StaticServer } from './measure';

export const EXPLORE_TARGETS = { nearListMs: 30, nearMapRatio: 1.2, asofListMs: 30 };

/** The machine's 1-minute load average, as `uptime` prints it (2 cores here). */
export const load = (): number => Math.round(loadavg()[0]! * 100) / 100;

export type NearResult = {
	sites: number;
	runs: number;
	within: number;
	towns: string[];
	listMs: Spread;
	mapMs: Spread;
	/** A plain filter change (a region checkbox) → map idle, in the same runs. */
	filterMs: Spread;
	/** The ranking alone in Node (same kd-tree), per town. */
	pureMs: Spread;
	matches: number[];
	load: { before: number; after: number };
};

export type AsofResult = {
	sites: number;
	runs: number;
	years: [number, number];
	steps: number;
	listMs: Spread;
	mapMs: Spread;
	longestFrameMs: Spread;
	medianFrameMs: Spread;
	load: { before: number; after: number };
};

type Log = (msg: string) => void;

/** Section 5 on the build of `sitesFile` served at `origin`: a warm-up, then `runs` rounds of (filter change, town pick). */
export async function measureNear(browser: Browser, origin: string, sitesFile: string, runs: number, region: RegExp, log: Log): Promise<NearResult> {
	const before = load();
	const sites = readSites(sitesFile);
	const expected = NEAR_TOWNS.map((town) => expectedNear(sites, town, NEAR_WITHIN));
	log(`near: ${sites.length} sites, within ${NEAR_WITHIN} km of ${NEAR_TOWNS.map((t, i) => `${t.name} (${expected[i]!.count})`).join(', ')}; warm-up`);
	await filterToIdle(browser, `${origin}/`, region);
	await nearRun(browser, origin, NEAR_TOWNS[0], expected[0]!);
	const near: NearRun[] = [];
	const filter: number[] = [];
	for (let i = 0; i < runs; i++) {
		log(`near: run ${i + 1} of ${runs} (load ${load()})`);
		filter.push(await filterToIdle(browser, `${origin}/`, region));
		const t = i % NEAR_TOWNS.length;
		near.push(await nearRun(browser, origin, NEAR_TOWNS[t]!, expected[t]!));
	}
	return {
		sites: sites.length,
		runs,
		within: NEAR_WITHIN,
		towns: NEAR_TOWNS.map((t) => t.name),
		listMs: spread(near.map((r) => r.listMs)),
		mapMs: spread(near.map((r) => r.mapMs)),
		filterMs: spread(filter),
		pureMs: spread(
			expected.map((e) => e.pureMs),
			1
		),
		matches: expected.map((e) => e.count),
		load: { before, after: load() }
	};
}

/** Writes `size` synthetic sites (with a dated history when asked), builds the app on them and serves it at '/'; returns the data folder. */
async function serveSynthetic(
	server: StaticServer,
	snapshot: string,
	tmp: string,
	name: string,
	size: number,
	history: boolean,
	buildTimeoutMs: number
): Promise<string> {
	const dataDir = join(tmp, `data-${name}`);
	const buildDir = join(tmp, `build-${name}`);
	writeSyntheticDataset(dataDir, size, 1, join(snapshot, 'data'), { history });
	await buildWithData(snapshot, dataDir, buildDir, buildTimeoutMs);
	server.mount('/', buildDir);
	return dataDir;
}

/** Section 8 with its own build: `size` synthetic sites (no history), built and served at '/', then measureNear. */
export async function measureNearBuild(
	browser: Browser,
	server: StaticServer,
	snapshot: string,
	tmp: string,
	size: number,
	runs: number,
	buildTimeoutMs: number,
	region: RegExp,
	log: Log
): Promise<NearResult> {
	log(`near: ${size} synthetic sites: building the app`);
	const dataDir = await serveSynthetic(server, snapshot, tmp, `near-${size}`, size, false, buildTimeoutMs);
	return measureNear(browser, server.origin, join(dataDir, 'sites.geojson'), runs, region, log);
}

/** Section 9: `size` synthetic sites with a dated history, built and served, slider steps through the years. */
export async function measureAsof(
	browser: Browser,
	server: StaticServer,
	snapshot: string,
	tmp: string,
	size: number,
	runs: number,
	buildTimeoutMs: number,
	log: Log
): Promise<AsofResult> {
	log(`as of: ${size} synthetic sites with a dated history: building the app`);
	const dataDir = await serveSynthetic(server, snapshot, tmp, `asof-${size}`, size, true, buildTimeoutMs);
	const before = load();
	const sites = readSites(join(dataDir, 'sites.geojson'));
	const from = SYNTHETIC_YEARS.first + 3;
	const to = SYNTHETIC_YEARS.last - 1;
	const counts: Record<number, number> = {};
	for (let y = from; y <= to; y++) counts[y] = expectedAsof(sites, y);
	log(`as of: warm-up, then ${runs} runs of ${to - from} steps (${from} → ${to})`);
	await asofRun(browser, server.origin, from, to, counts);
	const steps: AsofStep[] = [];
	for (let i = 0; i < runs; i++) {
		log(`as of: run ${i + 1} of ${runs} (load ${load()})`);
		steps.push(...(await asofRun(browser, server.origin, from, to, counts)));
	}
	return {
		sites: size,
		runs,
		years: [from, to],
		steps: steps.length,
		listMs: spread(
			steps.map((s) => s.listMs),
			1
		),
		mapMs: spread(steps.map((s) => s.mapMs)),
		longestFrameMs: spread(steps.map((s) => s.longestFrameMs)),
		medianFrameMs: spread(
			steps.map((s) => s.medianFrameMs),
			1
		),
		load: { before, after: load() }
	};
}

const ms = (s: Spread) => `${s.median} ms (${s.min}–${s.max})`;
type Target = { target: string; value: string; ok: boolean };

export function reportNear(r: NearResult, targets: Target[]): void {
	console.log(
		`\n8. Near: ${r.sites} synthetic sites, a town chosen in the search box with within=${r.within} (${r.towns.join(', ')} in turn; ${r.matches.join(' / ')} sites within), ${r.runs} runs, reduced motion`
	);
	console.log(`town click → list shows the new nearest sites: ${ms(r.listMs)}`);
	console.log(`town click → map idle (sites within the ring, ring framed): ${ms(r.mapMs)}`);
	console.log(`plain filter change (Andalucía) → map idle, same runs: ${ms(r.filterMs)}  → ratio ${(r.mapMs.median / r.filterMs.median).toFixed(2)}×`);
	console.log(`ranking alone in Node (kd-tree, within ${r.within} km): ${ms(r.pureMs)}`);
	console.log(`machine load (1-min average, 2 cores): ${r.load.before} before, ${r.load.after} after`);
	targets.push({
		target: `near + within → list < ${EXPLORE_TARGETS.nearListMs} ms median at ${r.sites}`,
		value: `${r.listMs.median} ms`,
		ok: r.listMs.median < EXPLORE_TARGETS.nearListMs
	});
	const ratio = r.mapMs.median / r.filterMs.median;
	targets.push({
		target: `near + within → map idle ≤ ${EXPLORE_TARGETS.nearMapRatio}× a filter change at ${r.sites}`,
		value: `${r.mapMs.median} vs ${r.filterMs.median} ms (${ratio.toFixed(2)}×)`,
		ok: ratio <= EXPLORE_TARGETS.nearMapRatio
	});
}

export function reportAsof(r: AsofResult, targets: Target[]): void {
	console.log(
		`\n9. As of: ${r.sites} synthetic sites with a dated history, year slider ${r.years[0]} → ${r.years[1]} one step at a time, ${r.runs} runs (${r.steps} steps)`
	);
	console.log(`slider step → list and its summary show the year: ${ms(r.listMs)}`);
	console.log(`slider step → map idle: ${ms(r.mapMs)}`);
	console.log(`map frame time while it redraws (rAF interval): median ${ms(r.medianFrameMs)}, longest per step ${ms(r.longestFrameMs)}`);
	console.log(`machine load (1-min average, 2 cores): ${r.load.before} before, ${r.load.after} after`);
	targets.push({
		target: `asof step → list < ${EXPLORE_TARGETS.asofListMs} ms median at ${r.sites}`,
		value: `${r.listMs.median} ms`,
		ok: r.listMs.median < EXPLORE_TARGETS.asofListMs
	});
}
