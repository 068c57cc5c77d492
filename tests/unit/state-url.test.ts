import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseState, serializeState, type AppState } from '../../src/lib/state/url';

const known = { regionIds: new Set(['ES41', 'ES61', 'ITC4']), siteIds: new Set(['cta-sevilla', 'seval-colico']) };
const parse = (query: string) => parseState(new URLSearchParams(query), known);

describe('parseState', () => {
	it('reads an empty URL as the default view', () => {
		expect(parse('')).toEqual({ state: { selection: null, showNetwork: true }, warnings: [] });
	});

	it('opens a known region or site', () => {
		expect(parse('region=ES41').state.selection).toEqual({ kind: 'region', id: 'ES41' });
		expect(parse('site=cta-sevilla').state.selection).toEqual({ kind: 'site', id: 'cta-sevilla' });
	});

	it('drops unknown ids, unknown params and bad values with one warning each', () => {
		const { state, warnings } = parse('region=ZZ&site=nope&foo=1&network=maybe');
		expect(state).toEqual({ selection: null, showNetwork: true });
		expect(warnings).toEqual([
			{ param: 'foo', value: '1', reason: 'unknown-param' },
			{ param: 'site', value: 'nope', reason: 'unknown-id' },
			{ param: 'region', value: 'ZZ', reason: 'unknown-id' },
			{ param: 'network', value: 'maybe', reason: 'invalid-value' }
		]);
	});

	it('keeps the site when both a site and a region are given (one item open at a time)', () => {
		const { state, warnings } = parse('region=ES41&site=seval-colico');
		expect(state.selection).toEqual({ kind: 'site', id: 'seval-colico' });
		expect(warnings).toEqual([{ param: 'region', value: 'ES41', reason: 'conflict' }]);
	});

	it('clips hostile values so a notice cannot be flooded', () => {
		const { warnings } = parse(`site=${'x'.repeat(500)}`);
		expect(warnings[0]?.value.length).toBeLessThanOrEqual(61);
	});

	it('never throws on arbitrary query strings', () => {
		fc.assert(
			fc.property(fc.string(), (query) => {
				expect(() => parse(query)).not.toThrow();
			})
		);
	});
});

describe('serializeState', () => {
	it('writes only what differs from the default', () => {
		expect(serializeState({ selection: null, showNetwork: true }).toString()).toBe('');
		expect(serializeState({ selection: { kind: 'region', id: 'ES41' }, showNetwork: false }).toString()).toBe(
			'region=ES41&network=0'
		);
	});

	it('round-trips every valid state', () => {
		const selection = fc.oneof(
			fc.constant(null),
			fc.constantFrom(...known.regionIds).map((id) => ({ kind: 'region' as const, id })),
			fc.constantFrom(...known.siteIds).map((id) => ({ kind: 'site' as const, id }))
		);
		fc.assert(
			fc.property(selection, fc.boolean(), (sel, showNetwork) => {
				const state: AppState = { selection: sel, showNetwork };
				const parsed = parseState(serializeState(state), known);
				expect(parsed.warnings).toEqual([]);
				expect(parsed.state).toEqual(state);
			})
		);
	});
});
