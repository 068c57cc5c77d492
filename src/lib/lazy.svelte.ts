/**
 * Code (and data) fetched on first use: `current` is null until `load()` has resolved. Loading
 * starts once, however often it is asked for (a failed fetch may be retried by the next call).
 * Components, the near chunk and the town list load through it.
 */
export class Lazy<T> {
	current: T | null = $state.raw(null);
	#loading: Promise<void> | null = null;

	constructor(
		private readonly loader: () => Promise<T>,
		private readonly what: string
	) {}

	load(): Promise<void> {
		this.#loading ??= this.loader().then(
			(value) => void (this.current = value),
			(err: unknown) => {
				this.#loading = null;
				console.warn(`[app] could not load ${this.what}`, err);
			}
		);
		return this.#loading;
	}
}
