/**
 * SVG → PNG at build time with resvg and the app's own Noto Sans. resvg cannot read woff2 (text
 * silently disappears), so the self-hosted woff2 files are decompressed to TTF once per build.
 * System fonts are never loaded: the images do not depend on the build machine.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { decompress } from 'wawoff2';

const FONT_FILES = ['latin-400', 'latin-ext-400', 'latin-700', 'latin-ext-700'].map((f) => `static/fonts/noto-sans-${f}-normal.woff2`);

let fonts: Promise<Buffer[]> | undefined;

export function notoSansTtf(): Promise<Buffer[]> {
	fonts ??= Promise.all(FONT_FILES.map(async (file) => Buffer.from(await decompress(readFileSync(resolve(process.cwd(), file))))));
	return fonts;
}

export async function svgToPng(svg: string): Promise<Buffer> {
	const options = {
		font: { loadSystemFonts: false, fontBuffers: await notoSansTtf(), defaultFontFamily: 'Noto Sans', sansSerifFamily: 'Noto Sans' }
	} as ResvgRenderOptions; // `fontBuffers` (resvg-js ≥ 2.5) is missing from the 2.6.2 type declarations
	return new Resvg(svg, options).render().asPng();
}
