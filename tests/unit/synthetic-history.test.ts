import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SYNTHETIC_YEARS, writeSyntheticDataset } from '../../scripts/gen-synthetic';
import { readDataset } from '../../src/lib/server/load';

const dir = mkdtempSync(join(tmpdir(), 'bvm-synthetic-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('synthetic sites with a dated history (the as-of benchmark)', () => {
	it('pass the data check (events oldest first, the last one allows the status), within the synthetic years', () => {
		writeSyntheticDataset(join(dir, 'with'), 600, 3, 'data', { history: true });
		const data = readDataset(join(dir, 'with'));
		expect(data.sites).toHaveLength(600);
		for (const s of data.sites) {
			const h = s.properties.history!;
			expect(h[0]!.event).toBe('announced');
			for (const e of h) {
				expect(Number(e.date)).toBeGreaterThanOrEqual(SYNTHETIC_YEARS.first);
				expect(Number(e.date)).toBeLessThanOrEqual(SYNTHETIC_YEARS.last);
				expect(e.sources[0]!.url).toBe('https://example.org/synthetic');
			}
		}
		// Spread over the years: not all announced in one.
		expect(new Set(data.sites.map((s) => s.properties.history![0]!.date)).size).toBeGreaterThan(5);
	});

	it('leaves the sites where they are without the option (the scale figures stay comparable)', () => {
		const a = writeSyntheticDataset(join(dir, 'a'), 200, 5, 'data');
		const b = writeSyntheticDataset(join(dir, 'b'), 200, 5, 'data', { history: true });
		expect(b.byRegion).toEqual(a.byRegion);
		const sa = readDataset(join(dir, 'a')).sites;
		const sb = readDataset(join(dir, 'b')).sites;
		expect(sb.map((s) => [s.geometry.coordinates, s.properties.status, s.properties.stages])).toEqual(
			sa.map((s) => [s.geometry.coordinates, s.properties.status, s.properties.stages])
		);
		expect(sa.every((s) => s.properties.history === undefined)).toBe(true);
	});
});
