import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BOOT_WAIT_CAP_MS, POSTER_TIMING_ID, SLOW_FIRST_BYTE_MS, bootAfterPoster } from '../../src/lib/server/boot-after-poster';

// SvelteKit's bootstrap as it writes it (2.x), with the app's start replaced by a probe.
const BOOTSTRAP = `
				{
					__sveltekit_test = { base: "" };
					const element = document.currentScript.parentElement;
					appStarted(element);
				}
			`;
const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const page = (bootstrap = BOOTSTRAP) =>
	`<html><head><meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-other' ${hash(bootstrap)}"></head>` +
	`<body><div style="display: contents"><script>${bootstrap}</script></div></body></html>`;

const scriptOf = (html: string) => /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;

describe('bootAfterPoster: the page', () => {
	it('swaps the bootstrap for the wrapped one, and its CSP hash with it', () => {
		const html = bootAfterPoster(page(), '/embed');
		const script = scriptOf(html);
		expect(script).not.toBe(BOOTSTRAP);
		expect(script).toContain('__sveltekit_test');
		expect(html).toContain(hash(script));
		expect(html).not.toContain(hash(BOOTSTRAP));
		expect(html).toContain("'sha256-other'");
		// Only the wrapper reads document.currentScript, while the script runs.
		expect(script.match(/document\.currentScript/g)).toHaveLength(1);
	});

	it('fails the build, naming the page, when SvelteKit wrote the bootstrap differently or without its hash', () => {
		expect(() => bootAfterPoster(page().replace('__sveltekit_test', 'kit'), '/embed')).toThrow(/\/embed: SvelteKit's bootstrap script was not found/);
		expect(() => bootAfterPoster(page().replace(hash(BOOTSTRAP), ''), '/')).toThrow(/\/: the page's CSP does not list its bootstrap's hash/);
	});

	it('wraps the bootstrap of a page without a CSP (vite dev) too', () => {
		const html = bootAfterPoster(page().replace(/<meta[^>]*>/, ''), '/');
		expect(scriptOf(html)).toBe(scriptOf(bootAfterPoster(page(), '/')));
	});
});

type Img = {
	complete: boolean;
	naturalWidth: number;
	attrs: Record<string, string>;
	onerror?: () => void;
	decoded: Promise<void>;
	setAttribute(k: string, v: string): void;
	addEventListener(type: string, f: () => void): void;
	decode(): Promise<void>;
};

function fakeImg(over: Partial<Img> = {}): Img {
	return {
		complete: false,
		naturalWidth: 0,
		attrs: {},
		decoded: new Promise(() => undefined),
		setAttribute(k, v) {
			this.attrs[k] = v;
		},
		addEventListener(type, f) {
			if (type === 'error') this.onerror = f;
		},
		decode() {
			return this.decoded;
		},
		...over
	};
}

type Observer = { types: string[]; callback: (list: { getEntries(): unknown[] }) => void; disconnected: boolean };

/** Runs the wrapped script against a fake page; `started` records the app's starts. */
function run(options: { img?: Img | null; hidden?: boolean; entryTypes?: string[]; firstByteMs?: number }) {
	const script = scriptOf(bootAfterPoster(page(), '/'));
	const started = vi.fn();
	const observers: Observer[] = [];
	class FakeObserver {
		static supportedEntryTypes = options.entryTypes ?? ['element', 'largest-contentful-paint'];
		record: Observer;
		constructor(callback: Observer['callback']) {
			this.record = { types: [], callback, disconnected: false };
			observers.push(this.record);
		}
		observe({ type }: { type: string }) {
			this.record.types.push(type);
		}
		disconnect() {
			this.record.disconnected = true;
		}
	}
	const img = options.img === undefined ? fakeImg() : options.img;
	const element = {};
	const document = {
		currentScript: { parentElement: element },
		visibilityState: options.hidden ? 'hidden' : 'visible',
		querySelector: (selector: string) => (selector === 'img.bvm-poster' ? img : null)
	};
	const frame = (f: () => void) => setTimeout(f, 16);
	const navigation = { requestStart: 10, responseStart: 10 + (options.firstByteMs ?? 5) };
	const performance = { getEntriesByType: (type: string) => (type === 'navigation' ? [navigation] : []) };
	new Function('document', 'window', 'PerformanceObserver', 'performance', 'appStarted', 'requestAnimationFrame', script)(
		document,
		{ PerformanceObserver: FakeObserver },
		FakeObserver,
		performance,
		started,
		frame
	);
	const painted = (el: unknown) => observers.forEach((o) => o.callback({ getEntries: () => [{ element: el }] }));
	return { started, observers, painted, element, img };
}

describe('bootAfterPoster: the wrapped bootstrap', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('starts the app once the picture is painted, once, with the script’s own parent', () => {
		const { started, observers, painted, element, img } = run({});
		expect(img!.attrs.elementtiming).toBe(POSTER_TIMING_ID);
		expect(observers[0]!.types).toEqual(['element', 'largest-contentful-paint']);
		painted({ other: true });
		expect(started).not.toHaveBeenCalled();
		painted(img);
		expect(started).toHaveBeenCalledOnce();
		expect(started).toHaveBeenCalledWith(element);
		expect(observers[0]!.disconnected).toBe(true);
		vi.advanceTimersByTime(BOOT_WAIT_CAP_MS);
		expect(started).toHaveBeenCalledOnce();
	});

	it(`starts it after ${BOOT_WAIT_CAP_MS} ms when the picture is not painted`, () => {
		const { started } = run({});
		vi.advanceTimersByTime(BOOT_WAIT_CAP_MS - 1);
		expect(started).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(started).toHaveBeenCalledOnce();
	});

	it('starts it at once without a picture, with a failed one, or in a hidden tab', () => {
		expect(run({ img: null }).started).toHaveBeenCalledOnce();
		expect(run({ img: fakeImg({ complete: true, naturalWidth: 0 }) }).started).toHaveBeenCalledOnce();
		expect(run({ hidden: true }).started).toHaveBeenCalledOnce();
	});

	it(`starts it at once over a slow connection (the page's first byte after more than ${SLOW_FIRST_BYTE_MS} ms)`, () => {
		expect(run({ firstByteMs: SLOW_FIRST_BYTE_MS }).started).not.toHaveBeenCalled();
		expect(run({ firstByteMs: SLOW_FIRST_BYTE_MS + 1 }).started).toHaveBeenCalledOnce();
	});

	it('starts it when the picture fails later', () => {
		const { started, img } = run({});
		expect(started).not.toHaveBeenCalled();
		img!.onerror!();
		expect(started).toHaveBeenCalledOnce();
	});

	it('without paint timing, starts it a frame after the picture is decoded', async () => {
		let decode = () => undefined as void;
		const img = fakeImg({ decoded: new Promise<void>((resolve) => (decode = resolve)) });
		const { started, observers } = run({ img, entryTypes: [] });
		expect(observers).toEqual([]);
		decode();
		await vi.advanceTimersByTimeAsync(15);
		expect(started).not.toHaveBeenCalled();
		await vi.advanceTimersByTimeAsync(2);
		expect(started).toHaveBeenCalledOnce();
	});
});
