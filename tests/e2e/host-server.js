// A "foreign" website for embed tests: another origin (another port) that serves host pages.
// GET /blank.html is an empty page; GET /host.html?src=<iframe URL> embeds the map; any file in
// tests/e2e/host/ is served as is.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const port = Number(process.env.HOST_PORT ?? 4180);
const root = new URL('./host/', import.meta.url).pathname;
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

createServer(async (req, res) => {
	const path = normalize(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
	if (path === 'blank.html' || path === '') {
		res.writeHead(200, { 'Content-Type': types['.html'] });
		res.end('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body></body></html>');
		return;
	}
	try {
		const body = await readFile(join(root, path));
		res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' });
		res.end(body);
	} catch {
		res.writeHead(404, { 'Content-Type': 'text/plain' });
		res.end('not found');
	}
}).listen(port, '127.0.0.1', () => console.log(`host page server: http://127.0.0.1:${port}/`));
