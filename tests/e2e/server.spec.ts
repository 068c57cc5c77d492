// Issue 15, "Serve like a CDN": what `npm start` and nginx (with build/nginx-headers.conf) answer,
// checked on the wire: methods, canonical paths, compression, caching, hidden files, long links.
import { test, expect } from '@playwright/test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { readdirSync } from 'node:fs';
import { headersFor, redirectHeaders } from '../../scripts/headers.js';
import { raw } from '../servers/http';
import { nginxTarget, npmStart, skipWithoutNginx } from '../servers/targets';

const SECURITY = ['x-content-type-options', 'referrer-policy', 'permissions-policy', 'content-security-policy'];
/** MapLibre's module worker, the file nginx's stock mime.types does not know. */
export const workerFile = () => readdirSync('build/_app/immutable/assets').find((name) => /^maplibre-gl-worker\..*\.mjs$/.test(name))!;
const lower = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));

for (const target of [npmStart, nginxTarget()]) {
	test.describe(target.name, () => {
		test.beforeEach(() => skipWithoutNginx(target));

		test('answers GET and HEAD only: other methods get 405 with Allow, never the page', async () => {
			for (const path of ['/', '/embed', '/app-data.json', '/_app/version.json']) {
				for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
					const res = await raw(target.origin(), path, { method });
					expect(res.status, `${method} ${path}`).toBe(405);
					expect(res.headers['allow'], `${method} ${path}`).toBe('GET, HEAD');
					for (const name of SECURITY) expect(res.headers[name], `${method} ${path} ${name}`).toBeTruthy();
					expect(res.body.toString()).not.toContain('<script');
				}
			}
			const head = await raw(target.origin(), '/', { method: 'HEAD' });
			expect(head.status).toBe(200);
			expect(head.body.length).toBe(0);
			expect(head.headers['allow']).toBeUndefined();
		});

		test('sends other names of a page to its canonical path (301), query kept', async () => {
			const cases: Array<[string, string]> = [
				['/embed/', '/embed'],
				['/embed/?regions=ES61', '/embed?regions=ES61'],
				['/embed.html?site=cta-sevilla', '/embed?site=cta-sevilla'],
				['/index.html', '/'],
				['/index.html?lang=es', '/?lang=es'],
				['/sites/cta-sevilla/', '/sites/cta-sevilla'],
				['/sites/cta-sevilla.html', '/sites/cta-sevilla'],
				['/regions/ES41/', '/regions/ES41'],
				['/es/sites/cta-sevilla/', '/es/sites/cta-sevilla'],
				['/accessibility/', '/accessibility']
			];
			for (const [from, to] of cases) {
				const res = await raw(target.origin(), from);
				expect(res.status, from).toBe(301);
				expect(res.headers['location'], from).toBe(to);
				expect(res.headers, from).toMatchObject(lower(redirectHeaders()));
			}
			// Not pages: no redirect, and never to another host.
			for (const path of ['/sites/', '/es/', '//evil.example/', '/nope/']) expect((await raw(target.origin(), path)).status, path).toBe(404);
		});

		test('keeps the build files for static hosts private (404 with the security headers)', async () => {
			for (const path of ['/_headers', '/nginx-headers.conf']) {
				const res = await raw(target.origin(), path);
				expect(res.status, path).toBe(404);
				expect(res.body.toString(), path).not.toContain('add_header');
				expect(res.body.toString(), path).not.toContain('Content-Security-Policy:');
				for (const name of SECURITY) expect(res.headers[name], `${path} ${name}`).toBeTruthy();
			}
		});

		test('sends the precompressed files to clients that accept them, with Vary: Accept-Encoding', async () => {
			const encodings = target.nginx ? ['gzip'] : ['br', 'gzip'];
			for (const path of ['/', '/embed', '/app-data.json', '/embed.js', '/sites/cta-sevilla', '/basemap/countries.geojson']) {
				const plain = await raw(target.origin(), path);
				expect(plain.status, path).toBe(200);
				expect(plain.headers['content-encoding'], path).toBeUndefined();
				for (const encoding of encodings) {
					const res = await raw(target.origin(), path, { headers: { 'Accept-Encoding': encoding } });
					expect(res.headers['content-encoding'], `${path} ${encoding}`).toBe(encoding);
					expect(res.headers['vary'], path).toMatch(/Accept-Encoding/i);
					expect(res.body.length, `${path} ${encoding}`).toBeLessThan(plain.body.length / 2);
					const decoded = encoding === 'br' ? brotliDecompressSync(res.body) : gunzipSync(res.body);
					expect(decoded.equals(plain.body), `${path} ${encoding} decodes to the file`).toBe(true);
				}
			}
		});

		test('revalidates pages, data, embed.js and version.json (no-cache + ETag → 304); hashed assets are immutable', async () => {
			for (const path of ['/', '/embed', '/sites/cta-sevilla', '/app-data.json', '/embed.js', '/_app/version.json']) {
				for (const accept of ['', 'gzip']) {
					const headers = accept ? { 'Accept-Encoding': accept } : undefined;
					const first = await raw(target.origin(), path, { headers });
					expect(first.headers['cache-control'], path).toBe('no-cache');
					const etag = first.headers['etag'];
					expect(etag, path).toBeTruthy();
					const again = await raw(target.origin(), path, { headers: { ...headers, 'If-None-Match': etag! } });
					expect(again.status, `${path} revalidated`).toBe(304);
					expect(again.body.length).toBe(0);
					expect(again.headers['etag'], path).toBe(etag);
					expect(again.headers['cache-control'], path).toBe('no-cache');
					expect(again.headers['content-security-policy'], path).toBeTruthy();
				}
			}
			const html = (await raw(target.origin(), '/')).body.toString();
			const asset = /\/_app\/immutable\/[^"']+\.js/.exec(html)?.[0];
			expect(asset).toBeTruthy();
			const res = await raw(target.origin(), asset!);
			expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
		});

		test('sends each path the headers of scripts/headers.js', async () => {
			const paths = [
				'/',
				'/embed',
				'/embed.js',
				'/app-data.json',
				'/sites/cta-sevilla',
				'/oembed.json',
				'/fonts/noto-sans-latin-400-normal.woff2',
				'/_app/version.json'
			];
			paths.push(`/_app/immutable/assets/${workerFile()}`);
			for (const path of paths) {
				const res = await raw(target.origin(), path);
				expect(res.status, path).toBe(200);
				expect(res.headers, path).toMatchObject(lower(headersFor(path)));
			}
			// A module worker must come as JavaScript, or the browser refuses it ("Worker failed to load").
			expect((await raw(target.origin(), `/_app/immutable/assets/${workerFile()}`)).headers['content-type']).toMatch(/^(text|application)\/javascript/);
		});

		test('a link longer than the server reads gets a small page that says so and links home, with the security headers', async ({ page }) => {
			// Node: 431 beyond maxHeaderSize (16 KiB); nginx: 414 beyond large_client_header_buffers (8 KB).
			const status = target.nginx ? 414 : 431;
			const long = `/?q=${'a'.repeat(20_000)}`;
			const res = await raw(target.origin(), long);
			expect(res.status).toBe(status);
			expect(res.headers['content-type']).toContain('text/html');
			for (const name of SECURITY) expect(res.headers[name], name).toBeTruthy();

			const response = await page.goto(`${target.origin()}${long}`);
			expect(response?.status()).toBe(status);
			await expect(page.getByRole('heading', { name: 'This link is too long' })).toBeVisible();
			await page.getByRole('link', { name: 'Open the map of the Battery Recycling Valleys' }).click();
			await expect(page).toHaveURL(`${target.origin()}/`);
			await expect(page.getByTestId('map')).toBeVisible();
		});
	});
}
