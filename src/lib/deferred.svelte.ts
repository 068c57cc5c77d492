/**
 * Values that follow the app one paint later. The map's data (50,000 features serialised to its
 * worker, its clusters, the camera) used to be sent in the same update as the list, so the list —
 * the keyboard and screen-reader path — appeared only once the map had been fed. The map now reads
 * its inputs through `Deferred`: the list commits and paints first, the map follows in the next task.
 *
 * Every change pending at one moment is applied in one task, so values that change together
 * (the sites, which of them match, the radius ring) reach the map together, never half of them.
 */
import { tick, untrack } from 'svelte';

/** Runs `fn` once, after the next paint; returns nothing (a later run applies the latest values anyway). */
export type Schedule = (fn: () => void) => void;

/**
 * After the next frame is painted: a task queued from requestAnimationFrame runs after that frame.
 * Where frames do not come (a hidden tab, an off-screen iframe) a timer applies the change anyway.
 */
export const afterPaint: Schedule = (fn) => {
	let done = false;
	const run = () => {
		if (done) return;
		done = true;
		fn();
	};
	if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0));
	setTimeout(run, FALLBACK_MS);
};

/** The longest a change waits when no frame comes. */
export const FALLBACK_MS = 100;

/** One batch per schedule: every value changed before it runs is applied in the same task. */
export class Batch {
	#pending: Array<() => void> | null = null;
	#waiting: Array<() => void> = [];
	constructor(private readonly schedule: Schedule) {}

	add(apply: () => void): void {
		if (!this.#pending) {
			const pending: Array<() => void> = [];
			this.#pending = pending;
			this.schedule(() => {
				this.#pending = null;
				for (const f of pending) f();
				for (const resolve of this.#waiting.splice(0)) resolve();
			});
		}
		this.#pending.push(apply);
	}

	/** Resolves once the changes added so far have been applied (at once when none is pending). */
	applied(): Promise<void> {
		return this.#pending ? new Promise((resolve) => this.#waiting.push(resolve)) : Promise.resolve();
	}
}

const batches = new WeakMap<Schedule, Batch>();

/** Same keys with the same (===) values: a snapshot object rebuilt with nothing changed in it. */
export function sameFields<T extends object>(a: T, b: T): boolean {
	const keys = Object.keys(a) as Array<keyof T>;
	return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/**
 * `current` is `read()` as it was at the last scheduled run (at first: now). Create it during a
 * component's initialisation (it uses an effect). A value `equal` to `current` (=== by default)
 * schedules nothing.
 */
export class Deferred<T> {
	current: T = $state.raw(undefined as T);
	#batch: Batch;

	constructor(read: () => T, options: { schedule?: Schedule; equal?: (a: T, b: T) => boolean } = {}) {
		const { schedule = afterPaint, equal = Object.is } = options;
		this.current = untrack(read);
		let batch = batches.get(schedule);
		if (!batch) batches.set(schedule, (batch = new Batch(schedule)));
		this.#batch = batch;
		let latest = this.current;
		$effect(() => {
			latest = read();
			if (
				!equal(
					latest,
					untrack(() => this.current)
				)
			)
				batch.add(() => void (equal(this.current, latest) || (this.current = latest)));
		});
	}

	/**
	 * Resolves once `current` has every change made so far and the effects reading it have run:
	 * a request made after a change (the embed host's "frame this region") then comes after it.
	 */
	async caughtUp(): Promise<void> {
		await tick();
		await this.#batch.applied();
		await tick();
	}
}

/**
 * `current` is `compute()` as of the last paint: a change of `inputs()` (read for tracking only,
 * cheap) has it computed again in the task after the next paint. For a value the reader can wait
 * a frame for, so that it is not computed in the same update as the list (the facet counts of
 * thousands of sites near a place). Create it during a component's (or app state's) initialisation.
 */
export class AfterPaint<T> {
	current: T = $state.raw(undefined as T);

	constructor(inputs: () => unknown, compute: () => T, schedule: Schedule = afterPaint) {
		this.current = untrack(compute);
		let first = true;
		let queued = false;
		$effect(() => {
			inputs();
			if (first) return void (first = false);
			if (queued) return;
			queued = true;
			schedule(() => {
				queued = false;
				this.current = untrack(compute);
			});
		});
	}
}
