import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';

/**
 * What `/embed` runs before its map is first idle — SvelteKit's client, the root layout and the
 * embed page with everything they import statically — is bundled as one chunk ("first-load"). As
 * 14 files it was 3 KB more gzipped (each compressed on its own, plus the imports and exports
 * between them); every page loads these modules anyway, and what only `/` or the lazy parts need
 * stays in chunks of its own.
 *
 * A module that imports others lazily stays out of the chunk (its static imports go in): SvelteKit
 * finds each page's scripts and stylesheets by walking the chunks' imports, and a lazy import seen
 * first from the shared chunk (say the embed's lazy sidebar) hid the same chunk imported statically
 * by `/` — whose sidebar CSS was then neither inlined nor linked.
 */
const FIRST_LOAD = [
	/@sveltejs\/kit\/src\/runtime\/client\/entry\.js$/,
	/generated\/client-optimized\/app\.js$/,
	/src\/routes\/\+layout\.(svelte|ts)$/,
	/src\/routes\/embed\/\+page\.(svelte|ts)$/,
	/components\/svelte-5\/error\.svelte$/
];

function firstLoadChunk(): { plugin: Plugin; chunkOf: (id: string) => string | undefined } {
	const modules = new Set<string>();
	return {
		plugin: {
			name: 'bvm-first-load-chunk',
			apply: 'build',
			// The module graph is complete here; chunks are assigned after it.
			buildEnd() {
				modules.clear();
				const seen = new Set<string>();
				const stack = [...this.getModuleIds()].filter((id) => FIRST_LOAD.some((re) => re.test(id)));
				while (stack.length) {
					const id = stack.pop()!;
					if (seen.has(id)) continue;
					seen.add(id);
					const info = this.getModuleInfo(id);
					if (!info?.dynamicallyImportedIds.length) modules.add(id);
					stack.push(...(info?.importedIds ?? []));
				}
			}
		},
		chunkOf: (id) => (modules.has(id) ? 'first-load' : undefined)
	};
}

const firstLoad = firstLoadChunk();

export default defineConfig(({ isSsrBuild }) => ({
	plugins: [sveltekit(), firstLoad.plugin],
	build: isSsrBuild ? {} : { rollupOptions: { output: { manualChunks: firstLoad.chunkOf } } },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
}));
