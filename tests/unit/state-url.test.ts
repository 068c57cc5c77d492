import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { STAGES, STATUSES } from '../../src/lib/data/schema';
import { DEFAULT_STATE, parseState, serializeState, toSearch, type AppState } from '../../src/lib/state/url';
import { DEFAULT_EMBED, EMBED_PARAMS, parseEmbedFlags, readEmbedParams, serializeEmbedFlags } from '../../src/lib/embed/flags';

const known = {
	regionIds: new Set(['ES41', 'ES61', 'ITC4']),
	siteIds: new Set(['cta-sevilla', 'seval-colico']),
	initiativeIds: new Set(['s3p-ambp', 'batmass'])
};
const parse = (query: string) => parseState(new URLSearchParams(query), known);

describe('parseState', () => {
	it('reads an empty URL as the default view', () => {
		expect(parse('')).toEqual({ state: DEFAULT_STATE, warnings: [] });
	});

	it('opens a known region or site', () => {
		expect(parse('region=ES41').state.selection).toEqual({ kind: 'region', id: 'ES41' });
		expect(parse('site=cta-sevilla').state.selection).toEqual({ kind: 'site', id: 'cta-sevilla' });
	});

	it('reads the partner example: filters, selection and view', () => {
		const { state, warnings } = parse('regions=ES61&stages=hydrometallurgy,black-mass&statuses=operating&q=sevilla&site=cta-sevilla&at=37.4,-5.9,7');
		expect(warnings).toEqual([]);
		expect(state.filters).toEqual({
			regions: ['ES61'],
			stages: ['black-mass', 'hydrometallurgy'],
			stageMatch: 'any',
			statuses: ['operating'],
			initiatives: [],
			q: 'sevilla'
		});
		expect(state.view).toEqual({ lat: 37.4, lon: -5.9, zoom: 7 });
	});

	it('drops unknown ids, unknown params and bad values with one warning each', () => {
		const { state, warnings } = parse('region=ZZ&site=nope&foo=1&network=maybe');
		expect(state).toEqual(DEFAULT_STATE);
		expect(warnings).toEqual([
			{ param: 'foo', value: '1', reason: 'unknown-param' },
			{ param: 'site', value: 'nope', reason: 'unknown-id' },
			{ param: 'region', value: 'ZZ', reason: 'unknown-id' },
			{ param: 'network', value: 'maybe', reason: 'invalid-value' }
		]);
	});

	it('keeps the valid values of a filter set and warns about the others', () => {
		const { state, warnings } = parse('regions=XX99,ES61&stages=<script>alert(1)</script>,mining&statuses=closed&match=some');
		expect(state.filters.regions).toEqual(['ES61']);
		expect(state.filters.stages).toEqual(['mining']);
		expect(state.filters.statuses).toEqual([]);
		expect(state.filters.stageMatch).toBe('any');
		expect(warnings).toEqual([
			{ param: 'match', value: 'some', reason: 'invalid-value' },
			{ param: 'regions', value: 'XX99', reason: 'unknown-id' },
			{ param: 'stages', value: '<script>alert(1)</script>', reason: 'invalid-value' },
			{ param: 'statuses', value: 'closed', reason: 'invalid-value' }
		]);
	});

	it.each(['NaN', '1,2', '91,0,5', '0,181,5', '0,0,30', 'a,b,c', ',,', '1,2,3,4'])('rejects the view at=%s', (at) => {
		const { state, warnings } = parse(`at=${at}`);
		expect(state.view).toBeNull();
		expect(warnings).toEqual([{ param: 'at', value: at, reason: 'invalid-value' }]);
	});

	it.each(['0x10,0x10,5', '1e1,2,5', 'Infinity,0,5', '40,-3,0b11', '+40,-3,5', '40, -3, 5', '40,-3,5.', '.5,-3,5', '40,-3,0o7'])(
		'accepts plain decimal only: rejects at=%s',
		(at) => {
			const { state, warnings } = parse(`at=${encodeURIComponent(at)}`);
			expect(state.view).toBeNull();
			expect(warnings).toEqual([{ param: 'at', value: at, reason: 'invalid-value' }]);
		}
	);

	it('reads negative and integer decimals in the view', () => {
		expect(parse('at=-12,-3.5,0').state.view).toEqual({ lat: -12, lon: -3.5, zoom: 0 });
	});

	it('reads a repeated parameter once (first value) and reports every other value', () => {
		const { state, warnings } = parse('site=cta-sevilla&site=seval-colico&lang=es&lang=it&at=40,-3,5&at=41,2,6&stages=mining&stages=black-mass');
		expect(state.selection).toEqual({ kind: 'site', id: 'cta-sevilla' });
		expect(state.lang).toBe('es');
		expect(state.view).toEqual({ lat: 40, lon: -3, zoom: 5 });
		expect(state.filters.stages).toEqual(['mining']);
		expect(warnings).toEqual([
			{ param: 'site', value: 'seval-colico', reason: 'repeated' },
			{ param: 'lang', value: 'it', reason: 'repeated' },
			{ param: 'at', value: '41,2,6', reason: 'repeated' },
			{ param: 'stages', value: 'black-mass', reason: 'repeated' }
		]);
		// The cleaned link (what the app writes back) has each parameter once.
		const cleaned = serializeState(state);
		expect(cleaned.toString()).toBe('stages=mining&site=cta-sevilla&at=40%2C-3%2C5&lang=es');
		expect(parseState(cleaned, known).warnings).toEqual([]);
	});

	it('reports a repeated parameter even when its values are equal', () => {
		expect(parse('region=ES41&region=ES41').warnings).toEqual([{ param: 'region', value: 'ES41', reason: 'repeated' }]);
	});

	it('rounds the view so links stay short', () => {
		expect(parse('at=37.123456,-5.987654,7.2345').state.view).toEqual({ lat: 37.1235, lon: -5.9877, zoom: 7.2 });
	});

	it('keeps the site when both a site and a region are given (one item open at a time)', () => {
		const { state, warnings } = parse('region=ES41&site=seval-colico');
		expect(state.selection).toEqual({ kind: 'site', id: 'seval-colico' });
		expect(warnings).toEqual([{ param: 'region', value: 'ES41', reason: 'conflict' }]);
	});

	it('clips hostile values so a notice cannot be flooded, and caps the search text', () => {
		const { warnings } = parse(`site=${'x'.repeat(500)}`);
		expect(warnings[0]?.value.length).toBeLessThanOrEqual(61);
		expect(parse(`q=${'a'.repeat(300)}`).state.filters.q).toHaveLength(100);
	});

	it('never throws on arbitrary query strings', () => {
		fc.assert(
			fc.property(fc.string(), (query) => {
				expect(() => parse(query)).not.toThrow();
			})
		);
	});

	it('parse ∘ serialize ∘ parse is stable for arbitrary input (round trip)', () => {
		const keys = fc.constantFrom('regions', 'stages', 'statuses', 'initiatives', 'q', 'at', 'site', 'region', 'match', 'network', 'x');
		fc.assert(
			fc.property(fc.array(fc.tuple(keys, fc.string()), { maxLength: 8 }), (pairs) => {
				const once = parseState(new URLSearchParams(pairs), known).state;
				const twice = parseState(serializeState(once), known);
				expect(twice.warnings).toEqual([]);
				expect(twice.state).toEqual(once);
			})
		);
	});
});

