import type { Component } from 'svelte';
import { Lazy } from '$lib/lazy.svelte';

/**
 * A component fetched on first use (see Lazy): `current` is null until `load()` has resolved.
 * The English strings beyond the first view (src/lib/i18n/messages-more.ts) come with it: a
 * component loaded later may show any of them.
 */
export class LazyComponent<Props extends Record<string, unknown>> extends Lazy<Component<Props>> {
	constructor(importer: () => Promise<{ default: Component<Props> }>, what: string) {
		super(() => Promise.all([importer(), import('$lib/i18n/messages-more')]).then(([module]) => module.default), what);
	}
}
