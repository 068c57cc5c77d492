import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { MapMessageSchema, parseHostMessage } from '../../src/lib/embed/protocol';
import { MAX_MESSAGE_JSON } from '../../src/lib/embed/limits';
import { filtersChangedMessage, heightMessage, messageKind, readyMessage, selectionChangedMessage, dataErrorMessage } from '../../src/lib/embed/outbound';
import { NO_FILTERS } from '../../src/lib/state/filters';

const known = {
	regionIds: new Set(['ES41', 'ES61', 'ITC4']),
	siteIds: new Set(['cta-sevilla', 'seval-colico']),
	initiativeIds: new Set(['s3p-ambp', 'batmass'])
};

describe('parseHostMessage: valid messages', () => {
	it('reads every host message', () => {
		const valid = [
			{
				type: 'bvm:setFilters',
				v: 1,
				filters: { regions: ['ES61'], stages: ['black-mass'], stageMatch: 'all', statuses: ['operating'], initiatives: ['batmass'], q: 'sevilla' }
			},
			{ type: 'bvm:setFilters', v: 1, filters: {} },
			{ type: 'bvm:select', v: 1, site: 'cta-sevilla' },
			{ type: 'bvm:select', v: 1, region: 'ES41' },
			{ type: 'bvm:clearSelection', v: 1 },
			{ type: 'bvm:fitRegion', v: 1, region: 'ITC4' },
			{ type: 'bvm:hello', v: 1 }
		];
		for (const msg of valid) expect(parseHostMessage(msg, known), JSON.stringify(msg)).toEqual(msg);
	});

	it('keeps a partial filter patch partial (absent fields stay absent)', () => {
		expect(parseHostMessage({ type: 'bvm:setFilters', v: 1, filters: { q: '  leon ' } })).toStrictEqual({
			type: 'bvm:setFilters',
			v: 1,
			filters: { q: 'leon' }
		});
	});

	it('drops unknown stages, statuses, regions and initiatives, like the URL parser', () => {
		const msg = parseHostMessage(
			{
				type: 'bvm:setFilters',
				v: 1,
				filters: { regions: ['ES61', 'FR10'], stages: ['magic', 'refining'], statuses: ['gone'], initiatives: ['nope', 'batmass'] }
			},
			known
		);
		expect(msg).toEqual({ type: 'bvm:setFilters', v: 1, filters: { regions: ['ES61'], stages: ['refining'], statuses: [], initiatives: ['batmass'] } });
	});

	it('rejects a selection or fit of an id the data does not have', () => {
		expect(parseHostMessage({ type: 'bvm:select', v: 1, site: 'no-such-site' }, known)).toBeNull();
		expect(parseHostMessage({ type: 'bvm:select', v: 1, region: 'FR10' }, known)).toBeNull();
		expect(parseHostMessage({ type: 'bvm:fitRegion', v: 1, region: 'FR10' }, known)).toBeNull();
	});
});

