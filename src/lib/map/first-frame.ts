/**
 * The live map's first frame under the poster. Without a GPU, every frame is drawn in software by
 * the GPU process. While the canvas is on screen, the page's main thread waits for each frame, so
 * it can read the frame back for the screen. The first frames are also the costliest: shaders,
 * buffers and glyphs are set up then.
 *
 * So the map draws nothing until it has every tile and glyph, and draws that one frame while the
 * poster still covers it and the canvas is hidden (MapStage.svelte). No read-back happens then,
 * and the main thread does not wait. The poster goes once the graphics process has finished the
 * frame (`whenDrawn`); showing the canvas then costs a copy, not a wait.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** Longest wait for the graphics process before the map is shown anyway. */
export const DRAWN_WAIT_CAP_MS = 5000;
const POLL_MS = 16;

type Painter = { render: (...args: never[]) => void };

/**
 * Skips MapLibre's drawing until the map has loaded (style, tiles, glyphs): the frames drawn
 * while tiles arrive one by one would be hidden anyway. Tiles are still fetched and laid out:
 * MapLibre does that before it draws.
 */
export function holdFramesUntilLoaded(map: Pick<MapLibreMap, 'loaded'> & { painter: Painter }): void {
	const painter = map.painter;
	const render = painter.render;
	painter.render = (...args) => {
		if (!map.loaded()) return;
		painter.render = render;
		render.apply(painter, args);
	};
}

type Gl = Pick<
	WebGL2RenderingContext,
	'fenceSync' | 'flush' | 'getSyncParameter' | 'deleteSync' | 'isContextLost' | 'SYNC_GPU_COMMANDS_COMPLETE' | 'SYNC_STATUS' | 'SIGNALED'
>;

/**
 * Resolves once the graphics process has drawn what the map has sent it: a WebGL 2 fence, polled
 * without blocking. At once without WebGL 2, when the context is lost, or when `gone()` (the map
 * was removed); after DRAWN_WAIT_CAP_MS at the latest.
 */
export function whenDrawn(gl: Gl | null, gone: () => boolean = () => false): Promise<void> {
	const sync = gl && !gl.isContextLost() ? gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0) : null;
	if (!gl || !sync) return Promise.resolve();
	// Sends the frame's commands (and the fence) now: the canvas is hidden, so nothing else would.
	gl.flush();
	const started = Date.now();
	return new Promise((resolve) => {
		const poll = () => {
			const done = gone() || gl.isContextLost() || Date.now() - started > DRAWN_WAIT_CAP_MS || gl.getSyncParameter(sync, gl.SYNC_STATUS) === gl.SIGNALED;
			if (!done) return void setTimeout(poll, POLL_MS);
			if (!gl.isContextLost()) gl.deleteSync(sync);
			resolve();
		};
		setTimeout(poll, POLL_MS);
	});
}

/** The map's WebGL 2 context, or null (WebGL 1: `whenDrawn` does not wait). */
export function webgl2Of(map: Pick<MapLibreMap, 'getCanvas'>): WebGL2RenderingContext | null {
	const canvas = map.getCanvas();
	// getContext with the context's own type returns it; another type returns null.
	return canvas.getContext('webgl2');
}
