/**
 * `npm run bench:load`: HTTP load on `npm start` (scripts/start.js, the production server) over
 * loopback with autocannon — `/`, `/embed`, `/app-data.json` and a site page, each with and
 * without `Accept-Encoding` (what browsers send). Prints a table and writes bench/load-results.json.
 * Environment: LOAD_DURATION (seconds per run, 20), LOAD_CONNECTIONS (50), LOAD_PORT (4191).
 * The server builds first if the build is missing or stale, like `npm start`.
 */
import { spawn } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { writeFileSync } from 'node:fs';
import autocannon from 'autocannon';
import type { Browser } from '@playwright/test';
import { launch } from './measure';

const DURATION = Number(process.env.LOAD_DURATION ?? 20);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 50);
const PORT = Number(process.env.LOAD_PORT ?? 4191);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const PATHS = ['/', '/embed', '/app-data.json', '/sites/cta-sevilla'];
/** What Chromium sends on a navigation or fetch. */
const BROWSER_ENCODING = 'gzip, deflate, br, zstd';

type Row = {
	path: string;
	acceptEncoding: string | null;
	contentEncoding: string | null;
	/** Body bytes of one response. */
	bytes: number;
	requestsPerSecond: number;
	latencyP50Ms: number;
	latencyP99Ms: number;
	/** Connection errors and timeouts. */
	errors: number;
	timeouts: number;
	non2xx: number;
	requests: number;
	throughputBytesPerSecond: number;
};

async function waitForServer(): Promise<void> {
	const deadline = Date.now() + 300_000; // a first build can take a while on a busy machine
	for (;;) {
		try {
			if ((await fetch(`${ORIGIN}/`)).ok) return;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) throw new Error(`npm start did not answer on ${ORIGIN}`);
		await new Promise((r) => setTimeout(r, 250));
	}
}

async function probe(path: string, acceptEncoding: string | null): Promise<{ bytes: number; contentEncoding: string | null }> {
	// node:fetch would decode the body; read the raw length from Content-Length instead.
	const res = await fetch(`${ORIGIN}${path}`, { headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : { 'Accept-Encoding': 'identity' } });
	await res.arrayBuffer();
	return { bytes: Number(res.headers.get('content-length') ?? 0), contentEncoding: res.headers.get('content-encoding') };
}

async function run(path: string, acceptEncoding: string | null): Promise<Row> {
	const { bytes, contentEncoding } = await probe(path, acceptEncoding);
	const headers = acceptEncoding ? { 'accept-encoding': acceptEncoding } : {};
	// One second of warm-up (file cache, JIT), not counted.
	await autocannon({ url: `${ORIGIN}${path}`, connections: 10, duration: 1, headers });
	const result = await autocannon({
		url: `${ORIGIN}${path}`,
		connections: CONNECTIONS,
		duration: DURATION,
		// Without the header autocannon sends none, which servers read as "identity only".
		headers
	});
	return {
		path,
		acceptEncoding,
		contentEncoding,
		bytes,
		requestsPerSecond: Math.round(result.requests.average),
		latencyP50Ms: result.latency.p50,
		latencyP99Ms: result.latency.p99,
		errors: result.errors,
		timeouts: result.timeouts,
		non2xx: result.non2xx,
		requests: result.requests.total,
		throughputBytesPerSecond: Math.round(result.throughput.average)
	};
}

/**
 * Bytes a browser transfers to show a page until the map's first idle (bodies as sent, headers
 * included), with its usual Accept-Encoding and with `identity` (no compression).
 */
async function pageWeight(browser: Browser, path: string, identity: boolean): Promise<{ transferred: number; requests: number }> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, extraHTTPHeaders: identity ? { 'Accept-Encoding': 'identity' } : {} });
	const page = await context.newPage();
	const sizes: Array<Promise<number>> = [];
	page.on('requestfinished', (request) => sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize)));
	try {
		await page.goto(`${ORIGIN}${path}`, { waitUntil: 'commit', timeout: 120_000 });
		await page.waitForFunction(() => performance.getEntriesByName('bvm:first-idle').length > 0, null, { timeout: 120_000, polling: 100 });
		const all = await Promise.all(sizes);
		return { transferred: all.reduce((a, b) => a + b, 0), requests: all.length };
	} finally {
		await context.close();
	}
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function table(rows: Row[]): string {
	const head = ['path', 'encoding', 'body', 'req/s', 'p50', 'p99', 'errors', 'non-2xx', 'MB/s'];
	const lines = rows.map((r) => [
		r.path,
		r.contentEncoding ?? 'none',
		kb(r.bytes),
		String(r.requestsPerSecond),
		`${r.latencyP50Ms} ms`,
		`${r.latencyP99Ms} ms`,
		String(r.errors + r.timeouts),
		String(r.non2xx),
		(r.throughputBytesPerSecond / 1024 / 1024).toFixed(1)
	]);
	const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
	return [head, ...lines].map((cells) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ')).join('\n');
}

const load = { before: loadavg(), cpus: cpus().length };
const server = spawn(process.execPath, ['scripts/start.js'], {
	env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1' },
	stdio: ['ignore', 'inherit', 'inherit']
});
const stop = () => server.kill('SIGTERM');
process.on('SIGINT', () => {
	stop();
	process.exit(130);
});

try {
	await waitForServer();
	console.log(`bench:load: ${CONNECTIONS} connections, ${DURATION} s per run, ${PATHS.length * 2} runs on ${ORIGIN}`);
	const rows: Row[] = [];
	for (const path of PATHS) {
		for (const encoding of [null, BROWSER_ENCODING]) {
			const row = await run(path, encoding);
			console.log(`  ${path} ${row.contentEncoding ?? 'uncompressed'}: ${row.requestsPerSecond} req/s, p99 ${row.latencyP99Ms} ms`);
			rows.push(row);
		}
	}
	const weights: Array<{ path: string; compressedBytes: number; uncompressedBytes: number; requests: number }> = [];
	const browser = await launch();
	try {
		for (const path of ['/', '/embed']) {
			const compressed = await pageWeight(browser, path, false);
			const plain = await pageWeight(browser, path, true);
			weights.push({ path, compressedBytes: compressed.transferred, uncompressedBytes: plain.transferred, requests: compressed.requests });
		}
	} finally {
		await browser.close();
	}
	load.before = load.before.map((n) => Math.round(n * 100) / 100);
	const after = loadavg().map((n) => Math.round(n * 100) / 100);
	console.log(`\n${table(rows)}\n`);
	for (const w of weights)
		console.log(
			`Page ${w.path} to first map idle: ${kb(w.compressedBytes)} transferred (${w.requests} requests), ${kb(w.uncompressedBytes)} without compression`
		);
	console.log(`Load average before / after: ${load.before.join(' ')} / ${after.join(' ')} on ${load.cpus} CPUs (the server and autocannon share them).`);
	writeFileSync(
		'bench/load-results.json',
		`${JSON.stringify({ date: new Date().toISOString(), duration: DURATION, connections: CONNECTIONS, cpus: load.cpus, loadavgBefore: load.before, loadavgAfter: after, rows, pageWeight: weights }, null, '\t')}\n`
	);
	console.log('Wrote bench/load-results.json');
} finally {
	stop();
}
