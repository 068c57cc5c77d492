import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './tests/chromium';

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
			args: CHROMIUM_ARGS
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
