import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Route } from '@playwright/test';

const CHUNKS = 'build/_app/immutable/chunks';

/**
 * MapLibre's code in the build: the largest chunk by far (~1 MB; the app's own chunks are under
 * 100 KB), plus its worker. Chunk names are hashes, so the tests find it by size and check it.
 */
export function mapLibreFiles(): RegExp {
	const chunks = readdirSync(CHUNKS)
		.filter((f) => f.endsWith('.js'))
		.map((f) => ({ f, size: statSync(join(CHUNKS, f)).size }))
		.sort((a, b) => b.size - a.size);
	const biggest = chunks[0]!;
	if (biggest.size < 500_000) throw new Error(`no MapLibre chunk in ${CHUNKS} (largest: ${biggest.f}, ${biggest.size} bytes)`);
	return new RegExp(`/_app/immutable/(chunks/${biggest.f.replace('.', '\\.')}|assets/maplibre-gl-worker\\.[^/]*\\.mjs)`);
}

/** The build's chunk holding some code, found by a literal its minified code keeps (chunk names are hashes). */
export function chunkWith(literal: string): RegExp {
	const found = readdirSync(CHUNKS).filter((f) => f.endsWith('.js') && readFileSync(join(CHUNKS, f), 'utf8').includes(literal));
	if (found.length !== 1) throw new Error(`expected one chunk in ${CHUNKS} with ${literal}, found: ${found.join(', ') || 'none'}`);
	return new RegExp(`/_app/immutable/chunks/${found[0]!.replace('.', '\\.')}$`);
}

/** The framing rule's chunk (state/framing.ts), known by the Earth's circumference it uses. */
export const framingRuleChunk = (): RegExp => chunkWith('40075.016686');

/** Holds the requests for `url` until `release()`; after it they go through as they come. */
export async function holdRequests(page: Page, url: string | RegExp): Promise<() => void> {
	const held: Route[] = [];
	let released = false;
	await page.route(url, (route) => (released ? route.continue() : void held.push(route)));
	return () => {
		released = true;
		for (const r of held.splice(0)) void r.continue();
	};
}

/** Holds MapLibre's code until `release()`: the page shows what it has before the live map can draw. */
export function holdMapLibre(page: Page): Promise<() => void> {
	return holdRequests(page, mapLibreFiles());
}
