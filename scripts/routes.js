// How the static build answers what is not a plain file: the methods it accepts, the canonical
// path of each page, the build's config files that are not public, and the "link too long" page.
// Plain ESM with JSDoc types: scripts/start.js (the server) and scripts/host-config.js (the nginx
// snippet) both follow these rules.

/** Every page is a static file: nothing else makes sense. */
export const ALLOWED_METHODS = ['GET', 'HEAD'];

/** Written into build/ for static hosts that read them (Netlify and Cloudflare Pages read `_headers`); never served. */
export const HOST_CONFIG_FILES = ['_headers', 'nginx-headers.conf'];

/**
 * The canonical path of a page requested another way, or null when the path is canonical or no
 * page. `/embed/` and `/sites/<id>/` would load with their relative asset paths resolved one
 * directory too deep (no CSS, no JS); `/embed.html` and `/index.html` are the same page under a
 * second name. All are redirected (301) to `/embed`, `/sites/<id>`, `/`.
 * Only paths of existing pages are returned, so nothing a visitor types is echoed into a Location.
 * @param {string} pathname decoded request path
 * @param {(page: string) => boolean} isPage whether `<page>.html` exists in the build (page = '/embed')
 * @returns {string | null}
 */
export function canonicalPath(pathname, isPage) {
	if (pathname === '/index.html') return isPage('/index') ? '/' : null;
	// `[^/]` after the first slash: a path starting with `//` would be a link to another host.
	const page = /^(\/[^/].*?)\/+$/.exec(pathname)?.[1] ?? /^(\/[^/].*)\.html$/.exec(pathname)?.[1];
	return page && page !== '/index' && isPage(page) ? page : null;
}

/** The page sent with 431 when a link is longer than the server reads (Node: 16 KiB of request line and headers). */
export const TOO_LONG_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Link too long · Battery Recycling Valleys</title>
<style>body{font:1rem/1.5 system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#1a1a1a}h1{font-size:1.4rem}</style>
</head>
<body>
<main>
<h1>This link is too long</h1>
<p>The address has more text than the server reads, so it cannot be opened. It may have been cut or joined to another link.</p>
<p><a href="/">Open the map of the Battery Recycling Valleys</a></p>
<p lang="es">El enlace es demasiado largo y no se puede abrir. <a href="/">Abrir el mapa</a></p>
<p lang="it">Il link è troppo lungo e non si può aprire. <a href="/">Apri la mappa</a></p>
</main>
</body>
</html>
`;
