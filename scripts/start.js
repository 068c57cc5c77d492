// `npm start`: build if needed, then serve the static build with a small production server.
// Security, framing and caching headers come from scripts/headers.js, and redirects, methods and
// hidden files from scripts/routes.js: the same rules the build writes to build/_headers and
// build/nginx-headers.conf for static hosts.
import { createServer, STATUS_CODES } from 'node:http';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { execSync } from 'node:child_process';
import sirv from 'sirv';
import { embedAncestors, headersFor, redirectHeaders } from './headers.js';
import { ALLOWED_METHODS, HOST_CONFIG_FILES, TOO_LONG_PAGE, canonicalPath } from './routes.js';

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

/** `/embed`, `/sites/x`, `/index`…: every `<page>.html` of the build. @param {string} dir @returns {string[]} */
function pages(dir, prefix = '') {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		if (entry.isDirectory()) return pages(`${dir}/${entry.name}`, `${prefix}/${entry.name}`);
		return entry.name.endsWith('.html') ? [`${prefix}/${entry.name.slice(0, -5)}`] : [];
	});
}

if (process.env.SKIP_BUILD !== '1' && buildIsStale()) {
	console.log('Building the app (first run or sources changed)…');
	execSync('npm run build', { stdio: 'inherit' });
}

// Who may frame /embed (default: any website). Checked now, so a wrong value stops the server.
const headerOptions = { frameAncestors: process.env.FRAME_ANCESTORS };
embedAncestors(headerOptions.frameAncestors);

const pageSet = new Set(pages(root));
const hidden = new Set(HOST_CONFIG_FILES.map((name) => `/${name}`));

// The .br/.gz files written by the build are sent to clients that accept them (sirv adds
// Content-Encoding and Vary: Accept-Encoding); ETags let browsers revalidate with a 304.
const serve = sirv(root, { etag: true, brotli: true, gzip: true, extensions: ['html'] });

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {Record<string, string>} headers
 * @param {string} [body]
 */
function answer(res, status, headers, body = '') {
	res.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
	res.end(body);
}

const server = createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://x');
	let pathname = url.pathname;
	try {
		pathname = decodeURI(pathname);
	} catch {
		// A malformed escape: look the path up as it is (it matches no file).
	}
	const headers = headersFor(pathname, headerOptions);

	if (!ALLOWED_METHODS.includes(req.method ?? '')) {
		return answer(res, 405, { ...headers, Allow: ALLOWED_METHODS.join(', ') }, 'Method not allowed\n');
	}
	if (hidden.has(pathname)) return answer(res, 404, headers, 'Not found\n');
	const canonical = canonicalPath(pathname, (page) => pageSet.has(page));
	if (canonical !== null) {
		res.writeHead(301, { ...redirectHeaders(), Location: `${encodeURI(canonical)}${url.search}`, 'Content-Length': 0 });
		return res.end();
	}

	for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
	res.setHeader('Vary', 'Accept-Encoding');
	// sirv answers a matching If-None-Match with a bare 304; the ETag it matched belongs in it too.
	const etag = req.headers['if-none-match'];
	if (etag) {
		const writeHead = res.writeHead.bind(res);
		res.writeHead = /** @type {typeof res.writeHead} */ (
			(/** @type {number} */ status, /** @type {any[]} */ ...rest) => {
				if (status === 304) res.setHeader('ETag', etag);
				return writeHead(status, ...rest);
			}
		);
	}
	serve(req, res, () => {
		res.removeHeader('Vary');
		answer(res, 404, {}, 'Not found\n');
	});
});

/** Requests Node's parser refuses never reach the handler: answered on the socket, with the headers of `/`. */
server.on('clientError', (/** @type {NodeJS.ErrnoException} */ err, socket) => {
	if (err.code === 'ECONNRESET' || !socket.writable || socket.writableEnded) return socket.destroy();
	const tooLong = err.code === 'HPE_HEADER_OVERFLOW';
	const status = tooLong ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
	const body = tooLong ? TOO_LONG_PAGE : `${STATUS_CODES[status]}\n`;
	const headers = {
		...headersFor('/', headerOptions),
		'Cache-Control': 'no-store',
		'Content-Type': tooLong ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8',
		'Content-Length': String(Buffer.byteLength(body)),
		Connection: 'close'
	};
	const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
	socket.end([`HTTP/1.1 ${status} ${STATUS_CODES[status]}`, ...head, '', body].join('\r\n'));
});

server.listen(port, host, () => {
	console.log(`Battery Recycling Valleys map: http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`);
});
