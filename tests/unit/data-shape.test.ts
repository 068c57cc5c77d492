import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { appData } from '../../src/lib/server/app-data';
import { shapeProblem } from '../../src/lib/data/shape';
import { STAGES, STATUSES } from '../../src/lib/data/vocab';

// The browser's hand-written check (src/lib/data/shape.ts) must say what a schema of the same
// shape says: this is that schema, written with the library the build-time check uses.
const Coordinate = v.number();
const Reference = v.looseObject({
	dataset: v.looseObject({
		regions: v.array(
			v.looseObject({
				type: v.literal('Feature'),
				geometry: v.looseObject({ type: v.picklist(['Polygon', 'MultiPolygon']), coordinates: v.array(v.array(v.unknown())) }),
				properties: v.looseObject({ id: v.string(), kind: v.picklist(['valley', 'network']), name_local: v.string(), name: v.looseObject({ en: v.string() }) })
			})
		),
		sites: v.array(
			v.looseObject({
				type: v.literal('Feature'),
				geometry: v.looseObject({ type: v.literal('Point'), coordinates: v.tuple([Coordinate, Coordinate]) }),
				properties: v.looseObject({
					id: v.string(),
					name: v.string(),
					operator: v.string(),
					region: v.string(),
					town: v.string(),
					stages: v.array(v.picklist(STAGES)),
					status: v.picklist(STATUSES),
					description: v.looseObject({ en: v.string() })
				})
			})
		),
		network: v.looseObject({ initiatives: v.array(v.looseObject({ id: v.string() })), organisations: v.array(v.looseObject({ id: v.string() })) })
	}),
	geometry: v.looseObject({
		regions: v.looseObject({ type: v.literal('FeatureCollection'), features: v.array(v.unknown()) }),
		spread: v.record(v.string(), v.tuple([Coordinate, Coordinate])),
		bounds: v.record(v.string(), v.tuple([Coordinate, Coordinate, Coordinate, Coordinate])),
		historySpan: v.nullable(v.looseObject({ first: v.number(), last: v.number() }))
	})
});

function referenceProblem(data: unknown): string | null {
	const result = v.safeParse(Reference, data, { abortEarly: true });
	if (result.success) return null;
	const issue = result.issues[0];
	const path = (issue.path ?? []).map((p) => String(p.key)).join(' › ');
	return path ? `${path}: ${issue.message}` : issue.message;
}

const DELETE = Symbol('delete');
const REPLACEMENTS: unknown[] = [DELETE, null, 'x', 'Feature', 'operating', 0, 1.5, true, [], [1], [1, 2], {}, { en: 'x' }, { first: 1 }];

describe('the data file check matches a schema of the same shape', () => {
	const data = JSON.parse(JSON.stringify(appData())) as Record<string, unknown>;

	it('accepts the file the build writes', () => {
		expect(shapeProblem(data)).toBeNull();
		expect(referenceProblem(data)).toBeNull();
	});

	it('reports the same first problem wherever a value is removed or replaced', () => {
		// A random walk into the file picks the value to break; it is put back after each run.
		fc.assert(
			fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 7 }), fc.constantFrom(...REPLACEMENTS), (steps, replacement) => {
				let parent: Record<string | number, unknown> = data;
				let key: string | number = '';
				for (const step of steps) {
					const keys = Object.keys(parent);
					if (keys.length === 0) break;
					key = Array.isArray(parent) ? step % keys.length : keys[step % keys.length]!;
					const next = parent[key];
					if (typeof next !== 'object' || next === null || steps.indexOf(step) === steps.length - 1) break;
					parent = next as Record<string | number, unknown>;
				}
				const had = Object.hasOwn(parent, key);
				const old = parent[key];
				if (replacement === DELETE) delete parent[key];
				else parent[key] = structuredClone(replacement);
				try {
					expect(shapeProblem(data)).toBe(referenceProblem(data));
				} finally {
					if (had) parent[key] = old;
					else delete parent[key];
				}
			}),
			{ numRuns: 400 }
		);
	});

	it('names the value at the root too', () => {
		for (const value of [null, 'x', 1, [], {}, { dataset: null }, { dataset: {}, geometry: {} }]) expect(shapeProblem(value)).toBe(referenceProblem(value));
	});
});