describe('serializeState', () => {
	it('writes only what differs from the default', () => {
		expect(serializeState(DEFAULT_STATE).toString()).toBe('');
		expect(serializeState({ ...DEFAULT_STATE, selection: { kind: 'region', id: 'ES41' }, showNetwork: false }).toString()).toBe('region=ES41&network=0');
	});

	it('round-trips every valid state', () => {
		const subset = <T>(values: readonly T[]) => fc.subarray([...values]);
		const selection = fc.oneof(
			fc.constant(null),
			fc.constantFrom(...known.regionIds).map((id) => ({ kind: 'region' as const, id })),
			fc.constantFrom(...known.siteIds).map((id) => ({ kind: 'site' as const, id }))
		);
		const view = fc.option(
			fc.record({
				lat: fc.double({ min: -85, max: 85, noNaN: true }),
				lon: fc.double({ min: -180, max: 180, noNaN: true }),
				zoom: fc.double({ min: 0, max: 22, noNaN: true })
			}),
			{ nil: null }
		);
		const filters = fc.record({
			regions: subset([...known.regionIds]),
			stages: subset(STAGES),
			stageMatch: fc.constantFrom('any' as const, 'all' as const),
			statuses: subset(STATUSES),
			initiatives: subset([...known.initiativeIds]),
			q: fc.string({ maxLength: 100 }).map((s) => s.trim())
		});
		fc.assert(
			fc.property(selection, filters, view, fc.boolean(), (sel, f, v, showNetwork) => {
				const state: AppState = { selection: sel, filters: f, view: v, showNetwork, lang: null, near: null, asof: null };
				const once = parseState(serializeState(state), known);
				expect(once.warnings).toEqual([]);
				const { view: parsedView, ...rest } = once.state;
				expect(rest).toEqual({ selection: sel, filters: f, showNetwork, lang: null, near: null, asof: null });
				if (v) {
					expect(parsedView!.lat).toBeCloseTo(v.lat, 3);
					expect(parsedView!.lon).toBeCloseTo(v.lon, 3);
					expect(parsedView!.zoom).toBeCloseTo(v.zoom, 0);
				} else expect(parsedView).toBeNull();
				// Serialising what was parsed gives the same link.
				expect(serializeState(once.state).toString()).toBe(serializeState(parseState(serializeState(once.state), known).state).toString());
			})
		);
	});
});

