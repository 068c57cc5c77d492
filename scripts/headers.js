// The one definition of the app's response headers: security, framing, caching and CORS.
// Plain ESM with JSDoc types because scripts/start.js (the server), scripts/emit-headers.js
// (build/_headers and build/nginx-headers.conf) and svelte.config.js (the page CSP) all import it.

/**
 * @typedef {{ frameAncestors?: string }} HeaderOptions
 * `frameAncestors`: who may frame /embed — a space-separated list of CSP sources
 * (e.g. "https://a.example https://b.example"); unset or "*" means any website.
 * @typedef {Record<string, string>} Headers
 * @typedef {{ test: (pathname: string) => boolean, headers: (ancestors: string) => Headers, patterns: (entries: string[]) => string[] }} Layer
 */

/**
 * The app's own policy, in SvelteKit's `kit.csp.directives` form (keywords unquoted).
 * MapLibre starts its workers from blob: URLs and decodes images to data:/blob: URLs;
 * Svelte writes inline style attributes, hence 'unsafe-inline' for styles (never for scripts).
 * @type {Record<string, string[]>}
 */
export const APP_CSP = {
	'default-src': ['self'],
	'script-src': ['self'],
	'style-src': ['self', 'unsafe-inline'],
	'img-src': ['self', 'data:', 'blob:'],
	'font-src': ['self'],
	'connect-src': ['self'],
	'worker-src': ['self', 'blob:'],
	'object-src': ['none'],
	'base-uri': ['self'],
	'form-action': ['self']
};

/**
 * Directives left out of the HTTP header: SvelteKit boots every page with an inline script whose
 * hash differs per page, so script-src (with the hashes) lives only in the page's <meta> CSP, and
 * default-src would be script-src's fallback. Browsers enforce both policies, so scripts still
 * need 'self' or a hash.
 */
const META_ONLY = new Set(['default-src', 'script-src']);

const KEYWORDS = new Set(['self', 'none', 'unsafe-inline', 'unsafe-eval', 'strict-dynamic', 'unsafe-hashes']);

/** @param {string} source */
const quote = (source) => (KEYWORDS.has(source) ? `'${source}'` : source);

