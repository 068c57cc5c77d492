/**
 * Measures what a reader waits for and downloads: navigation → first map idle (median of N runs
 * in headless Chromium) and the gzipped bytes loaded before idle, by kind.
 * Serves the existing build (run `npm run build` first; `npm run bench` does).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import '../src/lib/map/test-hook';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--enable-unsafe-swiftshader',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export type Kind = 'js' | 'css' | 'data' | 'font' | 'html' | 'other';

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

export async function startServer(port: number): Promise<ChildProcess> {
	const server = spawn('node', ['scripts/start.js'], { env: { ...process.env, PORT: String(port), SKIP_BUILD: '1' }, stdio: 'pipe' });
	await new Promise<void>((resolve, reject) => {
		server.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('http://') && resolve());
		server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
	});
	return server;
}

export async function launch(): Promise<Browser> {
	const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
	return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** One cold load in a fresh context: ms from navigation start to the map's first idle, and bytes by kind. */
export async function coldLoad(browser: Browser, url: string): Promise<{ idleMs: number; bytes: Record<Kind, number> }> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	const bytes: Record<Kind, number> = { js: 0, css: 0, data: 0, font: 0, html: 0, other: 0 };
	let idle = false;
	page.on('response', async (response) => {
		if (idle) return;
		const body = await response.body().catch(() => null);
		if (body) bytes[kindOf(response.url(), response.headers()['content-type'] ?? '')] += gzipSync(body, { level: 9 }).length;
	});
	await page.goto(url);
	await page.waitForFunction(() => performance.getEntriesByName('bvm:first-idle').length > 0, null, { timeout: 60_000 });
	idle = true;
	const idleMs = await page.evaluate(() => performance.getEntriesByName('bvm:first-idle')[0]!.startTime);
	await context.close();
	return { idleMs, bytes };
}

/**
 * Filter click → map idle: opens the page, then (inside the page, so no driver round trips are
 * counted) clicks a region checkbox and waits until the map holds the new subset and is idle.
 */
export async function filterToIdle(browser: Browser, url: string, regionLabel: RegExp): Promise<number> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	await page.goto(url);
	await page.waitForFunction(() => performance.getEntriesByName('bvm:first-idle').length > 0, null, { timeout: 60_000 });
	await page.locator('[data-facet="regions"] summary').click();
	const checkbox = page.getByRole('checkbox', { name: regionLabel });
	await checkbox.evaluate((el) => el.setAttribute('data-bench-target', ''));
	const ms = await page.evaluate(async () => {
		const hook = window.__bvm!;
		const before = hook.visibleCount();
		const t0 = performance.now();
		(document.querySelector('[data-bench-target]') as HTMLInputElement).click();
		while (hook.visibleCount() === before) await new Promise(requestAnimationFrame);
		await hook.whenIdle();
		return performance.now() - t0;
	});
	await context.close();
	return ms;
}
