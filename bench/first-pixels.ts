/**
 * Time to first map pixels: when the prerendered poster (the build-time SVG of the default view
 * under the live map of `/` and `/embed`) is first painted, against the bare MapLibre page's first
 * idle (the earliest a MapLibre map shows its picture). Issue 13's target: ≤ 0.35×.
 *
 * "First painted" = the later of First Contentful Paint and the first animation frame at which the
 * poster element is in the DOM with a box and an `<svg>` inside, visible (opacity > 0, not hidden):
 * inline SVG is not reported by Element Timing or LCP, and a poster in the prerendered HTML is
 * part of the first paint, so FCP bounds it from below and the frame check catches a poster that
 * arrives later (injected by a script, or hidden until CSS loads).
 */
import type { Browser } from '@playwright/test';
import { gotoFirstIdle, newPage } from './measure';

/**
 * How the poster is found. The poster branch's element (`data-testid="poster"`, filled from a
 * `data-static-map="poster:…"` marker at build); `[data-poster]` if it is renamed so. Override with
 * BENCH_POSTER_SELECTOR.
 */
export const POSTER_SELECTOR = process.env.BENCH_POSTER_SELECTOR ?? '[data-poster], [data-testid="poster"], [data-static-map^="poster:"]';

export type PixelsRun = {
	/** Navigation → the poster's first paint; null when the page has no poster. */
	posterMs: number | null;
	fcpMs: number | null;
	/** Navigation → the live map's first idle. */
	idleMs: number;
	/** The page's own last LCP entry at first idle (no throttling): its time and element. */
	lcp: { ms: number; element: string } | null;
};

declare global {
	interface Window {
		__benchPoster?: { fcp: number | null; seen: number | null; lcp: { ms: number; element: string } | null };
	}
}

/** Registered before any page script: FCP, and the first frame at which the poster is visible. */
function watchPoster(selector: string): void {
	const state: { fcp: number | null; seen: number | null; lcp: { ms: number; element: string } | null } = { fcp: null, seen: null, lcp: null };
	window.__benchPoster = state;
	try {
		// Chromium's own LCP candidate (inline SVG is never one: text, images and video posters are).
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as Array<PerformanceEntry & { element?: Element | null }>) {
				const el = e.element;
				const name = el
					? `<${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? ` class="${el.className}"` : ''}>`
					: '(removed element)';
				state.lcp = { ms: Math.round(e.startTime), element: `${name} ${(el?.textContent ?? '').trim().slice(0, 50)}` };
			}
		}).observe({ type: 'largest-contentful-paint', buffered: true });
	} catch {
		// No LCP API.
	}
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') state.fcp = e.startTime;
		}).observe({ type: 'paint', buffered: true });
	} catch {
		// No Paint Timing: the poster time is the frame check alone.
	}
	const check = (t: number) => {
		if (state.seen !== null) return;
		const el = document.querySelector<HTMLElement>(selector);
		const svg = el?.querySelector('svg');
		if (el && svg) {
			const box = svg.getBoundingClientRect();
			const style = getComputedStyle(el);
			if (box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0) {
				state.seen = t;
				return;
			}
		}
		requestAnimationFrame(check);
	};
	requestAnimationFrame(check);
}

/** One cold load: the poster's first paint (or null) and the map's first idle. */
export async function firstPixelsRun(browser: Browser, url: string): Promise<PixelsRun> {
	const { context, page } = await newPage(browser);
	await context.addInitScript(watchPoster, POSTER_SELECTOR);
	try {
		const idleMs = await gotoFirstIdle(page, url);
		const { fcp, seen, lcp } = await page.evaluate(() => window.__benchPoster ?? { fcp: null, seen: null, lcp: null });
		// A poster first found after the map is idle is not a first paint of the map: the live map was first.
		const posterMs = seen === null || seen > idleMs ? null : Math.max(seen, fcp ?? 0);
		return { posterMs: posterMs === null ? null : Math.round(posterMs), fcpMs: fcp === null ? null : Math.round(fcp), idleMs: Math.round(idleMs), lcp };
	} finally {
		await context.close();
	}
}
