/**
 * Window plumbing of the embed API: messages from the host page in, messages to it out, and the
 * frame's natural height for hosts that resize it (static/embed.js). Browser-only. Reading the
 * host's messages (protocol.ts) and folding its requests (coalesce.ts) is a chunk, requests.ts,
 * fetched with the host's first message (inbox.ts); what the map sends is in outbound.ts.
 */
import type { Filters } from '$lib/state/filters';
import type { Known, Selection } from '$lib/state/url';
import { inbox } from './inbox';
import { filtersChangedMessage, heightMessage, messageKind, readyMessage, selectionChangedMessage } from './outbound';
import type { Coalescer, Pending } from './coalesce';
import type { HostMessage, MapMessage } from './protocol';
import type { NearPlace } from '$lib/state/explore-params';

export type { HostMessage } from './protocol';

/** The chunk fetched with the host's first message: validator and coalescer. */
export type HostRequests = typeof import('./requests');

export type EmbedBridge = { post(msg: MapMessage): void; disconnect(): void };

export type BridgeOptions = {
	/** The host's origin (`origin=` flag). Null: messages are accepted from the parent whatever its origin, and sent with '*'. */
	targetOrigin: string | null;
	/** Unknown ids are dropped from the host's messages (see parseHostMessage). */
	known?: Known;
	/** A valid message, with the chunk that read it (for what the receiver needs of it). */
	onMessage(msg: HostMessage, requests: HostRequests): void;
};

/** A host that keeps sending garbage must not flood the console: warn once per kind, and about few kinds. */
const MAX_WARNED_KINDS = 20;

export function connectEmbedBridge(opts: BridgeOptions): EmbedBridge {
	if (typeof window === 'undefined' || window.parent === window) return { post: () => {}, disconnect: () => {} };
	const host = window.parent;
	const warned = new Set<string>();

	const messages = inbox({
		// Not a `bvm:` message: the validator would ignore it without a warning (see messageKind).
		wanted: (data) => messageKind(data) !== null,
		load: () => import('./requests'),
		deliver: (data, requests) => {
			const msg = requests.parseHostMessage(data, opts.known);
			if (msg) opts.onMessage(msg, requests);
			else warnOnce(warned, messageKind(data));
		},
		warn: (message, err) => console.warn(`[battery-valleys-map] ${message}`, ...(err === undefined ? [] : [err]))
	});
	const listener = (event: MessageEvent) => {
		// Only the embedding page speaks to us: not sibling frames, popups, extensions or ourselves.
		if (event.source !== host) return;
		if (opts.targetOrigin !== null && event.origin !== opts.targetOrigin) return;
		messages.push(event.data);
	};
	window.addEventListener('message', listener);
	return {
		// '*' is acceptable without an `origin=` flag: every message carries only what the URL of the
		// frame already shows (public data: filters, the open site or region, a height), so a page that
		// navigated the parent elsewhere learns nothing it could not read from the iframe's src.
		post: (msg) => host.postMessage(msg, opts.targetOrigin ?? '*'),
		disconnect: () => {
			window.removeEventListener('message', listener);
			messages.close();
		}
	};
}

function warnOnce(warned: Set<string>, kind: string | null) {
	// Not console.error: an embedder's bad message is their bug, not a failure of the map.
	if (kind === null || warned.has(kind) || warned.size >= MAX_WARNED_KINDS) return;
	warned.add(kind);
	console.warn(`[battery-valleys-map] ignored an invalid "${kind}" message (see the postMessage API v1 in the README)`);
}

/** The map's natural height in an embed: never below this, so a 300 px wide frame stays usable. */
export const MIN_MAP_HEIGHT = 420;
/** ... and not taller than this, so a full-width frame does not take several screens. */
export const MAX_MAP_HEIGHT = 720;
/** Filters or the list stacked under the map on narrow frames get this much; they scroll inside it. */
export const STACKED_SIDEBAR_HEIGHT = 360;

/** Map height for a map of this width: 5:3 (width × 0.6), within [MIN_MAP_HEIGHT, MAX_MAP_HEIGHT]. */
export function mapNaturalHeight(width: number): number {
	return Math.min(MAX_MAP_HEIGHT, Math.max(MIN_MAP_HEIGHT, Math.round(width * 0.6)));
}

/**
 * The height the embed wants, from its layout: what sits above the map (the title bar), the map's
 * natural height and, on narrow frames, what is stacked under it. It depends on the frame's width
 * and the bar's content only, never on the frame's current height — so a host that applies it
 * gets the same number back and the resizing settles (a measured scrollHeight would grow forever).
 */
