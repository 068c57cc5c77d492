import { describe, expect, it } from 'vitest';
import { APP_CSP, embedAncestors, headersFile, headersFor, isEmbedPath, nginxSnippet } from '../../scripts/headers.js';

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

	it('caches hashed assets for a year and opens oEmbed documents to other origins', () => {
		expect(headersFor('/_app/immutable/entry/start.js')['Cache-Control']).toContain('immutable');
		expect(headersFor('/index.html')['Cache-Control']).toBeUndefined();
		expect(headersFor('/oembed/site/x.json')['Access-Control-Allow-Origin']).toBe('*');
		expect(headersFor('/')['Access-Control-Allow-Origin']).toBeUndefined();
	});

	it('keeps script-src (per-page hashes) and its fallback default-src out of the header', () => {
		const csp = headersFor('/')['Content-Security-Policy'] ?? '';
		expect(csp).not.toMatch(/script-src|default-src/);
		expect(csp).toContain("worker-src 'self' blob:");
		expect(csp).toContain("object-src 'none'");
		expect(APP_CSP['script-src']).toEqual(['self']);
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

/** Netlify/Cloudflare _headers: blocks of a path pattern (`*` at the end = any rest) and indented headers. */
function parseHeadersFile(text: string): Array<{ pattern: string; headers: Array<[string, string]> }> {
	const blocks: Array<{ pattern: string; headers: Array<[string, string]> }> = [];
	for (const line of text.split('\n')) {
		if (line.startsWith('/')) blocks.push({ pattern: line.trim(), headers: [] });
		else if (line.startsWith('  ')) {
			const [name = '', ...value] = line.trim().split(': ');
			blocks.at(-1)?.headers.push([name, value.join(': ')]);
		}
	}
	return blocks;
}

const matches = (pattern: string, path: string) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern);

describe('headersFile', () => {
	it('gives each path exactly the server headers, each header from one rule only', () => {
		const blocks = parseHeadersFile(headersFile(ENTRIES));
		for (const path of SAMPLES) {
			const sent = blocks.filter((b) => matches(b.pattern, path)).flatMap((b) => b.headers);
			const names = sent.map(([name]) => name);
			// Cloudflare joins two matching values with a comma: a second CSP would break framing.
			expect(new Set(names).size, `${path}: ${names.join(', ')}`).toBe(names.length);
			expect(Object.fromEntries(sent), path).toEqual(headersFor(path));
		}
	});

	it('is deterministic whatever the order of the build entries', () => {
		expect(headersFile([...ENTRIES].reverse())).toBe(headersFile(ENTRIES));
	});

	it('carries the configured allowlist', () => {
		expect(headersFile(ENTRIES, { frameAncestors: 'https://a.example' })).toContain("frame-ancestors 'self' https://a.example");
	});
});

/** nginx picks `^~` prefixes first, then the first matching regex, then the plain prefix. */
function nginxHeadersFor(conf: string, path: string): Record<string, string> {
	const blocks = [...conf.matchAll(/location (\^~|~)? ?(\S+) \{\n([\s\S]*?)\n\}/g)].map(([, kind, target = '', body = '']) => ({ kind, target, body }));
	const chosen =
		blocks.find((b) => b.kind === '^~' && path.startsWith(b.target)) ??
		blocks.find((b) => b.kind === '~' && new RegExp(b.target).test(path)) ??
		blocks.find((b) => b.kind === undefined && path.startsWith(b.target));
	return Object.fromEntries([...(chosen?.body ?? '').matchAll(/add_header (\S+) "([^"]*)" always;/g)].map(([, n = '', v = '']) => [n, v]));
}

describe('nginxSnippet', () => {
	it('sends the server headers for every path', () => {
		const conf = nginxSnippet({ frameAncestors: 'https://a.example' });
		for (const path of SAMPLES) expect(nginxHeadersFor(conf, path), path).toEqual(headersFor(path, { frameAncestors: 'https://a.example' }));
	});
});
