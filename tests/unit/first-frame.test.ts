import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DRAWN_WAIT_CAP_MS, holdFramesUntilLoaded, whenDrawn } from '../../src/lib/map/first-frame';

describe('holdFramesUntilLoaded', () => {
	it('draws nothing until the map has loaded, then every frame as MapLibre asks', () => {
		const drawn: number[] = [];
		const painter = {
			frames: 0,
			render(n: number) {
				this.frames++;
				drawn.push(n);
			}
		};
		const original = painter.render;
		let loaded = false;
		holdFramesUntilLoaded({ loaded: () => loaded, painter: painter as never });
		painter.render(1);
		painter.render(2);
		expect(drawn).toEqual([]);
		loaded = true;
		painter.render(3);
		// The painter is MapLibre's own again: later frames are not checked (nor held when tiles load again).
		expect(painter.render).toBe(original);
		loaded = false;
		painter.render(4);
		expect(drawn).toEqual([3, 4]);
		expect(painter.frames).toBe(2);
	});
});

/** A WebGL 2 context's fence calls, its status set by the test. */
function fakeGl() {
	const gl = {
		SYNC_GPU_COMMANDS_COMPLETE: 0x9117 as const,
		SYNC_STATUS: 0x9114 as const,
		SIGNALED: 0x9119 as const,
		UNSIGNALED: 0x9118 as const,
		status: 0x9118 as number,
		lost: false,
		flushed: 0,
		deleted: 0,
		fenceSync: () => ({}) as WebGLSync,
		flush: () => void gl.flushed++,
		getSyncParameter: () => gl.status,
		deleteSync: () => void gl.deleted++,
		isContextLost: () => gl.lost
	};
	return gl;
}

describe('whenDrawn', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	const settled = (p: Promise<void>) => {
		let done = false;
		void p.then(() => (done = true));
		return () => done;
	};

	it('waits until the fence is signalled, without blocking, and sends the frame at once', async () => {
		const gl = fakeGl();
		const done = settled(whenDrawn(gl));
		expect(gl.flushed).toBe(1);
		await vi.advanceTimersByTimeAsync(500);
		expect(done()).toBe(false);
		gl.status = gl.SIGNALED;
		await vi.advanceTimersByTimeAsync(20);
		expect(done()).toBe(true);
		expect(gl.deleted).toBe(1);
	});

	it('does not wait without WebGL 2, for a lost context, for a removed map, or past the cap', async () => {
		await expect(whenDrawn(null)).resolves.toBeUndefined();

		const lostAtOnce = fakeGl();
		lostAtOnce.lost = true;
		await expect(whenDrawn(lostAtOnce)).resolves.toBeUndefined();

		const lostLater = fakeGl();
		const lostDone = settled(whenDrawn(lostLater));
		lostLater.lost = true;
		await vi.advanceTimersByTimeAsync(20);
		expect(lostDone()).toBe(true);

		let removed = false;
		const removedDone = settled(whenDrawn(fakeGl(), () => removed));
		removed = true;
		await vi.advanceTimersByTimeAsync(20);
		expect(removedDone()).toBe(true);

		const slow = settled(whenDrawn(fakeGl()));
		await vi.advanceTimersByTimeAsync(DRAWN_WAIT_CAP_MS - 100);
		expect(slow()).toBe(false);
		await vi.advanceTimersByTimeAsync(200);
		expect(slow()).toBe(true);
	});
});
