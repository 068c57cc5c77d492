// Real nginx (Debian's nginx-light) serving build/ with the generated snippet, unprivileged on a
// loopback port, everything it writes in a temporary directory. Used by tests/e2e/deployments.spec.ts.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
export const nginxInstalled = () => existsSync(NGINX);

/** A port the OS has just handed out on loopback (free unless someone grabs it in between). */
export function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const probe = createServer();
		probe.once('error', fail);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => done(port));
		});
	});
}

export type RunningNginx = { origin: string; stop: () => Promise<void>; log: () => string };

/** nginx.conf for one server block: Debian's mime.types, the build as root, the build's snippet included. */
export function nginxConf(dir: string, port: number, build: string): string {
	const temp = (name: string) => `${name}_temp_path ${join(dir, name)};`;
	// Run as root (CI is), nginx hands its workers to `nobody`, who cannot read a build inside a private
	// (0700) temporary checkout: keep the workers as the invoking user.
	const user = process.getuid?.() === 0 ? 'user root;\n' : '';
	return `${user}worker_processes 1;
daemon off;
master_process on;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 256; }
http {
	include /etc/nginx/mime.types;
	default_type application/octet-stream;
	access_log off;
	sendfile on;
	${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n\t')}
	server {
		listen 127.0.0.1:${port};
		server_name localhost;
		root ${build};
		include ${join(build, 'nginx-headers.conf')};
	}
}
`;
}

/** Start nginx on a free port and wait until it answers. */
export async function startNginx(build = resolve('build')): Promise<RunningNginx> {
	const dir = mkdtempSync(join(tmpdir(), 'bvm-nginx-'));
	for (const name of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, name));
	const port = await freePort();
	const conf = join(dir, 'nginx.conf');
	writeFileSync(conf, nginxConf(dir, port, build));
	let output = '';
	const child: ChildProcess = spawn(NGINX, ['-p', dir, '-e', join(dir, 'error.log'), '-c', conf], { stdio: ['ignore', 'pipe', 'pipe'] });
	child.stdout?.on('data', (d) => (output += d));
	child.stderr?.on('data', (d) => (output += d));
	const origin = `http://127.0.0.1:${port}`;
	const exited = new Promise<number | null>((done) => child.once('exit', done));
	const deadline = Date.now() + 10_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}): ${output}`);
		try {
			await fetch(`${origin}/`);
			break;
		} catch {
			if (Date.now() > deadline) throw new Error(`nginx did not answer on ${origin}: ${output}`);
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	return {
		origin,
		log: () => output,
		async stop() {
			child.kill('SIGTERM');
			await exited;
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
