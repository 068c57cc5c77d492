import { existsSync } from 'node:fs';

/**
 * Which Chromium drives the browser tests and the benchmark: CHROMIUM_PATH, else Debian's
 * /usr/bin/chromium when present, else Playwright's own (after `npx playwright install chromium`).
 */
export const chromiumPath: string | undefined = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** Quiet on a closed network, software WebGL allowed (never pass --disable-software-rasterizer). */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--enable-unsafe-swiftshader',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
