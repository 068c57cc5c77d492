/**
 * Sets of site ids as the app state passes them around (which sites pass the filters, which
 * match, which the map draws). Only `size` and `has` are asked of them, so a set made from a
 * list of distinct ids (a ranking) can tell its size at once and build its lookup on the first
 * `has`: a change that ranks 15,000 sites then costs no set of 15,000 ids before the list shows
 * them (the map, which asks `has`, follows a paint later).
 */
export type IdSet = { readonly size: number; has(id: string): boolean };

/** The ids of a list in which no id appears twice. */
export class ListedIds implements IdSet {
	#lookup: Set<string> | null = null;
	readonly size: number;
	readonly #ids: () => readonly string[];

	/** `ids`, or a function that makes them (called on the first `has`) and their count. */
	constructor(ids: readonly string[]);
	constructor(ids: () => readonly string[], size: number);
	constructor(ids: readonly string[] | (() => readonly string[]), size?: number) {
		this.#ids = typeof ids === 'function' ? ids : () => ids;
		this.size = typeof ids === 'function' ? size! : ids.length;
	}

	has(id: string): boolean {
		this.#lookup ??= new Set(this.#ids());
		return this.#lookup.has(id);
	}
}
