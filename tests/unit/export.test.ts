import { describe, expect, it } from 'vitest';
import { csvField, exportFileName, toCSV, toGeoJSON } from '../../src/lib/state/export';
import { NO_FILTERS } from '../../src/lib/state/filters';
import type { SiteFeature } from '../../src/lib/data/schema';

const site = (id: string, description: string): SiteFeature => ({
	type: 'Feature',
	id,
	geometry: { type: 'Point', coordinates: [-5.97317, 37.38283] },
	properties: {
		id,
		name: `Plant "${id}", Sevilla`,
		operator: '=HYPERLINK("x")',
		region: 'ES61',
		town: 'Sevilla',
		coord_precision: 'town',
		stages: ['black-mass', 'hydrometallurgy'],
		status: 'operating',
		description: { en: description },
		sources: [
			{ url: 'https://example.org/a', accessed: '2026-11-26' },
			{ url: 'https://example.org/b', accessed: '2026-11-26' }
		],
		verified: '2026-11-26',
		confidence: 'high'
	}
});

/** A small RFC 4180 reader, to check that what we write reads back. */
function parseCSV(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else field += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') {
			row.push(field);
			field = '';
		} else if (ch === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i++;
		} else field += ch;
	}
	return rows;
}

describe('CSV', () => {
	it('escapes commas, quotes and newlines so every row reads back whole', () => {
		const csv = toCSV([site('a', 'Line one,\nline "two"\r\nthree'), site('b', 'plain')]);
		const rows = parseCSV(csv);
		expect(rows).toHaveLength(3);
		const header = rows[0]!;
		const a = Object.fromEntries(header.map((h, i) => [h, rows[1]![i]]));
		expect(a.name).toBe('Plant "a", Sevilla');
		expect(a.description).toBe('Line one,\nline "two"\r\nthree');
		expect(a.stages).toBe('black-mass | hydrometallurgy');
		expect(a.sources).toBe('https://example.org/a | https://example.org/b');
		expect(a.lon).toBe('-5.97317');
	});

	it('defuses spreadsheet formulas but keeps negative numbers', () => {
		expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
		expect(csvField('-5.97')).toBe('-5.97');
		expect(csvField('@cmd')).toBe("'@cmd");
	});
});

describe('GeoJSON and file names', () => {
	it('writes a FeatureCollection of exactly the given sites', () => {
		const parsed = JSON.parse(toGeoJSON([site('a', 'x')]));
		expect(parsed.type).toBe('FeatureCollection');
		expect(parsed.features.map((f: SiteFeature) => f.properties.id)).toEqual(['a']);
	});

	it('names the file after the filters', () => {
		expect(exportFileName(NO_FILTERS, 'csv')).toBe('battery-valleys_all.csv');
		expect(exportFileName({ ...NO_FILTERS, regions: ['ES61'], stages: ['black-mass', 'hydrometallurgy'], statuses: ['operating'] }, 'geojson')).toBe(
			'battery-valleys_regions-ES61_stages-black-mass+hydrometallurgy_statuses-operating.geojson'
		);
		expect(exportFileName({ ...NO_FILTERS, q: 'León / Sevilla' }, 'csv')).toBe('battery-valleys_q-León-Sevilla.csv');
	});
});
