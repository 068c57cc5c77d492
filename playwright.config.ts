import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

// Debian's Chromium by default (Playwright cannot download browsers here); CHROMIUM_PATH overrides,
// and without either Playwright's own browser is used (e.g. after `npx playwright install chromium`).
const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const port = Number(process.env.E2E_PORT ?? 4179);
/** A second origin that plays the foreign website embedding the map. */
export const hostPort = Number(process.env.HOST_PORT ?? 4180);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	workers: 2,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 15_000 },
	reporter: [['list']],
	outputDir: 'test-results',
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		viewport: { width: 1280, height: 800 },
		launchOptions: {
			executablePath: chromiumPath,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--enable-unsafe-swiftshader',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	webServer: [
		{
			// Serves the real production build (npm run test:e2e builds first).
			command: `node scripts/start.js`,
			env: { PORT: String(port), SKIP_BUILD: '1' },
			url: `http://127.0.0.1:${port}/`,
			reuseExistingServer: false,
			timeout: 60_000
		},
		{
			command: `node tests/e2e/host-server.js`,
			env: { HOST_PORT: String(hostPort) },
			url: `http://127.0.0.1:${hostPort}/blank.html`,
			reuseExistingServer: false,
			timeout: 30_000
		}
	]
});
