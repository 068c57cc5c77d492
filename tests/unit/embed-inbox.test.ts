import { describe, expect, it } from 'vitest';
import { inbox, MAX_WAITING } from '../../src/lib/embed/inbox';

/** A validator fetch the test settles by hand. */
function deferred() {
	let resolve!: (parse: (data: unknown) => string) => void;
	let reject!: (err: Error) => void;
	const promise = new Promise<(data: unknown) => string>((res, rej) => {
		resolve = res;
		reject = rej;
	});
	return { promise, resolve, reject };
}

function setup() {
	const fetches: ReturnType<typeof deferred>[] = [];
	const delivered: string[] = [];
	const warnings: string[] = [];
	const box = inbox({
		wanted: (data) => typeof data === 'string' && !data.startsWith('other'),
		load: () => {
			const d = deferred();
			fetches.push(d);
			return d.promise;
		},
		deliver: (data, parse) => void delivered.push(parse(data)),
		warn: (message) => void warnings.push(message)
	});
	return { box, fetches, delivered, warnings };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const upper = (data: unknown) => String(data).toUpperCase();

describe('host messages before and after their validator arrives', () => {
	it('fetches nothing until the host writes one of our messages', async () => {
		const { box, fetches, delivered } = setup();
		expect(fetches).toHaveLength(0);
		box.push('other script');
		expect(fetches).toHaveLength(0);
		box.push('a');
		expect(fetches).toHaveLength(1);
		fetches[0]!.resolve(upper);
		await tick();
		expect(delivered).toEqual(['A']);
	});

	it('keeps early messages in order and hands them over together, then the next ones at once', async () => {
		const { box, fetches, delivered } = setup();
		box.push('a');
		box.push('b');
		box.push('c');
		expect(fetches).toHaveLength(1); // one fetch, however many messages
		expect(delivered).toEqual([]);
		fetches[0]!.resolve(upper);
		await tick();
		expect(delivered).toEqual(['A', 'B', 'C']);
		box.push('d');
		expect(delivered).toEqual(['A', 'B', 'C', 'D']); // synchronously, no second fetch
		expect(fetches).toHaveLength(1);
	});

	it('after a failed fetch keeps the messages, warns, and tries again with the next message', async () => {
		const { box, fetches, delivered, warnings } = setup();
		box.push('a');
		fetches[0]!.reject(new Error('offline'));
		await tick();
		expect(delivered).toEqual([]);
		expect(warnings).toHaveLength(1);
		box.push('b');
		expect(fetches).toHaveLength(2);
		fetches[1]!.resolve(upper);
		await tick();
		expect(delivered).toEqual(['A', 'B']);
	});

	it('keeps at most MAX_WAITING early messages and warns once about the rest', async () => {
		const { box, fetches, delivered, warnings } = setup();
		for (let i = 0; i < MAX_WAITING + 50; i++) box.push(`m${i}`);
		expect(warnings).toHaveLength(1);
		fetches[0]!.resolve(upper);
		await tick();
		expect(delivered).toHaveLength(MAX_WAITING);
		expect(delivered.at(-1)).toBe(`M${MAX_WAITING - 1}`);
	});

	it('hands nothing over once closed, even messages kept before', async () => {
		const { box, fetches, delivered } = setup();
		box.push('a');
		box.close();
		box.push('b');
		fetches[0]!.resolve(upper);
		await tick();
		expect(delivered).toEqual([]);
	});
});
