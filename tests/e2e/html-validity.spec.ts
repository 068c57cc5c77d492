import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { test, expect } from '@playwright/test';

// Issue 13: the Nu HTML checker (vnu.jar, from the vnu-jar package; needs Java, which .ci/run
// installs) is clean on every prerendered page of the build: /, /embed, the region pages with
// their factsheet, the site pages and the accessibility statement, in every language. It reads
// the files themselves, the HTML a reader without JavaScript gets.

const BUILD = 'build';
const JAVA = process.env.JAVA ?? 'java';
const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/**
 * Messages left out, and why:
 * - "Trailing slash on void elements…" is an info (not a warning): Svelte writes `<link … />`,
 *   which HTML parses exactly like `<link …>`; the attribute values are always quoted.
 * - "… violates Content Security Policy (meta tag)" (warnings): vnu checks the files at `file:`
 *   URLs, where `'self'` matches nothing and the page's own `sha256-…` hash of its inline script is
 *   not recognised. The browser tests load the same pages over HTTP under that very policy (the
 *   app would not start if it blocked its script or styles).
 */
const IGNORED: RegExp[] = [
	/^Trailing slash on void elements has no effect/,
	/violates Content Security Policy \(meta tag\)/,
	// vnu's CSS checker predates CSS Containment 3: container queries (the poster's narrow drawing) are valid CSS in every current browser.
	/^CSS: Unrecognized at-rule “@container”/,
	/^CSS: “container-type”: Property “container-type” doesn't exist\.$/
];
/** …nor container units (cqw, cqh): the poster's inline placement; only a declaration using them is excused. */
const usesContainerUnits = (m: VnuMessage) => /^CSS: “[a-z-]+”: Parse Error\.$/.test(m.message) && /\d+(\.\d+)?cq[wh]/.test(m.extract ?? '');

type VnuMessage = { type: string; subType?: string; url?: string; lastLine?: number; message: string; extract?: string };

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const path = join(dir, e.name);
		return e.isDirectory() ? htmlFiles(path) : e.name.endsWith('.html') ? [path] : [];
	});
}

const javaMissing = spawnSync(JAVA, ['-version'], { encoding: 'utf8' }).error !== undefined;

test('the Nu HTML checker finds no error or warning in any prerendered page', async () => {
	test.setTimeout(180_000);
	// Like the nginx tests: on a laptop without Java this is skipped; in CI (.ci/run installs Java) it fails.
	test.skip(javaMissing && !process.env.CI, `no Java (${JAVA}): apt-get install default-jre-headless, or set JAVA; under CI=true this fails instead`);
	expect(javaMissing, `Java is needed for vnu.jar: ${JAVA} -version failed`).toBe(false);
	expect(existsSync(join(BUILD, 'index.html')), 'no build/: npm run test:e2e builds first').toBe(true);

	const files = htmlFiles(BUILD).sort();
	// Every kind of page is there: a vacuous pass on an empty or partial build is a failure.
	for (const page of [
		'index.html',
		'embed.html',
		'accessibility.html',
		'es/accessibility.html',
		'it/accessibility.html',
		'regions/ES41.html',
		'es/regions/ES41.html',
		'it/regions/ITC4.html'
	])
		expect(files, `${page} in build/`).toContain(join(BUILD, page));
	for (const prefix of ['sites/', 'es/sites/', 'it/sites/'])
		expect(
			files.some((f) => f.startsWith(join(BUILD, prefix))),
			`${prefix}*.html`
		).toBe(true);

	// A page known to be invalid goes along: the checker must report it, or a silent run would pass.
	const tmp = mkdtempSync(join(tmpdir(), 'bvm-vnu-'));
	const canary = join(tmp, 'canary.html');
	writeFileSync(canary, '<!doctype html><html lang="en"><head><title>canary</title></head><body><p><time>about 2014</time></p></body></html>');
	let report: { messages: VnuMessage[] };
	try {
		const run = spawnSync(JAVA, ['-jar', VNU_JAR, '--format', 'json', '--exit-zero-always', canary, ...files], {
			encoding: 'utf8',
			maxBuffer: 256 * 1024 * 1024
		});
		expect(run.error, 'vnu.jar did not start').toBeUndefined();
		// vnu writes its JSON report on stderr.
		report = JSON.parse(run.stderr || run.stdout) as { messages: VnuMessage[] };
	} finally {
		rmSync(tmp, { recursive: true, force: true });
	}
	const isCanary = (m: VnuMessage) => (m.url ?? '').endsWith('/canary.html');
	expect(report.messages.filter((m) => isCanary(m) && m.type === 'error').map((m) => m.message)).toEqual([
		expect.stringMatching(/text content of element “time” was not in the required format/)
	]);
	const problems = report.messages.filter(
		(m) =>
			!isCanary(m) &&
			(m.type === 'error' || m.type === 'non-document-error' || m.subType === 'warning') &&
			!IGNORED.some((r) => r.test(m.message)) &&
			!usesContainerUnits(m)
	);
	const listed = problems.map(
		(m) =>
			`${relative(process.cwd(), (m.url ?? '').replace(/^file:/, ''))}:${m.lastLine ?? '?'} ${m.subType ?? m.type}: ${m.message}${m.extract ? `\n    ${m.extract.replace(/\s+/g, ' ').trim()}` : ''}`
	);
	expect(listed, `vnu found ${listed.length} problem(s) in ${files.length} pages:\n${listed.join('\n')}`).toEqual([]);
});
