/**
 * Malformed files `check:data` must reject, each with the exact `file › id › field: message` a
 * contributor sees. Includes the four bad files that once got through (issue 15): a 10 MB
 * description, a whitespace-only name, region coordinates at (999, 999), an `httpx://` source, an
 * unclosed 2-point ring.
 */
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/lib/data/validate';
import { validInput } from '../fixtures/dataset';

type Input = ReturnType<typeof validInput>;
type Fixture = { name: string; breakIt: (input: Input) => void; errors: string[] };

const props = (input: Input, i = 0) => input.sites.features[i]!.properties as Record<string, unknown>;
const regionGeometry = (input: Input) => input.regions.features[0]!.geometry as { type: string; coordinates: unknown };
const regionProps = (input: Input) => input.regions.features[0]!.properties as Record<string, unknown>;
const initiative = (input: Input) => input.network.initiatives[0] as unknown as Record<string, unknown>;
const src = (url: string) => ({ url, accessed: '2026-11-26' });

const FIXTURES: Fixture[] = [
	{
		name: 'a 10 MB description',
		breakIt: (input) => (props(input).description = { en: 'x'.repeat(10 * 1024 * 1024) }),
		errors: ['data/sites.geojson › site-a › properties.description.en: must be at most 2000 characters (got 10485760)']
	},
	{
		name: 'a too long Spanish caveat',
		breakIt: (input) => (props(input).caveat = { en: 'Short.', es: 'y'.repeat(2001) }),
		errors: ['data/sites.geojson › site-a › properties.caveat.es: must be at most 2000 characters (got 2001)']
	},
	{
		name: 'a whitespace-only name',
		breakIt: (input) => (props(input).name = ' \t  '),
		errors: ['data/sites.geojson › site-a › properties.name: must not be empty or only spaces']
	},
	{
		name: 'a whitespace-only Italian description',
		breakIt: (input) => (props(input).description = { en: 'Fine.', it: '   ' }),
		errors: ['data/sites.geojson › site-a › properties.description.it: must not be empty or only spaces']
	},
	{
		name: 'an operator of 301 characters',
		breakIt: (input) => (props(input).operator = 'o'.repeat(301)),
		errors: ['data/sites.geojson › site-a › properties.operator: must be at most 300 characters (got 301)']
	},
	{
		name: 'an empty town',
		breakIt: (input) => (props(input).town = ''),
		errors: ['data/sites.geojson › site-a › properties.town: must not be empty or only spaces']
	},
	{
		name: 'region polygon coordinates at (999, 999)',
		breakIt: (input) => {
			const ring = (regionGeometry(input).coordinates as number[][][])[0]!;
			ring[2] = [999, 999];
		},
		errors: [
			'data/regions.geojson › XX01 › geometry.coordinates[0][2][0]: longitude must be between -180 and 180 (got 999)',
			'data/regions.geojson › XX01 › geometry.coordinates[0][2][1]: latitude must be between -90 and 90 (got 999)'
		]
	},
	{
		name: 'a multipolygon position with latitude -91',
		breakIt: (input) => {
			const square = (regionGeometry(input).coordinates as number[][][]).map((r) => r.map((p) => [...p]));
			square[0]![1] = [1, -91];
			regionGeometry(input).type = 'MultiPolygon';
			regionGeometry(input).coordinates = [square];
		},
		errors: ['data/regions.geojson › XX01 › geometry.coordinates[0][0][1][1]: latitude must be between -90 and 90 (got -91)']
	},
	{
		name: 'a site longitude of 181',
		breakIt: (input) => ((input.sites.features[0]!.geometry as { coordinates: number[] }).coordinates = [181, 0.5]),
		errors: ['data/sites.geojson › site-a › geometry.coordinates[0]: longitude must be between -180 and 180 (got 181)']
	},
	{
		name: 'an unclosed 2-point ring',
		breakIt: (input) =>
			(regionGeometry(input).coordinates = [
				[
					[0, 0],
					[1, 1]
				]
			]),
		errors: ['data/regions.geojson › XX01 › geometry.coordinates[0]: a ring needs at least 4 positions (RFC 7946)']
	},
	{
		name: 'a ring of 4 positions that does not close',
		breakIt: (input) =>
			(regionGeometry(input).coordinates = [
				[
					[0, 0],
					[1, 0],
					[1, 1],
					[0, 1]
				]
			]),
		errors: ['data/regions.geojson › XX01 › geometry.coordinates[0]: a ring must end at its first position (RFC 7946)']
	},
	{
		name: 'a polygon without rings',
		breakIt: (input) => (regionGeometry(input).coordinates = []),
		errors: ['data/regions.geojson › XX01 › geometry.coordinates: a polygon needs at least one ring']
	},
	{
		name: 'a source URL with scheme httpx://',
		breakIt: (input) => (props(input).sources = [src('httpx://example.org/page')]),
		errors: ['data/sites.geojson › site-a › properties.sources[0].url: must be an http(s) URL']
	},
	{
		name: 'a javascript: source URL',
		breakIt: (input) => (props(input).sources = [src('javascript:alert(1)')]),
		errors: ['data/sites.geojson › site-a › properties.sources[0].url: must be an http(s) URL']
	},
	{
		name: 'an ftp: organisation URL',
		breakIt: (input) => ((input.network.organisations[0] as Record<string, unknown>).url = 'ftp://example.org/'),
		errors: ['data/network.json › org-a › url: must be an http(s) URL']
	},
	{
		name: 'a web source without the day it was read',
		breakIt: (input) => (props(input).sources = [{ url: 'https://example.org/' }]),
		errors: ['data/sites.geojson › site-a › properties.sources[0].accessed: a source with a url needs the day it was read']
	},
	{
		name: 'a citation without URL that names no outlet',
		breakIt: (input) => (props(input).sources = [{ title: 'A headline', author: 'P. Ferrero' }]),
		errors: ['data/sites.geojson › site-a › properties.sources[0].url: a source needs a url, or an outlet with a title or a date (a citation without URL)']
	},
	{
		name: 'a citation with an impossible date',
		breakIt: (input) => (props(input).sources = [{ outlet: 'La Nueva Crónica', title: 'A headline', date: '2024-02-30' }]),
		errors: [
			'data/sites.geojson › site-a › properties.sources[0].date: must be YYYY, YYYY-MM or YYYY-MM-DD, optionally ~ (approximate) or several joined by " or "'
		]
	},
	{
		name: 'a history event of an unknown kind',
		breakIt: (input) => (props(input).history = [{ event: 'opened', date: '2020', sources: [src('https://example.org/')] }]),
		errors: [
			'data/sites.geojson › site-a › properties.history[0].event: Invalid type: Expected ("announced" | "permitted" | "construction" | "operating" | "paused" | "cancelled" | "ended") but received "opened"'
		]
	},
	{
		name: 'a history event dated "last spring"',
		breakIt: (input) => (props(input).history = [{ event: 'operating', date: 'last spring', sources: [src('https://example.org/')] }]),
		errors: [
			'data/sites.geojson › site-a › properties.history[0].date: must be YYYY, YYYY-MM or YYYY-MM-DD, optionally ~ (approximate) or several joined by " or "'
		]
	},
	{
		name: 'a history event without sources',
		breakIt: (input) => (props(input).history = [{ event: 'operating', date: '2020', sources: [] }]),
		errors: ['data/sites.geojson › site-a › properties.history[0].sources: needs at least one source']
	},
	{
		name: 'history out of date order',
		breakIt: (input) =>
			(props(input).history = [
				{ event: 'announced', date: '2021-05', sources: [src('https://example.org/')] },
				{ event: 'operating', date: '2020', sources: [src('https://example.org/')] }
			]),
		errors: ['data/sites.geojson › site-a › properties.history[1].date: "2020" is earlier than the event before it; list events oldest first']
	},
	{
		name: 'a status that does not match the last event',
		breakIt: (input) =>
			(props(input).history = [
				{ event: 'operating', date: '2019', sources: [src('https://example.org/')] },
				{ event: 'paused', date: '2022-10', sources: [src('https://example.org/')] }
			]),
		errors: [
			'data/sites.geojson › site-a › properties.history[1].event: the last event "paused" means no current status (the site is not active), but properties.status is "operating"'
		]
	},
	{
		name: 'an announced project shown as operating',
		breakIt: (input) => (props(input, 1).history = [{ event: 'announced', date: '~2014', sources: [src('https://example.org/')] }]),
		errors: [
			'data/sites.geojson › site-b › properties.history[0].event: the last event "announced" means status "announced" or "planned", but properties.status is "operating"'
		]
	},
	{
		name: 'a population reference date that is not a date',
		breakIt: (input) => (regionProps(input).population = { value: 10, as_of: 'ISTAT census', sources: [src('https://example.org/')] }),
		errors: [
			'data/regions.geojson › XX01 › properties.population.as_of: must be YYYY, YYYY-MM or YYYY-MM-DD, optionally ~ (approximate) or several joined by " or "'
		]
	},
	{
		name: 'an initiative end without sources',
		breakIt: (input) => (initiative(input).ended = { date: '2026-02-28', sources: [] }),
		errors: ['data/network.json › init-a › ended.sources: needs at least one source']
	}
];

describe('check:data rejects malformed files with file › id › field', () => {
	it('has at least 20 malformed fixtures', () => {
		expect(FIXTURES.length).toBeGreaterThanOrEqual(20);
	});

	it.each(FIXTURES)('$name', ({ breakIt, errors }) => {
		const input = validInput();
		breakIt(input);
		const result = validateDataset(input);
		expect(result.errors).toEqual(errors);
		expect(result.dataset).toBeNull();
	});

	it('accepts what the new rules allow: a citation without URL, an uncertain date, a matching history', () => {
		const input = validInput();
		props(input).sources = [
			{ outlet: 'La Nueva Crónica (León)', author: 'P. Ferrero', title: 'Liderando la cooperación europea en el suministro para el programa de baterías' },
			src('https://example.org/')
		];
		props(input).history = [
			{ event: 'announced', date: '2011-04', sources: [src('https://example.org/')] },
			{ event: 'operating', date: '~2014', sources: [src('https://example.org/')] },
			{ event: 'operating', date: '2019-09-19 or 2024-09-19', sources: [src('https://example.org/')] }
		];
		expect(validateDataset(input).errors).toEqual([]);
	});
});
