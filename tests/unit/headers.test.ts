import { createHash } from 'node:crypto';
import { POSTER_DIM_HASH, POSTER_DIM_SCRIPT } from '../../scripts/poster-dim.js';
import { describe, expect, it } from 'vitest';
import { APP_CSP, DENIED_FEATURES, embedAncestors, headersFile, headersFor, isEmbedPath, redirectHeaders } from '../../scripts/headers.js';
import { nginxSnippet } from '../../scripts/nginx-config.js';
import { canonicalPath } from '../../scripts/routes.js';
import { headersFromRules, parseHeadersFile } from '../servers/headers-file';

const ENTRIES = [
	'__data.json',
	'_app',
	'basemap',
	'embed',
	'embed.html',
	'embed.js',
	'favicon.svg',
	'fonts',
	'index.html',
	'oembed',
	'oembed.json',
	'regions',
	'sites'
];
const SAMPLES = [
	'/',
	'/index.html',
	'/embed',
	'/embed.html',
	'/embed/__data.json',
	'/embed.js',
	'/regions/ES41',
	'/sites/cta-sevilla',
	'/_app/immutable/entry/start.js',
	'/_app/version.json',
	'/fonts/noto.woff2',
	'/oembed.json',
	'/oembed/site/cta-sevilla.json',
	'/favicon.svg',
	'/__data.json'
];

const frameAncestors = (headers: Record<string, string>) => /frame-ancestors ([^;]+)/.exec(headers['Content-Security-Policy'] ?? '')?.[1];