describe('language and embed flags', () => {
	it('reads a supported language and warns about others', () => {
		expect(parse('lang=es').state.lang).toBe('es');
		expect(parse('lang=fr')).toMatchObject({ state: { lang: null }, warnings: [{ param: 'lang', value: 'fr', reason: 'invalid-value' }] });
	});

	it('treats embed flags as unknown in the full app', () => {
		expect(parse('panel=0').warnings).toEqual([{ param: 'panel', value: '0', reason: 'unknown-param' }]);
	});

	it('reads embed flags on /embed and keeps them in links', () => {
		const params = new URLSearchParams('regions=ES61&panel=0&list=1&theme=dark&title=Our+valley&origin=https://example.org&legend=maybe');
		const { state, warnings } = parseState(params, known, EMBED_PARAMS);
		expect(warnings).toEqual([]);
		expect(parseEmbedFlags(params)).toEqual({
			panel: false,
			list: true,
			filters: false,
			legend: true,
			theme: 'dark',
			title: 'Our valley',
			origin: 'https://example.org',
			load: 'auto'
		});
		const flags = readEmbedParams(params);
		expect(flags.warnings).toEqual([{ param: 'legend', value: 'maybe', reason: 'invalid-value' }]);
		expect(toSearch(state, flags.params)).toBe('?regions=ES61&panel=0&list=1&theme=dark&title=Our+valley&origin=https%3A%2F%2Fexample.org');
	});

	it.each(['javascript:alert(1)', 'https://example.org/path', 'not a url'])('rejects origin=%s', (origin) => {
		const params = new URLSearchParams({ origin });
		expect(parseEmbedFlags(params).origin).toBeNull();
		expect(readEmbedParams(params).warnings[0]?.param).toBe('origin');
	});

	it('reads load=click (the facade) and drops any other value with a notice', () => {
		expect(parseEmbedFlags(new URLSearchParams('load=click')).load).toBe('click');
		expect(readEmbedParams(new URLSearchParams('load=click')).params.toString()).toBe('load=click');
		expect(readEmbedParams(new URLSearchParams('load=auto')).params.toString()).toBe('');
		for (const value of ['Click', 'lazy', '', '1']) {
			const read = readEmbedParams(new URLSearchParams({ load: value }));
			expect(parseEmbedFlags(new URLSearchParams({ load: value })).load).toBe('auto');
			expect(read.warnings).toEqual([{ param: 'load', value, reason: 'invalid-value' }]);
			expect(read.params.has('load')).toBe(false);
		}
	});

	it('writes no flag that is at its default', () => {
		expect(serializeEmbedFlags(DEFAULT_EMBED).toString()).toBe('');
	});
});
