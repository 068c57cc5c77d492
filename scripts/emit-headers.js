// Post-build step (npm run build): writes build/_headers and build/nginx-headers.conf from the same
// rules the server uses (scripts/headers.js, scripts/routes.js). FRAME_ANCESTORS is read now, at build time.
import { readdirSync, writeFileSync } from 'node:fs';
import { headersFile } from './headers.js';
import { nginxSnippet } from './nginx-config.js';
import { HOST_CONFIG_FILES } from './routes.js';

const root = new URL('../build/', import.meta.url).pathname;
const options = { frameAncestors: process.env.FRAME_ANCESTORS };

// Sorted, and without this script's own outputs, so a rebuild writes byte-identical files.
const entries = readdirSync(root)
	.filter((name) => !HOST_CONFIG_FILES.includes(name))
	.sort();

writeFileSync(`${root}_headers`, headersFile(entries, options));
writeFileSync(`${root}nginx-headers.conf`, nginxSnippet(options));
console.log(`Wrote build/_headers and build/nginx-headers.conf (frame-ancestors for /embed: ${process.env.FRAME_ANCESTORS?.trim() || '*'})`);
