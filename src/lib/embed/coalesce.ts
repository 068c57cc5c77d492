/**
 * A host page may send requests faster than the map can draw them (a slider, a loop, a flood).
 * They are folded into one pending change — the filters patched in order, the last selection,
 * the last region to frame — and applied at most once per animation frame, so a burst of any
 * length costs one navigation and one answer. Pure fold plus a tiny scheduler.
 */
import type { Selection } from '$lib/state/url';
import type { FiltersPatch, HostMessage } from './protocol';

/** `bvm:near` is not folded: the embed route applies it as it comes. */
export type Request = Exclude<HostMessage, { type: 'bvm:hello' } | { type: 'bvm:near' }>;

/** What a burst asks for: undefined / null fields leave that part of the state alone. */
export type Pending = { filters: FiltersPatch | null; selection: Selection | undefined; fitRegion: string | null };

export const NOTHING: Pending = { filters: null, selection: undefined, fitRegion: null };

export function fold(pending: Pending, msg: Request): Pending {
	switch (msg.type) {
		case 'bvm:setFilters':
			return { ...pending, filters: { ...pending.filters, ...msg.filters } };
		case 'bvm:clearSelection':
			return { ...pending, selection: null };
		case 'bvm:fitRegion':
			return { ...pending, fitRegion: msg.region };
		case 'bvm:select':
			// Opening an item moves the camera to it: an earlier fitRegion of the burst is overtaken.
			return { ...pending, selection: 'site' in msg ? { kind: 'site', id: msg.site } : { kind: 'region', id: msg.region }, fitRegion: null };
	}
}

/** Frames are not drawn for hidden or off-screen frames: a timer stands in for them. */
export const MAX_DELAY_MS = 100;
/** A stream that never pauses (a slider, a loop) is still applied this often. */
export const MAX_WAIT_MS = 250;

type Scheduler = { frame(run: () => void): () => void; timeout(run: () => void, ms: number): () => void; now(): number };

const browserScheduler: Scheduler = {
	frame: (run) => {
		const id = requestAnimationFrame(run);
		return () => cancelAnimationFrame(id);
	},
	timeout: (run, ms) => {
		const id = setTimeout(run, ms);
		return () => clearTimeout(id);
	},
	now: () => performance.now()
};

export type Coalescer = { push(msg: Request): void; cancel(): void };

/**
 * Collects requests and hands the folded change to `apply` on an animation frame (or a timer
 * when no frame comes). A frame during which requests were still arriving waits for the next
 * one (up to MAX_WAIT_MS since the first pending request): applying means a redraw, which would
 * hold up the rest of a burst behind it. So a burst costs one apply, and a steady stream one
 * apply per MAX_WAIT_MS at least.
 */
export function coalesce(apply: (pending: Pending) => void, scheduler: Scheduler = browserScheduler): Coalescer {
	let pending: Pending | null = null;
	let since = 0;
	let arrived = false;
	let cancels: Array<() => void> = [];
	const stop = () => {
		for (const cancel of cancels) cancel();
		cancels = [];
	};
	const schedule = () => (cancels = [scheduler.frame(tick), scheduler.timeout(tick, MAX_DELAY_MS)]);
	const tick = () => {
		stop();
		if (arrived && scheduler.now() - since < MAX_WAIT_MS) {
			arrived = false;
			schedule();
			return;
		}
		const change = pending;
		pending = null;
		if (change) apply(change);
	};
	return {
		push(msg) {
			if (!pending) {
				since = scheduler.now();
				arrived = false;
				schedule();
			} else arrived = true;
			pending = fold(pending ?? NOTHING, msg);
		},
		cancel() {
			stop();
			pending = null;
		}
	};
}
