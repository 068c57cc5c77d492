// build/nginx-headers.conf: the rules of scripts/headers.js and scripts/routes.js for nginx.
// Written by scripts/emit-headers.js; tested against Debian's nginx-light (tests/e2e/deployments.spec.ts).
import { GENERATED, headersFor, redirectHeaders } from './headers.js';
import { ALLOWED_METHODS, HOST_CONFIG_FILES, TOO_LONG_PAGE } from './routes.js';

/** @typedef {import('./headers.js').HeaderOptions} HeaderOptions */

const escapeRegex = (/** @type {string} */ text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where error_page sends an over-long request (internal: not reachable from outside). */
const TOO_LONG_PATH = '/__bvm/link-too-long';

/** Text inside an nginx double-quoted string: no variables (`$`), quotes and backslashes escaped. */
const nginxString = (/** @type {string} */ text) => {
	if (text.includes('$')) throw new Error('nginx would read $ as a variable');
	return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
};

/** @param {Record<string, string>} headers */
const addHeaders = (headers) => Object.entries(headers).map(([name, value]) => `add_header ${name} "${value}" always;`);

/**
 * Lines every location starts with: its headers, and 405 for methods other than GET and HEAD.
 * `$bvm_allow` is set at server level; an empty add_header value sends no header.
 * @param {Record<string, string>} headers
 */
const guarded = (headers) => [...addHeaders(headers), 'add_header Allow $bvm_allow always;', 'if ($bvm_allow) { return 405; }'];

/** @param {string} location @param {string[]} lines @param {string[]} comments lines above the block */
const block = (location, lines, ...comments) =>
	[...comments.map((c) => `# ${c}`), `location ${location} {`, ...lines.map((line) => `\t${line}`), '}'].join('\n');

/**
 * The snippet, to `include` inside the app's own server block (`root` = the build folder). nginx
 * picks one location per request (exact `=`, then `^~` prefixes, then the first matching regex,
 * then the longest prefix), so each location carries all its headers: add_header is not merged.
 * @param {HeaderOptions} [options]
 */
export function nginxSnippet(options = {}) {
	const headers = (/** @type {string} */ sample) => headersFor(sample, options);
	const methods = ALLOWED_METHODS.join('|');
	const server = [
		'# Relative redirects: no host name or port of this server in Location.',
		'absolute_redirect off;',
		'# npm run build writes a .gz (and a .br) next to each text file: sent as is to clients that accept it.',
		'# With the ngx_brotli module installed, add `brotli_static on;` for the .br files.',
		'gzip_static on;',
		'gzip_vary on;',
		`# Static files answer ${ALLOWED_METHODS.join(' and ')} only; every location below sends 405 with Allow for the rest.`,
		'set $bvm_allow "";',
		`if ($request_method !~ ^(${methods})$) { set $bvm_allow "${ALLOWED_METHODS.join(', ')}"; }`,
		'# A request line over large_client_header_buffers (8 KB by default): the "link too long" page of npm start.',
		`error_page 414 ${TOO_LONG_PATH};`
	].join('\n');

	const redirect = (/** @type {string} */ test) => [...guarded(redirectHeaders()), `if (-f ${test}) { return 301 $bvm_page$is_args$args; }`, 'return 404;'];
	const locations = [
		block(
			`~ ^/(${HOST_CONFIG_FILES.map(escapeRegex).join('|')})$`,
			[...guarded(headers('/')), 'return 404;'],
			'Files for static hosts, in build/ but not public.'
		),
		block(
			'= /index.html',
			[...guarded(redirectHeaders()), 'return 301 /$is_args$args;'],
			'Canonical page paths (scripts/routes.js): /embed/ and /sites/<id>/ would load with broken relative',
			'asset paths, /embed.html is a second name of /embed: 301 to /embed, /sites/<id>, /.'
		),
		block('~ ^(?<bvm_page>/[^/].*?)/+$', redirect('$document_root$bvm_page.html')),
		block('~ ^(?<bvm_page>/[^/].*)\\.html$', redirect('$request_filename')),
		block('^~ /_app/immutable/', [
			...guarded(headers('/_app/immutable/x.js')),
			'try_files $uri =404;',
			"# MapLibre's worker is a module script named .mjs, which Debian's mime.types lacks: served as",
			'# application/octet-stream, browsers refuse it ("Worker failed to load"). A bare types block here',
			'# only (at server level it would replace the whole type map). Headers are inherited.',
			'location ~ \\.mjs$ {',
			'\ttypes { }',
			'\tdefault_type text/javascript;',
			'\tif ($bvm_allow) { return 405; }',
			'}'
		]),
		block('~ ^/embed(/|$)', [...guarded(headers('/embed')), 'try_files $uri $uri.html =404;'], '/embed is embed.html; its data is under /embed/.'),
		block('~ ^/oembed(\\.json$|/)', [...guarded(headers('/oembed.json')), 'try_files $uri =404;']),
		block('= /embed.js', [...guarded(headers('/embed.js')), 'try_files $uri =404;']),
		block('= /', [...guarded(headers('/')), 'try_files /index.html =404;']),
		block('/', [...guarded(headers('/')), 'try_files $uri $uri.html =404;'], 'Pages are <path>.html.'),
		block(`= ${TOO_LONG_PATH}`, [
			'internal;',
			'default_type "text/html; charset=utf-8";',
			...addHeaders({ ...headers('/'), 'Cache-Control': 'no-store' }),
			`return 414 "${nginxString(TOO_LONG_PAGE)}";`
		])
	];
	return `# ${GENERATED}\n# Include it inside the app's own server block: server { listen …; root /path/to/build; include /path/to/build/nginx-headers.conf; }\n\n${server}\n\n${locations.join('\n\n')}\n`;
}