export function naturalHeight(app: HTMLElement, map: HTMLElement): number {
	const mapBox = map.getBoundingClientRect();
	let height = mapNaturalHeight(mapBox.width);
	for (const child of app.children) {
		if (!(child instanceof HTMLElement) || child.contains(map) || isOutOfFlow(child)) continue;
		const box = child.getBoundingClientRect();
		if (box.height === 0) continue;
		if (box.bottom <= mapBox.top) height += box.height;
		else if (box.top >= mapBox.bottom) height += STACKED_SIDEBAR_HEIGHT;
		// Anything beside the map (the sidebar on wide frames) shares the map's height.
	}
	return Math.ceil(height);
}

function isOutOfFlow(el: HTMLElement): boolean {
	const position = getComputedStyle(el).position;
	return position === 'absolute' || position === 'fixed';
}

export type HeightObserver = { disconnect(): void; /** Posts the last height again (a host script that loaded late). */ resend(): void };

/**
 * Posts `bvm:height` whenever the natural height changes: at most once per animation frame,
 * never twice the same value. `map` is the element the map draws in, inside `app`.
 */
export function observeHeight(app: HTMLElement, map: HTMLElement, post: (msg: MapMessage) => void): HeightObserver {
	if (typeof ResizeObserver === 'undefined') return { disconnect: () => {}, resend: () => {} };
	let last = -1;
	let frame = 0;
	const measure = () => {
		frame = 0;
		const height = naturalHeight(app, map);
		if (height === last) return;
		last = height;
		post(heightMessage(height));
	};
	const observer = new ResizeObserver(() => {
		if (!frame) frame = requestAnimationFrame(measure);
	});
	observer.observe(app);
	for (const child of app.children) observer.observe(child);
	return {
		disconnect: () => {
			observer.disconnect();
			cancelAnimationFrame(frame);
		},
		resend: () => {
			if (last >= 0) post(heightMessage(last));
		}
	};
}

/** What the host is told about: the URL state it can act on, and how many sites match. */
export type ReportedState = { selection: Selection; filters: Filters; matching: number };

export type EmbedApiOptions = Omit<BridgeOptions, 'onMessage'> & {
	/** The page's root element and the element the map draws in (for the natural height); null: no auto-height. */
	layout: { app: HTMLElement; map: HTMLElement } | null;
	/** The current state, read when `bvm:ready` is (re)sent. */
	current(): ReportedState;
	/** The host's requests of a burst, folded into one change (applied at most once per frame, coalesce.ts). */
	apply(change: Pending): void;
	/** Distances from a place (null: stop); the radius when the message gives one. `bvm:near` is applied as it comes. */
	near(place: NearPlace | null, within: number | null | undefined): void;
};

export type EmbedApi = {
	/** Call on every state change: posts selectionChanged / filtersChanged when they differ from the last report. */
	report(state: ReportedState): void;
	disconnect(): void;
};

/**
 * The whole embed API for the app: the bridge, `bvm:ready` once connected (the host may send from
 * then on), change reports, and auto-height. The state at connection is the first report, so the
 * first `report()` with the same state posts nothing (no echo of the load).
 */
export function startEmbedApi(opts: EmbedApiOptions): EmbedApi {
	let height: HeightObserver | null = null;
	let requests: Coalescer | null = null;
	const sendReady = () => {
		const { selection, filters } = opts.current();
		bridge.post(readyMessage({ selection, filters }, location.href));
	};
	const bridge = connectEmbedBridge({
		...opts,
		onMessage: (msg, loaded) => {
			if (msg.type === 'bvm:near') return opts.near(loaded.nearPlaceOf(msg), 'within' in msg ? (msg.within ?? null) : undefined);
			if (msg.type !== 'bvm:hello') return (requests ??= loaded.coalesce(opts.apply)).push(msg);
			sendReady();
			height?.resend();
		}
	});
	let last = keys(opts.current());
	sendReady();
	// Outside a frame (the /embed page opened directly) nobody listens: no need to measure.
	height = opts.layout && window.parent !== window ? observeHeight(opts.layout.app, opts.layout.map, bridge.post) : null;
	return {
		report(state) {
			const next = keys(state);
			if (next.selection !== last.selection) bridge.post(selectionChangedMessage(state.selection));
			if (next.filters !== last.filters) bridge.post(filtersChangedMessage(state.filters, state.matching));
			last = next;
		},
		disconnect() {
			requests?.cancel();
			height?.disconnect();
			bridge.disconnect();
		}
	};
}

function keys(state: ReportedState) {
	return { selection: JSON.stringify(state.selection), filters: JSON.stringify([state.filters, state.matching]) };
}