describe('parseHostMessage: invalid input is null, never an exception', () => {
	const rejected: Array<[string, unknown]> = [
		['null', null],
		['undefined', undefined],
		['a string', 'bvm:clearSelection'],
		['a JSON string', JSON.stringify({ type: 'bvm:clearSelection', v: 1 })],
		['a number', 42],
		['an array', [{ type: 'bvm:clearSelection', v: 1 }]],
		['an unknown type', { type: 'bvm:destroy', v: 1 }],
		['a map → host type', { type: 'bvm:height', v: 1, height: 10 }],
		['no version', { type: 'bvm:clearSelection' }],
		['version 2', { type: 'bvm:clearSelection', v: 2 }],
		['version "1"', { type: 'bvm:clearSelection', v: '1' }],
		['an extra key', { type: 'bvm:clearSelection', v: 1, extra: true }],
		['both site and region', { type: 'bvm:select', v: 1, site: 'cta-sevilla', region: 'ES41' }],
		['neither site nor region', { type: 'bvm:select', v: 1 }],
		['a malformed region id', { type: 'bvm:fitRegion', v: 1, region: 'es41; drop' }],
		['filters not an object', { type: 'bvm:setFilters', v: 1, filters: 'regions=ES41' }],
		['a filter list of numbers', { type: 'bvm:setFilters', v: 1, filters: { regions: [1, 2] } }],
		['an unknown filter key', { type: 'bvm:setFilters', v: 1, filters: { colour: 'red' } }],
		['a bad stageMatch', { type: 'bvm:setFilters', v: 1, filters: { stageMatch: 'some' } }],
		['a long query', { type: 'bvm:setFilters', v: 1, filters: { q: 'x'.repeat(101) } }],
		['a long list', { type: 'bvm:setFilters', v: 1, filters: { stages: Array(101).fill('refining') } }],
		['a long string', { type: 'bvm:select', v: 1, site: 'a'.repeat(201) }],
		['a huge payload', { type: 'bvm:setFilters', v: 1, filters: { q: 'x' }, pad: 'x'.repeat(MAX_MESSAGE_JSON) }],
		['an own __proto__ key', JSON.parse('{"type":"bvm:clearSelection","v":1,"__proto__":{"polluted":true}}')],
		['a nested __proto__ key', JSON.parse('{"type":"bvm:setFilters","v":1,"filters":{"__proto__":{"polluted":true}}}')],
		['a constructor key', { type: 'bvm:clearSelection', v: 1, constructor: { prototype: { polluted: true } } }],
		['a BigInt', { type: 'bvm:fitRegion', v: 1, region: 10n }]
	];
	for (const [name, data] of rejected) {
		it(`rejects ${name}`, () => {
			expect(() => parseHostMessage(data, known)).not.toThrow();
			expect(parseHostMessage(data, known)).toBeNull();
		});
	}

	it('survives a cyclic object', () => {
		const cyclic: Record<string, unknown> = { type: 'bvm:clearSelection', v: 1 };
		cyclic.self = cyclic;
		expect(parseHostMessage(cyclic)).toBeNull();
	});

	it('does not pollute Object.prototype', () => {
		parseHostMessage(JSON.parse('{"type":"bvm:setFilters","v":1,"filters":{"__proto__":{"polluted":true}}}'));
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
});

describe('messageKind', () => {
	it('names only messages that claim to be ours', () => {
		expect(messageKind({ type: 'bvm:destroy' })).toBe('bvm:destroy');
		expect(messageKind({ type: 'webpackHot' })).toBeNull();
		expect(messageKind('bvm:select')).toBeNull();
		expect(messageKind(null)).toBeNull();
	});
});

describe('map → host builders', () => {
	const filters = { ...NO_FILTERS, regions: ['ES61'] };
	it('build valid v1 messages', () => {
		const built = [
			readyMessage({ selection: { kind: 'site', id: 'cta-sevilla' }, filters }, 'http://127.0.0.1/embed?regions=ES61'),
			selectionChangedMessage(null),
			selectionChangedMessage({ kind: 'region', id: 'ES41' }),
			filtersChangedMessage(filters, 3),
			heightMessage(512.2),
			dataErrorMessage('/app-data.json: HTTP 500')
		];
		for (const msg of built) {
			expect(v.safeParse(MapMessageSchema, msg).success, JSON.stringify(msg)).toBe(true);
			expect(msg.v).toBe(1);
		}
		expect(heightMessage(512.2)).toEqual({ type: 'bvm:height', v: 1, height: 513 });
		expect(dataErrorMessage('/app-data.json: HTTP 500')).toEqual({ type: 'bvm:error', v: 1, error: 'data', message: '/app-data.json: HTTP 500' });
		// A long reason (a JSON parser's message quoting the file) is cut to the protocol's string cap.
		expect((dataErrorMessage('x'.repeat(5000)) as { message: string }).message).toHaveLength(200);
	});

	it('copy the state instead of aliasing it', () => {
		const msg = filtersChangedMessage(filters, 1);
		if (msg.type !== 'bvm:filtersChanged') throw new Error('wrong type');
		expect(msg.filters).toEqual(filters);
		expect(msg.filters.regions).not.toBe(filters.regions);
	});
});
