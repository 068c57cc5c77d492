import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataError, readDataset } from '../../src/lib/server/load';
import { validateDataset } from '../../src/lib/data/validate';
import { network, site, squareRegion, validInput } from '../fixtures/dataset';

/** Overwrites one field of a fixture object, whatever its declared type. */
function set(target: object, key: string, value: unknown): void {
	(target as Record<string, unknown>)[key] = value;
}

function errorsOf(input: ReturnType<typeof validInput>): string[] {
	return validateDataset(input).errors;
}

describe('validateDataset on fixtures', () => {
	it('accepts the valid fixture', () => {
		const result = validateDataset(validInput());
		expect(result.errors).toEqual([]);
		expect(result.dataset?.sites).toHaveLength(2);
	});

	it('names a wrong status value', () => {
		const input = validInput();
		set(input.sites.features[0]!.properties, 'status', 'running');
		expect(errorsOf(input)).toEqual([
			'data/sites.geojson › site-a › properties.status: Invalid type: Expected ("operating" | "under-construction" | "planned" | "announced" | "exploration") but received "running"'
		]);
	});

	it('names a missing English description', () => {
		const input = validInput();
		set(input.sites.features[0]!.properties, 'description', { es: 'Solo en español.' });
		expect(errorsOf(input)).toEqual(['data/sites.geojson › site-a › properties.description.en: required field is missing']);
	});

	it('rejects an empty English description', () => {
		const input = validInput();
		set(input.sites.features[0]!.properties, 'description', { en: '  ' });
		expect(errorsOf(input)).toEqual(['data/sites.geojson › site-a › properties.description.en: English text is required']);
	});

	it('reports a duplicate id', () => {
		const input = validInput();
		input.sites.features.push(site('site-a', [0.6, 0.6]));
		expect(errorsOf(input)).toEqual(['data/sites.geojson › site-a › properties.id: duplicate id "site-a"']);
	});

	it('uses #index when the id itself is invalid', () => {
		const input = validInput();
		set(input.sites.features[1]!.properties, 'id', 'Site B');
		set(input.sites.features[1]!, 'id', undefined);
		expect(errorsOf(input)).toEqual([
			'data/sites.geojson › #1 › properties.id: must be lower-case words joined by hyphens',
			// The hub reference to site-b now points nowhere.
			'data/network.json › init-a › hub_sites[0]: unknown site "site-b" (not in data/sites.geojson)'
		]);
	});

	it('reports a site region that does not exist', () => {
		const input = validInput();
		set(input.sites.features[0]!.properties, 'region', 'ES99');
		expect(errorsOf(input)).toEqual(['data/sites.geojson › site-a › properties.region: unknown region "ES99" (not in data/regions.geojson)']);
	});

	it('reports an unknown organisation reference', () => {
		const input = validInput();
		set(input.sites.features[1]!.properties, 'organisations', ['org-a', 'org-z']);
		expect(errorsOf(input)).toEqual(['data/sites.geojson › site-b › properties.organisations[1]: unknown organisation "org-z" (not in data/network.json)']);
	});

	it('reports a site outside its region polygon', () => {
		const input = validInput();
		set(input.sites.features[0]!.geometry, 'coordinates', [2, 0.5]);
		expect(errorsOf(input)).toEqual([
			'data/sites.geojson › site-a › geometry.coordinates: point (2, 0.5) lies outside its region XX01; fix the point or region, or set properties.outside_region_ok with the reason'
		]);
	});

	it('accepts a site outside its region when outside_region_ok says why', () => {
		const input = validInput();
		set(input.sites.features[0]!.geometry, 'coordinates', [2, 0.5]);
		set(input.sites.features[0]!.properties, 'outside_region_ok', 'plant sits across the border');
		expect(errorsOf(input)).toEqual([]);
	});

	it('reports an invalid URL in sources', () => {
		const input = validInput();
		set(input.sites.features[0]!.properties, 'sources', [{ url: 'www.example.org/page', accessed: '2026-11-26' }]);
		expect(errorsOf(input)).toEqual(['data/sites.geojson › site-a › properties.sources[0].url: must be an absolute URL']);
	});

	it('reports a latitude out of range', () => {
		const input = validInput();
		set(input.sites.features[0]!.geometry, 'coordinates', [0.5, 95]);
		expect(errorsOf(input)).toEqual(['data/sites.geojson › site-a › geometry.coordinates[1]: latitude must be between -90 and 90 (got 95)']);
	});

	it('reports an unknown pilot site in the network', () => {
		const input = validInput();
		set(input.network.initiatives[0]!.pilots[0]!, 'site', 'site-z');
		expect(errorsOf(input)).toEqual(['data/network.json › init-a › pilots[0].site: unknown site "site-z" (not in data/sites.geojson)']);
	});

	it('reports unknown members, leads and regions in the network', () => {
		const input = { ...validInput(), network: network() };
		const initiative = input.network.initiatives[0]!;
		set(initiative.members[0]!, 'organisation', 'org-z');
		set(initiative.pilots[0]!, 'lead', 'org-y');
		set(initiative, 'regions', ['XX01', 'XX02']);
		expect(errorsOf(input)).toEqual([
			'data/network.json › init-a › regions[1]: unknown region "XX02" (not in data/regions.geojson)',
			'data/network.json › init-a › members[0].organisation: unknown organisation "org-z" (not in data/network.json)',
			'data/network.json › init-a › pilots[0].lead: unknown organisation "org-y" (not in data/network.json)'
		]);
	});

	it('reports a file that is not a FeatureCollection', () => {
		const input = { ...validInput(), regions: { type: 'FeatureCollection', features: squareRegion() } };
		expect(validateDataset(input).errors[0]).toBe('data/regions.geojson › (file) › features: Invalid type: Expected Array but received Object');
	});
});

