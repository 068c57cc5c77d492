import type { Component } from 'svelte';

/**
 * A component fetched on first use: `current` is null until `load()` has resolved. Loading
 * starts once, however often it is asked for (a failed fetch may be retried by the next call).
 */
export class LazyComponent<Props extends Record<string, unknown>> {
	current: Component<Props> | null = $state.raw(null);
	#loading: Promise<void> | null = null;

	constructor(
		private readonly importer: () => Promise<{ default: Component<Props> }>,
		private readonly what: string
	) {}

	load(): Promise<void> {
		this.#loading ??= this.importer().then(
			(module) => void (this.current = module.default),
			(err: unknown) => {
				this.#loading = null;
				console.warn(`[app] could not load ${this.what}`, err);
			}
		);
		return this.#loading;
	}
}
