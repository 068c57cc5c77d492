import { describe, expect, it } from 'vitest';
import { Batch, sameFields, type Schedule } from '../../src/lib/deferred.svelte';

/** A schedule the test runs by hand (the app's runs after the next paint). */
function manual() {
	const queue: Array<() => void> = [];
	const schedule: Schedule = (fn) => void queue.push(fn);
	return { schedule, queue, run: () => queue.splice(0).forEach((fn) => fn()) };
}

// Deferred itself is an effect (the browser tests see the map follow the list); its batching is here.
describe('Batch', () => {
	it('applies every change made before its run in that one run, in order', () => {
		const s = manual();
		const batch = new Batch(s.schedule);
		const applied: string[] = [];
		batch.add(() => applied.push('sites'));
		batch.add(() => applied.push('matching'));
		expect(s.queue).toHaveLength(1);
		expect(applied).toEqual([]);
		s.run();
		expect(applied).toEqual(['sites', 'matching']);
	});

	it('starts a new run for changes made after the last one', () => {
		const s = manual();
		const batch = new Batch(s.schedule);
		let n = 0;
		batch.add(() => n++);
		s.run();
		batch.add(() => n++);
		expect(s.queue).toHaveLength(1);
		s.run();
		expect(n).toBe(2);
	});
});

describe('Batch.applied', () => {
	it('resolves after the pending run, not before', async () => {
		const s = manual();
		const batch = new Batch(s.schedule);
		const log: string[] = [];
		batch.add(() => log.push('applied'));
		const waited = batch.applied().then(() => log.push('waited'));
		await Promise.resolve();
		expect(log).toEqual([]);
		s.run();
		await waited;
		expect(log).toEqual(['applied', 'waited']);
	});

	it('with nothing pending, resolves at once', async () => {
		const batch = new Batch(manual().schedule);
		await expect(batch.applied()).resolves.toBeUndefined();
	});
});

describe('sameFields', () => {
	it('compares each field with ===', () => {
		const list = [1];
		expect(sameFields({ a: list, b: 1 }, { a: list, b: 1 })).toBe(true);
		expect(sameFields({ a: list, b: 1 }, { a: [1], b: 1 })).toBe(false);
		expect(sameFields<Record<string, number>>({ a: 1 }, { a: 1, b: 2 })).toBe(false);
	});
});
