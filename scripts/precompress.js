// Post-build step (npm run build): a .br and a .gz next to every text file of build/ that has none.
// adapter-static's `precompress` covers what SvelteKit writes (.html, .js, .mjs, .json, .css, .svg…);
// this adds the other text types (the basemap's .geojson) and files written after vite build.
// A variant is kept only when it is smaller than the file, so servers never send a bigger one.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { HOST_CONFIG_FILES } from './routes.js';

/** Text formats worth compressing; images, fonts (woff2) and archives are compressed already. */
const COMPRESSIBLE = /\.(html|js|mjs|json|geojson|css|svg|xml|txt|md|webmanifest|map)$/;

/** @param {string} dir @returns {string[]} */
function files(dir) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : [path];
	});
}

const root = new URL('../build/', import.meta.url).pathname;
let written = 0;
for (const file of files(root)) {
	if (!COMPRESSIBLE.test(file) || HOST_CONFIG_FILES.some((name) => file === join(root, name))) continue;
	if (existsSync(`${file}.br`) && existsSync(`${file}.gz`)) continue;
	const body = readFileSync(file);
	const variants = {
		br: () => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_QUALITY]: 11 } }),
		gz: () => gzipSync(body, { level: 9 })
	};
	for (const [ext, compress] of Object.entries(variants)) {
		if (existsSync(`${file}.${ext}`)) continue;
		const packed = compress();
		if (packed.length < body.length) {
			writeFileSync(`${file}.${ext}`, packed);
			written++;
		}
	}
}
console.log(`Precompressed ${written} more file variants (.br/.gz) in build/`);
