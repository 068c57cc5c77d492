// The documented ways of serving the build, as test targets: `npm start` (Playwright's web server)
// and real nginx with the generated snippet. nginx is skipped only on a developer machine without
// it; under CI=true a missing nginx fails the run (.ci/run installs nginx-light).
import { test } from '@playwright/test';
import { nginxInstalled, startNginx, NGINX, type RunningNginx } from './nginx';

export type Target = { name: string; origin: () => string; nginx: boolean };

export const npmStart: Target = { name: 'npm start', origin: () => `http://127.0.0.1:${process.env.E2E_PORT ?? 4179}`, nginx: false };

/** Registers beforeAll/afterAll hooks in the current file that run nginx for its tests. */
export function nginxTarget(): Target {
	let running: RunningNginx | undefined;
	test.beforeAll(async () => {
		if (!nginxInstalled() && !process.env.CI) return;
		running = await startNginx();
	});
	test.afterAll(async () => {
		await running?.stop();
	});
	return {
		name: 'nginx',
		nginx: true,
		origin: () => {
			if (!running) throw new Error('nginx is not running');
			return running.origin;
		}
	};
}

/** Call first in a test of the nginx target: skips it, with the reason, when nginx is absent outside CI. */
export function skipWithoutNginx(target: Target): void {
	test.skip(
		target.nginx && !nginxInstalled() && !process.env.CI,
		`nginx not found at ${NGINX} (apt-get install nginx-light, or set NGINX_PATH); under CI=true this fails instead`
	);
}
