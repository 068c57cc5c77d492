import { describe, expect, it, vi } from 'vitest';
import type { Component } from 'svelte';
import { LazyComponent } from '../../src/lib/components/lazy.svelte';

const Fake = (() => {}) as unknown as Component<{ a: number }>;

describe('LazyComponent', () => {
	it('imports once however often it is asked, then holds the component', async () => {
		const importer = vi.fn(() => Promise.resolve({ default: Fake }));
		const lazy = new LazyComponent(importer, 'the fake');
		expect(lazy.current).toBeNull();
		await Promise.all([lazy.load(), lazy.load(), lazy.load()]);
		expect(importer).toHaveBeenCalledTimes(1);
		expect(lazy.current).toBe(Fake);
	});

	it('after a failed import (offline), warns and tries again on the next request', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const importer = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce({ default: Fake });
		const lazy = new LazyComponent<{ a: number }>(importer, 'the fake');
		await lazy.load();
		expect(lazy.current).toBeNull();
		expect(warn).toHaveBeenCalledWith('[app] could not load the fake', expect.any(Error));
		await lazy.load();
		expect(importer).toHaveBeenCalledTimes(2);
		expect(lazy.current).toBe(Fake);
		warn.mockRestore();
	});
});