/** A CSP source: *, a keyword, a scheme (https:) or a host source with optional scheme, port and path. */
const SOURCE = /^(\*|'self'|'none'|[a-z][a-z0-9+.-]*:|([a-z][a-z0-9+.-]*:\/\/)?(\*\.)?[a-z0-9.-]+(:(\d+|\*))?(\/[^\s;,'"]*)?)$/i;

/**
 * The frame-ancestors value for /embed from the configured list. A wrong value throws, so a typo
 * (or a ';' smuggling in other directives) stops the server or the build instead of shipping.
 * The app's own origin is always allowed: its embed-code dialog previews the iframe.
 * @param {string | undefined} configured
 * @returns {string}
 */
export function embedAncestors(configured) {
	const sources = (configured ?? '').trim().split(/\s+/).filter(Boolean);
	const bad = sources.filter((s) => !SOURCE.test(s));
	if (bad.length) throw new Error(`FRAME_ANCESTORS: not a CSP source: ${bad.join(' ')}`);
	if (sources.length === 0 || sources.includes('*')) return '*';
	if (sources.includes("'none'")) return "'none'";
	return [...new Set(["'self'", ...sources])].join(' ');
}

/** `/embed`, `/embed.html`, `/embed/…`: the only pages other sites may frame. */
export const isEmbedPath = (/** @type {string} */ pathname) => /^\/embed(\.html)?(\/.*)?$/.test(pathname);

/** The header CSP: every app directive that is the same on every page, plus frame-ancestors. */
export function headerCsp(/** @type {string} */ ancestors) {
	const shared = Object.entries(APP_CSP).filter(([name]) => !META_ONLY.has(name));
	return [...shared.map(([name, values]) => `${name} ${values.map(quote).join(' ')}`), `frame-ancestors ${ancestors}`].join('; ');
}

/**
 * Sites' framing rule for everything but /embed, as _headers patterns: one per top-level entry of
 * the build (a catch-all would also match /embed, and Cloudflare joins the values of two matching
 * rules into one header, which would forbid framing the embed).
 * @param {string[]} entries names in build/
 */
function ownPatterns(entries) {
	const patterns = entries
		.filter((name) => !isEmbedPath(`/${name}`) && !name.startsWith('.'))
		.flatMap((name) => {
			if (name.endsWith('.html')) return name === 'index.html' ? ['/', '/index.html'] : [`/${name.slice(0, -5)}`, `/${name}`];
			return name.includes('.') ? [`/${name}`] : [`/${name}/*`];
		});
	return [...new Set(patterns)].sort();
}

/**
 * Header layers. Each sets its own header names only, so for any path the headers of the matching
 * layers never collide — the same in the server, in _headers and in the nginx snippet.
 * @type {Layer[]}
 */
const LAYERS = [
	{
		test: () => true,
		headers: () => ({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin' }),
		patterns: () => ['/*']
	},
	{
		test: isEmbedPath,
		headers: (ancestors) => ({ 'Content-Security-Policy': headerCsp(ancestors) }),
		patterns: () => ['/embed', '/embed.html', '/embed/*']
	},
	{
		// X-Frame-Options for browsers without frame-ancestors; it has no "allow others" value, hence never on /embed.
		test: (p) => !isEmbedPath(p),
		headers: () => ({ 'Content-Security-Policy': headerCsp("'self'"), 'X-Frame-Options': 'SAMEORIGIN' }),
		patterns: ownPatterns
	},
	{
		// Hashed file names: a file under this path never changes.
		test: (p) => p.startsWith('/_app/immutable/'),
		headers: () => ({ 'Cache-Control': 'public, max-age=31536000, immutable' }),
		patterns: () => ['/_app/immutable/*']
	},
	{
		// oEmbed consumers may fetch these from the browser.
		test: (p) => p === '/oembed.json' || p.startsWith('/oembed/'),
		headers: () => ({ 'Access-Control-Allow-Origin': '*' }),
		patterns: () => ['/oembed.json', '/oembed/*']
	}
];

/**
 * Response headers for a request path.
 * @param {string} pathname
 * @param {HeaderOptions} [options]
 * @returns {Headers}
 */
export function headersFor(pathname, options = {}) {
	const ancestors = embedAncestors(options.frameAncestors);
	return Object.assign({}, ...LAYERS.filter((l) => l.test(pathname)).map((l) => l.headers(ancestors)));
}

const GENERATED = 'Generated by scripts/emit-headers.js from scripts/headers.js at build time; do not edit.';

/**
 * build/_headers (Netlify, Cloudflare Pages): one block per pattern of each layer.
 * @param {string[]} entries top-level names in build/
 * @param {HeaderOptions} [options]
 */
export function headersFile(entries, options = {}) {
	const ancestors = embedAncestors(options.frameAncestors);
	const blocks = LAYERS.flatMap((layer) => {
		const lines = Object.entries(layer.headers(ancestors)).map(([name, value]) => `  ${name}: ${value}`);
		return layer.patterns(entries).map((pattern) => [pattern, ...lines].join('\n'));
	});
	return `# ${GENERATED}\n${blocks.join('\n')}\n`;
}

/** nginx locations with a sample path each; nginx picks one location per request, so each gets all its headers. */
const NGINX_LOCATIONS = [
	{ location: '^~ /_app/immutable/', sample: '/_app/immutable/x.js' },
	{ location: '~ ^/embed(\\.html)?(/|$)', sample: '/embed' },
	{ location: '~ ^/oembed(\\.json$|/)', sample: '/oembed.json' },
	{ location: '/', sample: '/' }
];

/**
 * build/nginx-headers.conf: `include` it inside a `server { root …/build; }` block.
 * @param {HeaderOptions} [options]
 */
export function nginxSnippet(options = {}) {
	const blocks = NGINX_LOCATIONS.map(({ location, sample }) => {
		const lines = Object.entries(headersFor(sample, options)).map(([name, value]) => `\tadd_header ${name} "${value}" always;`);
		// /embed is served from embed.html, / from index.html.
		return [`location ${location} {`, ...lines, '\ttry_files $uri $uri.html $uri/ =404;', '}'].join('\n');
	});
	return `# ${GENERATED}\nindex index.html;\n\n${blocks.join('\n\n')}\n`;
}