describe('readDataset', () => {
	let dir = '';
	afterEach(() => {
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	function writeFixture(sitesText: string): void {
		dir = mkdtempSync(join(tmpdir(), 'valleys-data-'));
		const input = validInput();
		writeFileSync(join(dir, 'regions.geojson'), JSON.stringify(input.regions));
		writeFileSync(join(dir, 'network.json'), JSON.stringify(input.network));
		writeFileSync(join(dir, 'sites.geojson'), sitesText);
	}

	it('reports a JSON parse error with the file name', () => {
		writeFixture('{"type": "FeatureCollection", "features": [}');
		let error: unknown;
		try {
			readDataset(dir);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(DataError);
		const { errors, message } = error as DataError;
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatch(new RegExp(`^${dir}/sites\\.geojson › \\(file\\) › \\(json\\): Unexpected token`));
		expect(message).toBe(errors.join('\n'));
	});

	it('throws DataError with every validation error', () => {
		const input = validInput();
		set(input.sites.features[0]!.properties, 'status', 'running');
		writeFixture(JSON.stringify(input.sites));
		expect(() => readDataset(dir)).toThrow(`${dir}/sites.geojson › site-a › properties.status: Invalid type`);
	});
});

describe('the real data in data/', () => {
	it('validates with zero errors', () => {
		const dataset = readDataset();
		expect(dataset.sites).toHaveLength(31);
		const valleys = dataset.regions.filter((r) => r.properties.kind === 'valley').map((r) => r.properties.id);
		expect(valleys).toEqual(['ES41', 'ES61', 'ITC4']);
		expect(dataset.network.initiatives.map((i) => i.id)).toEqual(['s3p-ambp', 'batmass']);
	});

	it('is what the validator accepts when fed the raw JSON', () => {
		const read = (f: string): unknown => JSON.parse(readFileSync(f, 'utf8'));
		const result = validateDataset({
			regions: read('data/regions.geojson'),
			sites: read('data/sites.geojson'),
			network: read('data/network.json')
		});
		expect(result.errors).toEqual([]);
	});

	it('marks every low-confidence site with a caveat', () => {
		const lows = readDataset().sites.filter((s) => s.properties.confidence === 'low');
		expect(lows.length).toBeGreaterThan(0);
		for (const s of lows) expect(s.properties.caveat?.en, s.properties.id).toBeTruthy();
	});
});
