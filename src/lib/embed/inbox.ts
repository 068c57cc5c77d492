/**
 * Host messages wait here for their validator. The validator (./protocol, with its schema
 * library) is a chunk fetched when the host page first writes to the map, so a page that only
 * shows the map never downloads it. Messages that arrive before it are kept, in their order, and
 * handed over together as soon as it is there; later ones are handed over at once.
 *
 * A failed fetch (offline, a new deployment) is reported and retried with the next message; the
 * kept messages stay kept. Only messages meant for us wait (see `messageKind`): other scripts'
 * traffic fetches nothing. A host may send as fast as it likes (README "Rate": a burst of 1,000 is
 * handled whole); only past MAX_WAITING kept messages — a validator that cannot be fetched, a host
 * that never stops — are later ones dropped, reported once.
 */

export const MAX_WAITING = 10_000;

export type Inbox = {
	/** A message from the host page (already checked to come from it). */
	push(data: unknown): void;
	/** Nothing more is handed over (the page is leaving). */
	close(): void;
};

export type InboxOptions<P> = {
	/** Whether a message is worth keeping (one of ours); others are dropped at once. */
	wanted(data: unknown): boolean;
	/** Fetches the validator; called again after a failure. */
	load(): Promise<P>;
	/** Hands one message to the validator. */
	deliver(data: unknown, validator: P): void;
	/** A fetch failed, or messages were dropped: worth a console warning. */
	warn(message: string, err?: unknown): void;
};

export function inbox<P>(opts: InboxOptions<P>): Inbox {
	let validator: P | null = null;
	let loading: Promise<void> | null = null;
	let waiting: unknown[] = [];
	let dropped = false;
	let closed = false;

	const load = () =>
		opts.load().then(
			(loaded) => {
				validator = loaded;
				const queued = waiting;
				waiting = [];
				if (!closed) for (const data of queued) opts.deliver(data, loaded);
			},
			(err: unknown) => {
				loading = null;
				opts.warn('could not load the check of the host page’s messages; it is tried again with the next one', err);
			}
		);

	return {
		push(data) {
			if (closed) return;
			if (validator !== null) return opts.deliver(data, validator);
			if (!opts.wanted(data)) return;
			if (waiting.length < MAX_WAITING) waiting.push(data);
			else if (!dropped) {
				dropped = true;
				opts.warn(`more than ${MAX_WAITING} messages arrived before their check was loaded; the others were ignored`);
			}
			loading ??= load();
		},
		close() {
			closed = true;
			waiting = [];
		}
	};
}
