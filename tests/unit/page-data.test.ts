import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { regionPageData, sitePageData } from '../../src/lib/server/page-data';
import { dataset } from '../../src/lib/server/dataset';

describe('the share pages’ data files', () => {
	it('a region’s file has the region and only its own sites', () => {
		const data = regionPageData('ES41')!;
		expect(data.region.id).toBe('ES41');
		expect(data.sites.length).toBe(dataset().sites.filter((s) => s.properties.region === 'ES41').length);
		expect(data.sites.every((s) => s.properties.region === 'ES41')).toBe(true);
		expect(regionPageData('XX99')).toBeNull();
	});

	it('a site’s file has the site, its region’s name and its initiatives', () => {
		const data = sitePageData('cta-sevilla')!;
		expect(data.site.id).toBe('cta-sevilla');
		expect(data.region?.id).toBe(data.site.region);
		expect(data.initiatives.length).toBeGreaterThan(0);
		expect(sitePageData('no-such-site')).toBeNull();
	});

	it('no route has a server load: one would make SvelteKit ship its server-data decoder to every page, the embed included', () => {
		const serverFiles = (dir: string): string[] =>
			readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
				e.isDirectory() ? serverFiles(join(dir, e.name)) : /^\+(page|layout)\.server\.ts$/.test(e.name) ? [join(dir, e.name)] : []
			);
		const withLoad = serverFiles('src/routes').filter((f) => /export\s+(const|async function|function)\s+load\b/.test(readFileSync(f, 'utf8')));
		expect(withLoad).toEqual([]);
	});
});
