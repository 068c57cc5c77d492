// Lint: JavaScript and TypeScript recommended rules, Svelte's rules for components (among them
// svelte/no-at-html-tags: data is never injected as HTML), and the globals of each place code
// runs: the browser for the app, Node for scripts, tests, the bench and configs.
// Formatting is Prettier's: `npm run lint` runs both.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default defineConfig(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'static/',
			'data/',
			'tmp/',
			'bench/results.json',
			'bench/load-results.json'
		]
	},
	js.configs.recommended,
	ts.configs.recommended,
	svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser } }
	},
	{
		files: ['scripts/**', 'bench/**', 'tests/**', 'src/lib/server/**', '*.config.{js,ts}'],
		languageOptions: { globals: { ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			// `_`-prefixed names are deliberately unused (e.g. a parameter a callback must accept).
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
			// Off: the app's Sets, Maps, Dates and URLs are built whole (inside $derived, or once) and never
			// mutated where a view reads them; state changes by reassignment, so SvelteSet & co. would only add cost.
			'svelte/prefer-svelte-reactivity': 'off'
		}
	}
);
