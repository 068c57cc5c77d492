import { describe, expect, test } from 'vitest';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { readDataset } from '$lib/server/load';
import { defaultCamera, renderStaticMap, staticStyle } from '$lib/server/static-map';
import { compactSvgBody } from '$lib/server/static-map/compact';
import { notoSansTtf } from '$lib/server/static-map/png';

// The poster's picture file is compacted (shared outlines, grouped label styles): it must draw
// exactly the same pixels as the plain drawing, with fewer bytes.

const data = readDataset('data');
const size = { width: 1280, height: 800 };
const plain = renderStaticMap({ style: staticStyle(data), camera: defaultCamera(data, size), size, title: 't', description: 'd', id: 'c' });
const [, open, body] = /^(<svg [^>]*>)<title[^>]*>.*?<\/title><desc[^>]*>.*?<\/desc>([\s\S]*)<\/svg>$/.exec(plain)!;

async function pixels(svg: string): Promise<Uint8Array> {
	const options = { font: { loadSystemFonts: false, fontBuffers: await notoSansTtf(), defaultFontFamily: 'Noto Sans' } } as ResvgRenderOptions;
	return new Resvg(svg, options).render().pixels;
}

describe('compacting the poster picture', () => {
	const compact = compactSvgBody(body!);

	test('shares outlines drawn twice and groups label styles: at least a tenth fewer bytes', () => {
		expect(compact).toContain('<defs><path id="o0" d="');
		expect(compact).toMatch(/<use href="#o0" [^>]*fill="/);
		expect(compact).toMatch(/<g [^>]*font-size="[^"]+"[^>]*><text x="[^"]+" y="[^"]+">/);
		expect(compact.length).toBeLessThan(0.9 * body!.length);
	});

	test('draws exactly the same pixels', async () => {
		const [before, after] = await Promise.all([pixels(`${open}${body}</svg>`), pixels(`${open}${compact}</svg>`)]);
		expect(after.length).toBe(before.length);
		let differing = 0;
		for (let i = 0; i < before.length; i++) if (before[i] !== after[i]) differing++;
		expect(differing).toBe(0);
	});

	test('leaves what it does not know as it is', () => {
		const odd = '<text aria-hidden="true" x="1" y="2" fill="#000">A</text><path d="M0 0l1 1"/>';
		expect(compactSvgBody(odd)).toBe(odd);
	});
});
