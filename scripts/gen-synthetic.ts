/**
 * Synthetic data for the benchmark (`npm run bench`): N clearly fake sites spread over the
 * NUTS-2 regions of data/regions.geojson, written with copies of the real regions and network
 * to a directory that `BVM_DATA_DIR` can point the build at. Never writes to data/.
 *
 *   tsx scripts/gen-synthetic.ts --count 10000 --out /tmp/bvm-synthetic [--seed 1]
 *
 * Deterministic: the same seed and count give the same file. Every entry says it is synthetic
 * (id `synthetic-000001`, name "Synthetic site 1", operator "Synthetic", source
 * https://example.org/synthetic, confidence low with a caveat), and each point is drawn by
 * rejection sampling inside its region's polygon, so the build-time data check passes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import bbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { STAGES, STATUSES } from '../src/lib/data/schema';

export const SYNTHETIC_URL = 'https://example.org/synthetic';
const DATE = '2026-11-26';

/** mulberry32: small, fast, seeded; good enough to spread points. */
export function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

type RegionGeometry = Polygon | MultiPolygon;
type Region = { id: string; geometry: RegionGeometry; box: [number, number, number, number] };

export type SyntheticSite = Feature<Point, Record<string, unknown>> & { id: string };

/** First year a synthetic history may start in, and the last year any of its events may name (before today, so every event has happened). */
export const SYNTHETIC_YEARS = { first: 2012, last: 2025 } as const;

/** The event that leads to each status (check:data: the last event must allow the site's status). */
const LAST_EVENT: Record<(typeof STATUSES)[number], string | null> = {
	announced: null,
	planned: null,
	exploration: 'permitted',
	'under-construction': 'construction',
	operating: 'operating'
};

/**
 * A synthetic dated history (for the as-of benchmark): announced in a year of SYNTHETIC_YEARS,
 * then, for a site beyond "announced", the event of its status 1–3 years later (at most the last
 * year). Drawn from its own generator, so the sites' places do not change with the option.
 */
export function syntheticHistory(status: (typeof STATUSES)[number], random: () => number): Array<Record<string, unknown>> {
	const source = [{ url: SYNTHETIC_URL, title: 'Synthetic data', accessed: DATE }];
	const span = SYNTHETIC_YEARS.last - SYNTHETIC_YEARS.first + 1;
	const announced = SYNTHETIC_YEARS.first + Math.floor(random() * span);
	const events = [{ event: 'announced', date: String(announced), sources: source }];
	const last = LAST_EVENT[status];
	if (last) events.push({ event: last, date: String(Math.min(SYNTHETIC_YEARS.last, announced + 1 + Math.floor(random() * 3))), sources: source });
	return events;
}

function readRegions(file: string): Region[] {
	const fc = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection<RegionGeometry, { id: string }>;
	return fc.features.map((f) => {
		const [w, s, e, n] = bbox(f);
		return { id: f.properties.id, geometry: f.geometry, box: [w, s, e, n] };
	});
}

const pad = (i: number) => String(i).padStart(6, '0');
const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

/** `count` synthetic sites, assigned to the regions in turn (equal shares), each point inside its region. */
export function syntheticSites(count: number, regions: Region[], seed = 1, { history = false }: { history?: boolean } = {}): SyntheticSite[] {
	if (regions.length === 0) throw new Error('no regions to place synthetic sites in');
	const random = prng(seed);
	const historyRandom = prng(seed + 7919);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
	const sites: SyntheticSite[] = [];
	for (let i = 1; i <= count; i++) {
		const region = regions[(i - 1) % regions.length]!;
		const [w, s, e, n] = region.box;
		let point: [number, number] | null = null;
		for (let tries = 0; tries < 10_000 && !point; tries++) {
			const candidate: [number, number] = [round5(w + random() * (e - w)), round5(s + random() * (n - s))];
			if (booleanPointInPolygon(candidate, region.geometry)) point = candidate;
		}
		if (!point) throw new Error(`could not place a point inside ${region.id}`);
		const stageCount = 1 + Math.floor(random() * 3);
		const stages = [...new Set(Array.from({ length: stageCount }, () => pick(STAGES)))];
		const id = `synthetic-${pad(i)}`;
		const status = pick(STATUSES);
		sites.push({
			type: 'Feature',
			id,
			geometry: { type: 'Point', coordinates: point },
			properties: {
				id,
				name: `Synthetic site ${i}`,
				operator: 'Synthetic',
				region: region.id,
				town: `Synthetic town ${i}`,
				coord_precision: 'site',
				stages,
				status,
				...(history ? { history: syntheticHistory(status, historyRandom) } : {}),
				description: { en: 'Synthetic entry generated for benchmarking; not a real site.' },
				sources: [{ url: SYNTHETIC_URL, title: 'Synthetic data', accessed: DATE }],
				verified: DATE,
				confidence: 'low',
				caveat: { en: 'Synthetic: generated by scripts/gen-synthetic.ts for the benchmark. Nothing here is real.' }
			}
		});
	}
	return sites;
}

/**
 * The real network without its references to real sites (hub sites, pilot sites), which the
 * synthetic set does not contain; regions, members and organisations are unchanged.
 */
function networkWithoutSiteRefs(file: string): unknown {
	const network = JSON.parse(readFileSync(file, 'utf8')) as { initiatives: Array<Record<string, unknown>>; organisations: unknown[] };
	for (const initiative of network.initiatives) {
		initiative.hub_sites = [];
		for (const pilot of (initiative.pilots as Array<Record<string, unknown>> | undefined) ?? []) delete pilot.site;
	}
	return network;
}

export type SyntheticSummary = { dir: string; count: number; bytes: number; byRegion: Record<string, string[]> };

/** Writes regions.geojson, sites.geojson and network.json for `count` synthetic sites into `outDir`. */
export function writeSyntheticDataset(outDir: string, count: number, seed = 1, dataDir = 'data', options: { history?: boolean } = {}): SyntheticSummary {
	const out = resolve(outDir);
	if (out === resolve(dataDir) || out === resolve('data')) throw new Error('refusing to write synthetic data into data/');
	mkdirSync(out, { recursive: true });
	const regionsFile = resolve(dataDir, 'regions.geojson');
	const sites = syntheticSites(count, readRegions(regionsFile), seed, options);
	const sitesText = JSON.stringify({ type: 'FeatureCollection', features: sites });
	writeFileSync(`${out}/sites.geojson`, sitesText);
	writeFileSync(`${out}/regions.geojson`, readFileSync(regionsFile));
	writeFileSync(`${out}/network.json`, JSON.stringify(networkWithoutSiteRefs(resolve(dataDir, 'network.json')), null, '\t'));
	const byRegion: Record<string, string[]> = {};
	for (const s of sites) (byRegion[String(s.properties.region)] ??= []).push(s.id);
	return { dir: out, count, bytes: Buffer.byteLength(sitesText), byRegion };
}

function arg(name: string): string | undefined {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	const count = Number(arg('count') ?? 1000);
	const out = arg('out');
	const seed = Number(arg('seed') ?? 1);
	if (!out || !Number.isInteger(count) || count < 1) {
		console.error('usage: tsx scripts/gen-synthetic.ts --count <n> --out <dir outside data/> [--seed <n>]');
		process.exit(2);
	}
	const summary = writeSyntheticDataset(out, count, seed);
	console.log(`${summary.count} synthetic sites (${(summary.bytes / 1024).toFixed(0)} KB) written to ${summary.dir}`);
}