describe('headersFor', () => {
	it('lets any website frame /embed and its data, without X-Frame-Options', () => {
		for (const path of ['/embed', '/embed.html', '/embed/__data.json']) {
			const headers = headersFor(path);
			expect(frameAncestors(headers), path).toBe('*');
			expect(headers['X-Frame-Options'], path).toBeUndefined();
		}
	});

	it('lets only the app itself frame everything else, old browsers included', () => {
		for (const path of ['/', '/index.html', '/regions/ES41', '/embed.js', '/embedded', '/_app/immutable/x.js']) {
			const headers = headersFor(path);
			expect(frameAncestors(headers), path).toBe("'self'");
			expect(headers['X-Frame-Options'], path).toBe('SAMEORIGIN');
		}
	});

	it('sends nosniff and the referrer policy on every path', () => {
		for (const path of SAMPLES) {
			expect(headersFor(path)['X-Content-Type-Options']).toBe('nosniff');
			expect(headersFor(path)['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
		}
	});

	it('caches hashed assets for a year; everything else is revalidated on each use', () => {
		expect(headersFor('/_app/immutable/entry/start.js')['Cache-Control']).toBe('public, max-age=31536000, immutable');
		for (const path of ['/', '/index.html', '/embed', '/sites/cta-sevilla', '/app-data.json', '/embed.js', '/_app/version.json', '/basemap/countries.geojson'])
			expect(headersFor(path)['Cache-Control'], path).toBe('no-cache');
	});

	it('opens oEmbed documents to other origins', () => {
		expect(headersFor('/oembed/site/x.json')['Access-Control-Allow-Origin']).toBe('*');
		expect(headersFor('/')['Access-Control-Allow-Origin']).toBeUndefined();
	});

	it('denies the powerful features the app does not use, on every path', () => {
		for (const path of SAMPLES) {
			const policy = headersFor(path)['Permissions-Policy'] ?? '';
			for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(policy, path).toContain(`${feature}=()`);
			// The embed snippet allows fullscreen and the embed dialog copies to the clipboard: never denied.
			expect(policy).not.toMatch(/fullscreen|clipboard/);
		}
		expect(DENIED_FEATURES.length).toBeGreaterThan(10);
	});

	it('isolates the full app from other windows (COOP), never the embed that lives in its host page', () => {
		for (const path of ['/', '/sites/cta-sevilla', '/regions/ES41', '/accessibility'])
			expect(headersFor(path)['Cross-Origin-Opener-Policy'], path).toBe('same-origin');
		for (const path of ['/embed', '/embed.html', '/embed/__data.json']) expect(headersFor(path)['Cross-Origin-Opener-Policy'], path).toBeUndefined();
	});

	it('lets other sites load the embed, embed.js and oEmbed (CORP cross-origin), and only the app the rest', () => {
		for (const path of ['/embed', '/embed/__data.json', '/embed.js', '/oembed.json', '/oembed/site/cta-sevilla.json'])
			expect(headersFor(path)['Cross-Origin-Resource-Policy'], path).toBe('cross-origin');
		for (const path of ['/', '/app-data.json', '/_app/immutable/entry/start.js', '/fonts/noto.woff2', '/basemap/countries.geojson', '/sites/cta-sevilla'])
			expect(headersFor(path)['Cross-Origin-Resource-Policy'], path).toBe('same-origin');
	});

	it('sends no framing rule on a redirect (nothing is shown; the embed redirects too)', () => {
		expect(Object.keys(redirectHeaders()).sort()).toEqual(['Permissions-Policy', 'Referrer-Policy', 'X-Content-Type-Options']);
	});

	it('keeps script-src (per-page hashes) and its fallback default-src out of the header', () => {
		const csp = headersFor('/')['Content-Security-Policy'] ?? '';
		expect(csp).not.toMatch(/script-src|default-src/);
		expect(csp).toContain("worker-src 'self' blob:");
		expect(csp).toContain("object-src 'none'");
		// The page CSP allows the app's files and, by its hash, the one inline script of ours (the poster's early dimming).
		expect(APP_CSP['script-src']).toEqual(['self', POSTER_DIM_HASH]);
		expect(POSTER_DIM_HASH).toBe(`sha256-${createHash('sha256').update(POSTER_DIM_SCRIPT).digest('base64')}`);
	});

	it('uses a configured allowlist for /embed only, always with the app itself', () => {
		const options = { frameAncestors: ' https://a.example  https://b.example:8443 ' };
		expect(frameAncestors(headersFor('/embed', options))).toBe("'self' https://a.example https://b.example:8443");
		expect(frameAncestors(headersFor('/', options))).toBe("'self'");
	});
});

describe('embedAncestors', () => {
	it('defaults to any website', () => {
		expect(embedAncestors(undefined)).toBe('*');
		expect(embedAncestors('  ')).toBe('*');
		expect(embedAncestors('https://a.example *')).toBe('*');
	});

	it("accepts 'none', schemes and wildcard hosts", () => {
		expect(embedAncestors("'none'")).toBe("'none'");
		expect(embedAncestors('https: *.example.org')).toBe("'self' https: *.example.org");
	});

	it('refuses values that would inject other directives or headers', () => {
		expect(() => embedAncestors('https://a.example; script-src *')).toThrow(/FRAME_ANCESTORS/);
		expect(() => embedAncestors('https://a.example,https://b.example')).toThrow(/FRAME_ANCESTORS/);
		expect(() => embedAncestors('"https://a.example"')).toThrow(/FRAME_ANCESTORS/);
	});

	it('isEmbedPath matches the embed page, its .html and its data only', () => {
		expect(['/embed', '/embed.html', '/embed/', '/embed/__data.json'].every(isEmbedPath)).toBe(true);
		expect(['/', '/embed.js', '/embedded', '/x/embed'].some(isEmbedPath)).toBe(false);
	});
});

describe('headersFile', () => {
	it('gives each path exactly the server headers, each header from one rule only', () => {
		const rules = parseHeadersFile(headersFile(ENTRIES));
		// Cloudflare joins two matching values with a comma (a second CSP would break framing): headersFromRules throws on it.
		for (const path of SAMPLES) expect(headersFromRules(rules, path), path).toEqual(headersFor(path));
	});

	it('stays within Cloudflare Pages limits (100 rules, 2,000 characters a line) and lists no compressed variant', () => {
		const text = headersFile([...ENTRIES, 'index.html.br', 'embed.js.gz', '_headers', 'nginx-headers.conf']);
		const blocks = parseHeadersFile(text);
		expect(blocks.length).toBeLessThanOrEqual(100);
		expect(blocks.map((b) => b.pattern).filter((p) => /\.(br|gz)$|_headers|nginx/.test(p))).toEqual([]);
	});

	it('is deterministic whatever the order of the build entries', () => {
		expect(headersFile([...ENTRIES].reverse())).toBe(headersFile(ENTRIES));
	});

	it('carries the configured allowlist', () => {
		expect(headersFile(ENTRIES, { frameAncestors: 'https://a.example' })).toContain("frame-ancestors 'self' https://a.example");
	});
});

/** nginx: an exact `=` match first, then `^~` prefixes, then the first matching regex, then the longest prefix. */
function nginxLocation(conf: string, path: string) {
	const blocks = [...conf.matchAll(/^location (\^~|~|=)? ?(\S+) \{\n([\s\S]*?)\n\}/gm)].map(([, kind, target = '', body = '']) => ({ kind, target, body }));
	const prefixes = blocks.filter((b) => b.kind === undefined && path.startsWith(b.target)).sort((a, b) => b.target.length - a.target.length);
	return (
		blocks.find((b) => b.kind === '=' && path === b.target) ??
		blocks.find((b) => b.kind === '^~' && path.startsWith(b.target)) ??
		blocks.find((b) => b.kind === '~' && new RegExp(b.target.replace(/\(\?<\w+>/g, '(')).test(path)) ??
		prefixes[0]
	);
}

const nginxHeaders = (body: string) => Object.fromEntries([...body.matchAll(/add_header (\S+) "([^"]*)" always;/g)].map(([, n = '', v = '']) => [n, v]));

describe('nginxSnippet', () => {
	const options = { frameAncestors: 'https://a.example' };
	const conf = nginxSnippet(options);
	const isPage = (page: string) => ['/index', '/embed', '/sites/cta-sevilla', '/regions/ES41'].includes(page);

	it('sends the server headers for every path it serves', () => {
		for (const path of SAMPLES.filter((p) => canonicalPath(p, isPage) === null)) {
			expect(nginxHeaders(nginxLocation(conf, path)?.body ?? ''), path).toEqual(headersFor(path, options));
		}
	});

	it('redirects the other names of a page, with the redirect headers only', () => {
		for (const path of ['/index.html', '/embed.html', '/embed/', '/sites/cta-sevilla/', '/regions/ES41//']) {
			const location = nginxLocation(conf, path);
			expect(location?.body, path).toMatch(/return 301/);
			expect(nginxHeaders(location?.body ?? ''), path).toEqual(redirectHeaders());
		}
	});

	it('hides the host config files and answers other methods with 405', () => {
		for (const path of ['/_headers', '/nginx-headers.conf']) expect(nginxLocation(conf, path)?.body, path).toMatch(/return 404;/);
		expect(conf).toMatch(/if \(\$request_method !~ \^\(GET\|HEAD\)\$\) \{ set \$bvm_allow "GET, HEAD"; \}/);
		for (const block of conf.split(/^location /m).slice(1)) {
			if (!block.includes('\tinternal;')) expect(block).toContain('if ($bvm_allow) { return 405; }');
		}
	});

	it('answers an over-long request line with the "link too long" page, reachable only internally', () => {
		expect(conf).toContain('error_page 414 /__bvm/link-too-long;');
		const location = nginxLocation(conf, '/__bvm/link-too-long');
		expect(location?.body).toContain('\tinternal;');
		expect(location?.body).toContain('This link is too long');
		expect(nginxHeaders(location?.body ?? '')).toMatchObject({ 'Content-Security-Policy': headersFor('/', options)['Content-Security-Policy'] });
	});

	it('serves the .mjs worker as JavaScript whatever mime.types says, with the immutable headers', () => {
		const immutable = nginxLocation(conf, '/_app/immutable/assets/maplibre-gl-worker.x.mjs');
		expect(immutable?.kind).toBe('^~');
		expect(immutable?.body).toMatch(/location ~ \\\.mjs\$ \{\n\t\ttypes \{ \}\n\t\tdefault_type text\/javascript;/);
		// A bare types block at server level would wipe every other type.
		expect(conf.split(/^location /m)[0]).not.toContain('types');
	});
});

describe('the _headers reader used to check build/_headers', () => {
	it('refuses what a host would misread', () => {
		expect(() => parseHeadersFile('  X-A: 1\n')).toThrow(/line 1: header before any path/);
		expect(() => parseHeadersFile('/a\n  X-A 1\n')).toThrow(/line 2: not " {2}Name: value"/);
		expect(() => parseHeadersFile('/a b\n')).toThrow(/line 1: a rule must be a path/);
		expect(() => parseHeadersFile('/a\n  X-A: 1\n  x-a: 2\n')).toThrow(/X-A twice|x-a twice/);
		expect(() => headersFromRules(parseHeadersFile('/*\n  X-A: 1\n/a\n  X-A: 2\n'), '/a')).toThrow(/two rules/);
	});
});
