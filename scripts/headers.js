// The one definition of the app's response headers: security, framing, caching and CORS.
// Plain ESM with JSDoc types because scripts/start.js (the server), scripts/emit-headers.js
// (build/_headers, and build/nginx-headers.conf through scripts/nginx-config.js) and
// svelte.config.js (the page CSP) all import it.
import { POSTER_DIM_HASH } from './poster-dim.js';
import { HOST_CONFIG_FILES } from './routes.js';

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
	// 'self' and the hash of the one inline script of ours (the poster's early dimming); SvelteKit adds its own.
	'script-src': ['self', POSTER_DIM_HASH],
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

/** What other websites load from the app: the embed (framed), its host-page script and the oEmbed documents. */
export const isForOtherSites = (/** @type {string} */ pathname) =>
	isEmbedPath(pathname) || pathname === '/embed.js' || pathname === '/oembed.json' || pathname.startsWith('/oembed/');

/** Hashed file names under this path: a file there never changes. */
const isImmutable = (/** @type {string} */ pathname) => pathname.startsWith('/_app/immutable/');

/**
 * Powerful features the app never uses, denied to it and to anything it frames. Only names every
 * current Chromium, Firefox and Safari parse (an unknown name costs a console warning per page).
 * Not listed: fullscreen (the embed snippet allows it) and clipboard-write (the embed dialog copies).
 */
export const DENIED_FEATURES = [
	'accelerometer',
	'autoplay',
	'camera',
	'display-capture',
	'encrypted-media',
	'geolocation',
	'gyroscope',
	'magnetometer',
	'microphone',
	'midi',
	'payment',
	'publickey-credentials-get',
	'screen-wake-lock',
	'usb',
	'xr-spatial-tracking'
];

/** The header CSP: every app directive that is the same on every page, plus frame-ancestors. */
export function headerCsp(/** @type {string} */ ancestors) {
	const shared = Object.entries(APP_CSP).filter(([name]) => !META_ONLY.has(name));
	return [...shared.map(([name, values]) => `${name} ${values.map(quote).join(' ')}`), `frame-ancestors ${ancestors}`].join('; ');
}

/**
 * _headers patterns for the top-level entries of the build whose paths pass `keep`: `/name` for a
 * file, `/name/*` for a folder, `/name` and `/name.html` for a page, `/` and `/index.html` for
 * index.html. Rules are listed one by one instead of as a catch-all `/*`: Netlify and Cloudflare
 * join the values of two matching rules into one header (two CSPs would forbid framing the embed,
 * two Cache-Controls would make the hashed assets no-cache).
 * @param {string[]} entries names in build/
 * @param {(pathname: string) => boolean} keep tested with the entry's path (a folder: `/name/`)
 */
function entryPatterns(entries, keep) {
	const patterns = entries
		.filter((name) => !name.startsWith('.') && !HOST_CONFIG_FILES.includes(name) && !/\.(br|gz)$/.test(name))
		.flatMap((name) => {
			if (name.endsWith('.html')) return name === 'index.html' ? ['/', '/index.html'] : [`/${name.slice(0, -5)}`, `/${name}`];
			return name.includes('.') ? [`/${name}`] : [`/${name}/*`];
		})
		.filter((pattern) => keep(pattern.replace(/\*$/, '')));
	return [...new Set(patterns)].sort();
}

/** Files of `_app/` outside `immutable/` (SvelteKit writes version.json there): not hashed, so revalidated. */
const APP_MUTABLE = ['/_app/version.json'];

/** Sent on every response, redirects included. @type {Layer} */
const BASE = {
	test: () => true,
	headers: () => ({
		'X-Content-Type-Options': 'nosniff',
		'Referrer-Policy': 'strict-origin-when-cross-origin',
		'Permissions-Policy': DENIED_FEATURES.map((feature) => `${feature}=()`).join(', ')
	}),
	patterns: () => ['/*']
};

/**
 * Header layers. Each sets its own header names only, so for any path the headers of the matching
 * layers never collide — the same in the server, in _headers and in the nginx snippet.
 * @type {Layer[]}
 */
const LAYERS = [
	BASE,
	{
		test: isEmbedPath,
		headers: (ancestors) => ({ 'Content-Security-Policy': headerCsp(ancestors) }),
		patterns: () => ['/embed', '/embed.html', '/embed/*']
	},
	{
		// X-Frame-Options for browsers without frame-ancestors; it has no "allow others" value, hence never on /embed.
		// COOP: a page of the full app opened from another site gets its own browsing context group
		// (no window.opener link either way). Never on /embed: it lives inside its host's page.
		test: (p) => !isEmbedPath(p),
		headers: () => ({ 'Content-Security-Policy': headerCsp("'self'"), 'X-Frame-Options': 'SAMEORIGIN', 'Cross-Origin-Opener-Policy': 'same-origin' }),
		patterns: (entries) => entryPatterns(entries, (p) => !isEmbedPath(p))
	},
	{
		// Other sites may load these (a frame, a <script>, a fetch); everything else only the app's own pages.
		test: isForOtherSites,
		headers: () => ({ 'Cross-Origin-Resource-Policy': 'cross-origin' }),
		patterns: (entries) => ['/embed', '/embed.html', '/embed/*', ...entryPatterns(entries, (p) => isForOtherSites(p) && !isEmbedPath(p))]
	},
	{
		test: (p) => !isForOtherSites(p),
		headers: () => ({ 'Cross-Origin-Resource-Policy': 'same-origin' }),
		patterns: (entries) => entryPatterns(entries, (p) => !isForOtherSites(p))
	},
	{
		test: isImmutable,
		headers: () => ({ 'Cache-Control': 'public, max-age=31536000, immutable' }),
		patterns: () => ['/_app/immutable/*']
	},
	{
		// Pages, app-data.json, embed.js, version.json, the basemap…: kept by browsers and CDNs but
		// revalidated on each use (a 304 against the ETag), so a new build shows at once.
		test: (p) => !isImmutable(p),
		headers: () => ({ 'Cache-Control': 'no-cache' }),
		patterns: (entries) => [...entryPatterns(entries, (p) => !p.startsWith('/_app/')), ...APP_MUTABLE]
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

/** Headers of a redirect (nothing is shown, so no framing rule, which would also apply to the embed's redirects). */
export function redirectHeaders() {
	return BASE.headers('');
}

export const GENERATED = 'Generated by scripts/emit-headers.js from scripts/headers.js (and scripts/routes.js) at build time; do not edit.';

/**
 * build/_headers (Netlify, Cloudflare Pages): one block per pattern, with the headers of every
 * layer that lists it.
 * @param {string[]} entries top-level names in build/
 * @param {HeaderOptions} [options]
 */
export function headersFile(entries, options = {}) {
	const ancestors = embedAncestors(options.frameAncestors);
	/** @type {Map<string, string[]>} */
	const blocks = new Map();
	for (const layer of LAYERS) {
		const lines = Object.entries(layer.headers(ancestors)).map(([name, value]) => `  ${name}: ${value}`);
		for (const pattern of layer.patterns(entries)) blocks.set(pattern, [...(blocks.get(pattern) ?? []), ...lines]);
	}
	return `# ${GENERATED}\n${[...blocks].map(([pattern, lines]) => [pattern, ...lines].join('\n')).join('\n')}\n`;
}
