/** `npm run bench`: prints time to first map idle and gzipped bytes for the app's pages. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { coldLoad, filterToIdle, launch, median, startServer, type Kind } from './measure';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PORT = Number(process.env.BENCH_PORT ?? 4190);
const PAGES = ['/'];

const server = await startServer(PORT);
const browser = await launch();
type Spread = { median: number; min: number; max: number };
const spread = (values: number[]): Spread => ({
	median: Math.round(median(values)),
	min: Math.round(Math.min(...values)),
	max: Math.round(Math.max(...values))
});
const results: Record<string, { idleMs: Spread; gzipBytes: Record<Kind, number> }> = {};
let filterMs: Spread | null = null;
try {
	for (const path of PAGES) {
		const url = `http://127.0.0.1:${PORT}${path}`;
		await coldLoad(browser, url); // warm-up: OS file cache, Chromium start-up
		const runs = [];
		for (let i = 0; i < RUNS; i++) runs.push(await coldLoad(browser, url));
		const times = runs.map((r) => r.idleMs);
		results[path] = { idleMs: spread(times), gzipBytes: runs[0]!.bytes };
	}
	const home = `http://127.0.0.1:${PORT}/`;
	await filterToIdle(browser, home, /Andalucía/);
	const filterRuns = [];
	for (let i = 0; i < RUNS; i++) filterRuns.push(await filterToIdle(browser, home, /Andalucía/));
	filterMs = spread(filterRuns);
} finally {
	await browser.close();
	server.kill();
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(`\nNavigation → first map idle, ${RUNS} cold runs after a warm-up (headless Chromium, software WebGL)`);
console.log('page        median   min–max        JS gz      CSS gz    data gz    fonts gz   HTML gz');
for (const [path, r] of Object.entries(results)) {
	const b = r.gzipBytes;
	console.log(
		`${path.padEnd(10)} ${String(r.idleMs.median).padStart(5)} ms  ${`${r.idleMs.min}–${r.idleMs.max} ms`.padEnd(13)} ${kb(b.js).padStart(9)} ${kb(b.css).padStart(9)} ${kb(b.data).padStart(10)} ${kb(b.font).padStart(10)} ${kb(b.html).padStart(9)}`
	);
}
if (filterMs) console.log(`\nFilter click (Andalucía) → map idle: median ${filterMs.median} ms (${filterMs.min}–${filterMs.max} ms)`);
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, results, filterMs }, null, 2)}\n`);
console.log('\nWritten to bench/results.json');
