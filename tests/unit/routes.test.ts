import { describe, expect, it } from 'vitest';
import { canonicalPath } from '../../scripts/routes.js';

const PAGES = new Set(['/index', '/embed', '/accessibility', '/sites/cta-sevilla', '/regions/ES41', '/es/sites/cta-sevilla']);
const canonical = (path: string) => canonicalPath(path, (page) => PAGES.has(page));

describe('canonicalPath', () => {
	it('sends a page with a trailing slash to its path without it', () => {
		expect(canonical('/embed/')).toBe('/embed');
		expect(canonical('/sites/cta-sevilla/')).toBe('/sites/cta-sevilla');
		expect(canonical('/regions/ES41//')).toBe('/regions/ES41');
		expect(canonical('/es/sites/cta-sevilla/')).toBe('/es/sites/cta-sevilla');
	});

	it('sends the .html name of a page to its path, and /index.html to /', () => {
		expect(canonical('/embed.html')).toBe('/embed');
		expect(canonical('/sites/cta-sevilla.html')).toBe('/sites/cta-sevilla');
		expect(canonical('/index.html')).toBe('/');
	});

	it('leaves canonical paths, files and unknown paths alone', () => {
		for (const path of ['/', '/embed', '/sites/cta-sevilla', '/embed.js', '/app-data.json', '/sites/', '/nope/', '/nope.html', '/index/', '/index'])
			expect(canonical(path), path).toBeNull();
	});

	it('never builds a link to another host (//host)', () => {
		const anything = () => true;
		for (const path of ['//evil.example/', '//evil.example.html', '///embed/']) expect(canonicalPath(path, anything), path).toBeNull();
	});
});
