/**
 * Sections 3 and 4 of `npm run bench` for one size: synthetic sites generated, the app built with
 * them, measured through the real app, then the Leaflet baseline and the bare MapLibre page on the
 * same points. See bench/README.md.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { writeSyntheticDataset } from '../scripts/gen-synthetic';
import { bareRun, buildWithData, leafletRun, ROOT, scaleRun, spread, type ScaleRun, type StaticServer } from './measure';
import type { ScaleResult } from './report';

export type ScaleContext = {
	browser: Browser;
	server: StaticServer;
	/** The bench's temporary directory (synthetic data and builds go there). */
	tmp: string;
	origin: string;
	/** A copy of the working tree to build in (snapshotWorkingTree). */
	snapshot: string;
	runs: number;
	runsLarge: number;
	/** From this size on, `runsLarge` runs. */
	large: number;
	buildTimeoutMs: number;
	/** The region the filter figures select, by id and checkbox label. */
	region: { id: string; label: RegExp };
	/** Seconds of each synthetic build, by size (filled as soon as the build is done). */
	buildSeconds: Record<number, number>;
	log: (msg: string) => void;
};

export const repeat = async <T>(n: number, fn: () => Promise<T>): Promise<T[]> => {
	const out: T[] = [];
	for (let i = 0; i < n; i++) out.push(await fn());
	return out;
};

export type BBox = [number, number, number, number];
export function sitesBounds(file: string): BBox {
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

/** A warm-up and `runs` runs of a baseline page; a page that fails is reported, not fatal. */
async function baseline<T>(log: (msg: string) => void, what: string, runs: number, run: () => Promise<T>): Promise<T[] | { error: string }> {
	log(`${what}, warm-up + ${runs} runs`);
	try {
		await run();
		return await repeat(runs, run);
	} catch (e) {
		return { error: e instanceof Error ? e.message.split('\n')[0]! : String(e) };
	}
}

/** Section 3 + 4 for one size: generate, build, measure the app, the Leaflet and the bare MapLibre page. */
export async function measureSize(size: number, c: ScaleContext): Promise<ScaleResult> {
	const { browser, server, tmp, origin, snapshot, log, region: REGION } = c;
	{
		const runs = size >= c.large ? c.runsLarge : c.runs;
		const dataDir = join(tmp, `data-${size}`);
		const buildDir = join(tmp, `build-${size}`);
		const synthetic = writeSyntheticDataset(dataDir, size, 1, join(ROOT, 'data'));
		log(`${size} synthetic sites: building the app`);
		const t0 = Date.now();
		await buildWithData(snapshot, dataDir, buildDir, c.buildTimeoutMs);
		c.buildSeconds[size] = Math.round((Date.now() - t0) / 1000);
		server.mount('/', buildDir);
		server.mount('/__bench/synthetic/', dataDir);
		const html = readFileSync(join(buildDir, 'index.html'));
		const expectedIds = synthetic.byRegion[REGION.id] ?? [];

		log(`${size} synthetic sites: app, warm-up + ${runs} runs`);
		await scaleRun(browser, `${origin}/`, { regionLabel: REGION.label, expectedIds });
		const appRuns = await repeat(runs, () => scaleRun(browser, `${origin}/`, { regionLabel: REGION.label, expectedIds }));
		const of = (key: Exclude<keyof ScaleRun, 'longOver200AfterIdle'>, digits = 0) =>
			spread(
				appRuns.map((r) => r[key]),
				digits
			);

		// The baselines on the same points: Leaflet (what users pick today) and bare MapLibre (the floor).
		const bounds = sitesBounds(join(dataDir, 'sites.geojson')).join(',');
		const leaflet = await baseline(log, `${size} synthetic sites: Leaflet`, runs, () =>
			leafletRun(browser, `${origin}/__bench/leaflet/?sites=/__bench/synthetic/sites.geojson&bounds=${bounds}`, REGION.id)
		).then((r) => ('error' in r ? r : { renderMs: spread(r.map((x) => x.renderMs)), filterMs: spread(r.map((x) => x.filterMs)) }));
		const bare = await baseline(log, `${size} synthetic sites: bare MapLibre`, runs, () =>
			bareRun(browser, `${origin}/__bench/bare/?data=/__bench/synthetic/&bounds=${bounds}`, REGION.id)
		).then((r) => ('error' in r ? r : { idleMs: spread(r.map((x) => x.idleMs)), filterMs: spread(r.map((x) => x.filterMs)) }));
		const result: ScaleResult = {
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
		};
		rmSync(buildDir, { recursive: true, force: true });
		rmSync(dataDir, { recursive: true, force: true });
		return result;
	}
}
