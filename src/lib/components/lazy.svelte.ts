import type { Component } from 'svelte';
import { Lazy } from '$lib/lazy.svelte';

/** A component fetched on first use (see Lazy): `current` is null until `load()` has resolved. */
export class LazyComponent<Props extends Record<string, unknown>> extends Lazy<Component<Props>> {
	constructor(importer: () => Promise<{ default: Component<Props> }>, what: string) {
		super(() => importer().then((module) => module.default), what);
	}
}
