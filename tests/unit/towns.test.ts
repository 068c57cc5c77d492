import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchTowns, townAt, townPoint, townsFrom, type CityFeature, type RegionCapital } from '../../src/lib/state/towns';
import { townList } from '../../src/lib/state/town-list';
import { parseNearPlace, formatNearPlace } from '../../src/lib/state/explore-params';

// The real bundled files: the town list the app offers and the regions whose capitals name towns.
const cities = JSON.parse(readFileSync('static/basemap/cities.geojson', 'utf8')) as { features: CityFeature[] };
const regions = JSON.parse(readFileSync('data/regions.geojson', 'utf8')) as { features: Array<{ properties: { id: string; capital?: { name: string } } }> };
const capitals: RegionCapital[] = regions.features.map((r) => ({ id: r.properties.id, capital: r.properties.capital?.name ?? null }));
const towns = townsFrom(cities.features, capitals);

describe('the bundled town list', () => {
	it('has every named point of the city file, with its coordinates', () => {
		expect(towns).toHaveLength(cities.features.length);
		const leon = towns.find((t) => t.name === 'León')!;
		const feature = cities.features.find((f) => f.properties.name === 'León')!;
		expect([leon.lon, leon.lat]).toEqual(feature.geometry.coordinates);
		expect(leon.country).toBe('ES');
	});

	it('adds a valley capital named differently by the region data as another name of that town, and nothing else', () => {
		const milan = towns.find((t) => t.name === 'Milan')!;
		expect(milan.aliases).toEqual(['Milano']);
		// Valladolid and Sevilla are spelled alike in both files: no alias.
		expect(towns.find((t) => t.name === 'Valladolid')!.aliases).toEqual([]);
		expect(towns.find((t) => t.name === 'Sevilla')!.aliases).toEqual([]);
		expect(towns.filter((t) => t.aliases.length).map((t) => t.name)).toEqual(['Milan']);
	});
});

describe('matching what a person types', () => {
	it('ignores case and accents: "leon" and "LEÓN" find León first', () => {
		for (const q of ['leon', 'LEÓN', ' León ', 'León']) expect(matchTowns(towns, q)[0]?.town.name, q).toBe('León');
	});

	it('finds Milan by its Italian name from the region data, saying which name matched', () => {
		const [first] = matchTowns(towns, 'Milano');
		expect(first?.town.name).toBe('Milan');
		expect(first?.matched).toBe('Milano');
		expect(matchTowns(towns, 'milan')[0]).toMatchObject({ town: { name: 'Milan' }, matched: 'Milan' });
	});

	it('ranks the whole name, then names starting with it, then a word starting with it; larger towns first', () => {
		const names = matchTowns(towns, 'val', 10).map((m) => m.town.name);
		// Every result starts with "val" or has a word that does; those starting with it come first.
		const starts = names.filter((n) => n.toLowerCase().startsWith('val'));
		expect(names.slice(0, starts.length)).toEqual(starts);
		expect(names).toContain('Valladolid');
		const pops = matchTowns(towns, 'val', 10)
			.filter((m) => m.town.name.toLowerCase().startsWith('val'))
			.map((m) => m.town.population);
		expect(pops).toEqual([...pops].sort((a, b) => b - a));
		expect(matchTowns(towns, 'frontera').map((m) => m.town.name)).toEqual(expect.arrayContaining(['Jerez de la Frontera', 'Chiclana de la Frontera']));
	});

	it('offers nothing for one letter or for a name not in the list, and at most 5 by default', () => {
		expect(matchTowns(towns, 'l')).toEqual([]);
		expect(matchTowns(towns, 'Bessines-sur-Gartempe')).toEqual([]);
		expect(matchTowns(towns, 'sa').length).toBe(5);
	});
});

describe('a town as the place of near=', () => {
	it('becomes near=lat,lon, and that link names the town again', () => {
		const leon = towns.find((t) => t.name === 'León')!;
		const place = townPoint(leon);
		const link = formatNearPlace(place);
		expect(link).toBe('42.6056,-5.57');
		const back = parseNearPlace(link, new Set());
		expect(back).toEqual(place);
		if (typeof back === 'string' || back.kind !== 'point') throw new Error('not a point');
		expect(townAt(towns, back.lat, back.lon)?.name).toBe('León');
		expect(townList(towns).at(back.lat, back.lon)?.name).toBe('León');
	});

	it('names no town for a point that is not one', () => {
		expect(townAt(towns, 42.6, -5.57)).toBeNull();
	});
});
