import { describe, expect, it } from 'vitest';
import { appData } from '../../src/lib/server/app-data';
import { shapeProblem } from '../../src/lib/data/shape';
import { FIRST_RETRY_MS, MAX_RETRY_MS, retryDelay, retrying } from '../../src/lib/data/retry';

describe('the shape check of the browser data file', () => {
	const good = JSON.parse(JSON.stringify(appData()));

	it('accepts the file the build writes', () => {
		expect(shapeProblem(good)).toBeNull();
	});

	it('names where a wrong file is wrong', () => {
		const copy = () => JSON.parse(JSON.stringify(good));
		expect(shapeProblem({ error: 'Service unavailable' })).toBe('dataset: Invalid key: Expected "dataset" but received undefined');
		expect(shapeProblem(null)).toBe('Invalid type: Expected Object but received null');
		expect(shapeProblem([])).toMatch(/^dataset: Invalid key/);
		const noSites = copy();
		noSites.dataset.sites = {};
		expect(shapeProblem(noSites)).toBe('dataset › sites: Invalid type: Expected Array but received Object');
		const badPoint = copy();
		badPoint.dataset.sites[3].geometry.coordinates = ['x', 1];
		expect(shapeProblem(badPoint)).toBe('dataset › sites › 3 › geometry › coordinates › 0: Invalid type: Expected number but received "x"');
		const badStage = copy();
		badStage.dataset.sites[0].properties.stages = ['smelting'];
		expect(shapeProblem(badStage)).toMatch(/^dataset › sites › 0 › properties › stages › 0: Invalid type/);
		const badRegion = copy();
		delete badRegion.dataset.regions[1].properties.name_local;
		expect(shapeProblem(badRegion)).toMatch(/^dataset › regions › 1 › properties › name_local: Invalid key/);
		const badBounds = copy();
		badBounds.geometry.bounds = { ES41: [1, 2, 3] };
		expect(shapeProblem(badBounds)).toMatch(/^geometry › bounds › ES41/);
	});
});

describe('retrying with back-off', () => {
	it('waits 2 s, then twice as long each time, at most a minute', () => {
		expect([1, 2, 3, 4, 5, 6, 7, 30].map(retryDelay)).toEqual([2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000]);
		expect(retryDelay(1)).toBe(FIRST_RETRY_MS);
		expect(retryDelay(1000)).toBe(MAX_RETRY_MS);
	});

	it('runs until the attempt succeeds, reporting each failure before its wait', async () => {
		const log: string[] = [];
		let calls = 0;
		const result = await retrying(
			async () => {
				calls++;
				if (calls < 3) throw new Error(`fail ${calls}`);
				return 'data';
			},
			{
				onfailure: (err, failures) => void log.push(`${(err as Error).message} #${failures}`),
				wait: async (ms) => void log.push(`wait ${ms}`)
			}
		);
		expect(result).toBe('data');
		expect(log).toEqual(['fail 1 #1', 'wait 2000', 'fail 2 #2', 'wait 4000']);
	});
});
