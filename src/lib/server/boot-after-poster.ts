/**
 * On the pages with a poster (`/`, `/embed`), SvelteKit's bootstrap (the inline script at the end
 * of the page that imports the app) starts once the poster's picture is on screen.
 *
 * Why: the first-load scripts and the data file (~330 KB as files) otherwise download while the
 * picture is parsed, laid out and rastered. They compete with it for the main thread, and Lighthouse
 * counts every request that ends before the largest paint in its LCP estimate. Measured on /embed,
 * desktop preset: LCP 0.62–0.86 s before, 0.48 s after (the bare MapLibre page: 1.2 s). The map's
 * first idle moved by less than its spread: MapLibre's own loading dominates it.
 *
 * The wait ends on the first of:
 * - the picture painted: an Element Timing or LCP entry for it;
 * - where neither is supported, the picture decoded and a frame later;
 * - at once when there is no picture, it failed, the tab is hidden (nothing is painted there), or
 *   the connection is slow ({@link SLOW_FIRST_BYTE_MS}): there the picture is still downloading,
 *   and the scripts, which arrive after it anyway, do not compete with its painting. Waiting cost
 *   0.28 s of the map's first idle on a throttled slow-4G load (5.3 → 5.5 s), for no earlier paint;
 * - {@link BOOT_WAIT_CAP_MS}, so that a late picture never holds the app back for long.
 *
 * SvelteKit lists its bootstrap's hash in the page's CSP; the wrapped script's hash replaces it
 * (`vite dev` pages have no CSP).
 */
import { createHash } from 'node:crypto';

/** The longest the app waits for the poster's picture, from when the bootstrap runs. */
export const BOOT_WAIT_CAP_MS = 1000;

/** A page whose first byte took longer than this to come (request to response start) came over a slow connection: no wait. */
export const SLOW_FIRST_BYTE_MS = 100;

/** Set on the picture by the wrapper (not in the markup: the HTML standard has no such attribute). */
export const POSTER_TIMING_ID = 'bvm-poster';

const BOOTSTRAP = /<script>(\s*\{[^<]*?__sveltekit_[^<]*?document\.currentScript[^<]*?)<\/script>/;

/**
 * The wrapper around SvelteKit's bootstrap. ES5 and one line: it runs before anything else of the
 * app, in every browser the app supports. `currentScript` is read at once: it is null later.
 */
function wrapped(bootstrap: string): string {
	const body = bootstrap.replaceAll('document.currentScript', 'currentScript');
	return (
		`(function(currentScript){var started=0,img=document.querySelector("img.bvm-poster");` +
		`function boot(){if(started++)return;${body}}` +
		`setTimeout(boot,${BOOT_WAIT_CAP_MS});` +
		`var nav=performance.getEntriesByType&&performance.getEntriesByType("navigation")[0];` +
		`if(!img||document.visibilityState!=="visible"||(img.complete&&!img.naturalWidth)||(nav&&nav.responseStart-nav.requestStart>${SLOW_FIRST_BYTE_MS}))return boot();` +
		`img.setAttribute("elementtiming","${POSTER_TIMING_ID}");img.addEventListener("error",boot);` +
		`var types=(window.PerformanceObserver&&PerformanceObserver.supportedEntryTypes)||[];` +
		`var kinds=["element","largest-contentful-paint"].filter(function(t){return types.indexOf(t)>=0});` +
		`if(!kinds.length)return void img.decode().then(function(){requestAnimationFrame(function(){setTimeout(boot)})},boot);` +
		`var seen=new PerformanceObserver(function(list){if(list.getEntries().some(function(e){return e.element===img})){seen.disconnect();boot()}});` +
		`kinds.forEach(function(t){seen.observe({type:t,buffered:true})})` +
		`})(document.currentScript)`
	);
}

const cspHash = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

/**
 * `html` with its SvelteKit bootstrap waiting for the poster, and the CSP hash to match. Throws,
 * naming `page`, when the bootstrap or its hash is not where SvelteKit puts them: a SvelteKit
 * upgrade must not silently drop the wait, nor ship a page whose CSP blocks its own app.
 */
export function bootAfterPoster(html: string, page: string): string {
	const found = BOOTSTRAP.exec(html);
	if (!found) throw new Error(`${page}: SvelteKit's bootstrap script was not found (src/lib/server/boot-after-poster.ts expects its shape)`);
	const [whole, bootstrap] = found as unknown as [string, string];
	const script = wrapped(bootstrap);
	html = html.replace(whole, () => `<script>${script}</script>`);
	// `vite dev` serves pages without the CSP.
	if (!html.includes('http-equiv="content-security-policy"')) return html;
	const oldHash = cspHash(bootstrap);
	if (!html.includes(oldHash)) throw new Error(`${page}: the page's CSP does not list its bootstrap's hash ${oldHash}`);
	return html.replace(oldHash, () => cspHash(script));
}
