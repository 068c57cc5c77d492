// `npm start`: build if needed, then serve the static build with a small production server.
// Security, framing and caching headers come from scripts/headers.js, the same rules the build
// writes to build/_headers and build/nginx-headers.conf for static hosts.
import { createServer } from 'node:http';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { execSync } from 'node:child_process';
import sirv from 'sirv';
import { embedAncestors, headersFor } from './headers.js';

const root = new URL('../build/', import.meta.url).pathname;
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';

function buildIsStale() {
	if (!existsSync(`${root}index.html`)) return true;
	// Rebuild when sources or data changed after the last build.
	const built = statSync(`${root}index.html`).mtimeMs;
	const newest = (/** @type {string} */ p) => (existsSync(p) ? latestMtime(p) : 0);
	return ['src', 'data', 'static'].some((dir) => newest(new URL(`../${dir}`, import.meta.url).pathname) > built);
}

/** @param {string} path @returns {number} */
function latestMtime(path) {
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let latest = stat.mtimeMs;
	for (const entry of readdirSync(path)) latest = Math.max(latest, latestMtime(`${path}/${entry}`));
	return latest;
}

if (process.env.SKIP_BUILD !== '1' && buildIsStale()) {
	console.log('Building the app (first run or sources changed)…');
	execSync('npm run build', { stdio: 'inherit' });
}

// Who may frame /embed (default: any website). Checked now, so a wrong value stops the server.
const headerOptions = { frameAncestors: process.env.FRAME_ANCESTORS };
embedAncestors(headerOptions.frameAncestors);

const serve = sirv(root, {
	etag: true,
	gzip: false,
	extensions: ['html'],
	setHeaders(res, pathname) {
		for (const [name, value] of Object.entries(headersFor(pathname, headerOptions))) res.setHeader(name, value);
	}
});

createServer((req, res) =>
	serve(req, res, () => {
		res.statusCode = 404;
		for (const [name, value] of Object.entries(headersFor(new URL(req.url ?? '/', 'http://x').pathname, headerOptions))) res.setHeader(name, value);
		res.setHeader('Content-Type', 'text/plain; charset=utf-8');
		res.end('Not found');
	})
).listen(port, host, () => {
	console.log(`Battery Recycling Valleys map: http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`);
});
