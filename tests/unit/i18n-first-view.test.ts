import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Component } from 'svelte';
import { LazyComponent } from '../../src/lib/components/lazy.svelte';
import { en } from '../../src/lib/i18n/messages';
import { es } from '../../src/lib/i18n/es';

const ROOT = resolve(__dirname, '../..');

/** Files the module statically imports (not `import type`, not `import()`), within src/. */
function staticImports(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	const specs = [...text.matchAll(/^\s*import\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
	const files: string[] = [];
	for (const spec of specs) {
		const base = spec.startsWith('$lib/') ? join(ROOT, 'src/lib', spec.slice(5)) : spec.startsWith('.') ? resolve(dirname(file), spec) : null;
		if (!base) continue; // packages, $app/…
		const found = [base, `${base}.ts`, `${base}.svelte.ts`, `${base}/index.ts`].find((f) => existsSync(f) && !f.endsWith('/'));
		if (found && /\.(ts|svelte)$/.test(found)) files.push(found);
	}
	return files;
}

/** Every file of the embed route's first bundle: its page, its layout and what they import, transitively. */
function firstView(): Set<string> {
	const seen = new Set<string>();
	const queue = ['src/routes/embed/+page.svelte', 'src/routes/embed/+page.ts', 'src/routes/+layout.svelte', 'src/routes/+layout.ts'].map((f) => join(ROOT, f));
	while (queue.length) {
		const file = queue.pop()!;
		if (seen.has(file)) continue;
		seen.add(file);
		queue.push(...staticImports(file));
	}
	return seen;
}

describe('the English catalogue in two parts', () => {
	// First: until a component is loaded, nothing in this file has imported messages-more.ts.
	it('a component loaded later brings the rest of English with it', async () => {
		const has = (key: string) => Object.hasOwn(en, key);
		expect(has('appTitle')).toBe(true);
		expect(has('embedHeading')).toBe(false);
		const Fake = (() => {}) as unknown as Component;
		const lazy = new LazyComponent(() => Promise.resolve({ default: Fake }), 'the fake');
		await lazy.load();
		expect(Object.keys(en).sort()).toEqual(Object.keys(es).sort());
	});

	it('the embed’s first view needs only the first part', async () => {
		const files = [...firstView()];
		const names = files.map((f) => f.slice(ROOT.length + 1));
		expect(names).toContain('src/lib/components/MapStage.svelte'); // the walk follows the imports
		expect(names).toContain('src/lib/i18n/messages.ts');
		expect(names, 'the rest of English is not in the first bundle').not.toContain('src/lib/i18n/messages-more.ts');
		expect(names, 'nor are the other languages').not.toContain('src/lib/i18n/index.ts');
		const { enMore } = await import('../../src/lib/i18n/messages-more');
		for (const file of files.filter((f) => !f.includes('/i18n/messages'))) {
			const text = readFileSync(file, 'utf8');
			const used = Object.keys(enMore).filter((key) => new RegExp(`\\b${key}\\b`).test(text));
			expect(used, `${file.slice(ROOT.length + 1)} shows strings of messages-more.ts`).toEqual([]);
		}
	});
});
