/**
 * The shape of the browser's data file (/app-data.json), checked before use.
 *
 * Light on purpose: the file was validated in full at build time (check:data, with ./schema), so
 * the browser checks only what the app reads without a guard — the top level, and each site's
 * and region's feature shape — to turn a wrong file (a proxy's error page as JSON, a stale or
 * truncated build) into one clear error instead of a TypeError deep in the app. Objects are loose:
 * the properties the check does not name pass through untouched.
 *
 * Hand-written rather than a schema library: this is the only check the map's first bundle needs,
 * and a few small functions keep the library out of it. Its messages read like the schema's
 * (`path › to › field: Invalid type: Expected … but received …`).
 */
import { STAGES, STATUSES } from './vocab';

type Path = readonly (string | number)[];
type Issue = { path: Path; message: string };
/** A check: the first issue found in `value` (at `path`), or null. */
type Shape = (value: unknown, path: Path) => Issue | null;

/** How a received value is named in a message: strings quoted, objects by their constructor. */
function received(value: unknown): string {
	if (typeof value === 'string') return `"${value}"`;
	if (typeof value === 'object' || typeof value === 'function') return (value && Object.getPrototypeOf(value)?.constructor?.name) ?? 'null';
	return String(value);
}

const typeIssue = (expected: string, value: unknown, path: Path): Issue => ({ path, message: `Invalid type: Expected ${expected} but received ${received(value)}` });

const is =
	(expected: string, test: (value: unknown) => boolean): Shape =>
	(value, path) =>
		test(value) ? null : typeIssue(expected, value, path);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const string = is('string', (v) => typeof v === 'string');
const number = is('number', (v) => typeof v === 'number' && !Number.isNaN(v));
const unknown: Shape = () => null;
const oneOf = (values: readonly string[]) => {
	const names = values.map((v) => `"${v}"`).join(' | ');
	return is(values.length > 1 ? `(${names})` : names, (v) => typeof v === 'string' && values.includes(v));
};

/** An object with at least these keys, each of its shape (other keys pass). */
const object =
	(entries: Record<string, Shape>): Shape =>
	(value, path) => {
		if (!isObject(value)) return typeIssue('Object', value, path);
		for (const [key, shape] of Object.entries(entries)) {
			const at = [...path, key];
			if (!(key in value)) return { path: at, message: `Invalid key: Expected "${key}" but received undefined` };
			const issue = shape(value[key], at);
			if (issue) return issue;
		}
		return null;
	};

/** Every item of an array, or every property value of an object, of this shape. */
const each =
	(item: Shape, expected: 'Array' | 'Object'): Shape =>
	(value, path) => {
		if (expected === 'Array' ? !Array.isArray(value) : !isObject(value)) return typeIssue(expected, value, path);
		const keys: (string | number)[] = Array.isArray(value) ? [...value.keys()] : Object.keys(value as object);
		for (const key of keys) {
			const issue = item((value as Record<string | number, unknown>)[key], [...path, key]);
			if (issue) return issue;
		}
		return null;
	};
const array = (item: Shape) => each(item, 'Array');
const record = (item: Shape) => each(item, 'Object');

/** Null, or of this shape. */
const nullable =
	(shape: Shape): Shape =>
	(value, path) =>
		value === null ? null : shape(value, path);

/** An array whose first items have these shapes (more items pass). */
const tuple =
	(items: Shape[]): Shape =>
	(value, path) => {
		if (!Array.isArray(value)) return typeIssue('Array', value, path);
		for (const [i, item] of items.entries()) {
			const issue = item(value[i], [...path, i]);
			if (issue) return issue;
		}
		return null;
	};

const Pair = tuple([number, number]);
const SiteShape = object({
	type: oneOf(['Feature']),
	geometry: object({ type: oneOf(['Point']), coordinates: Pair }),
	properties: object({
		id: string,
		name: string,
		operator: string,
		region: string,
		town: string,
		stages: array(oneOf(STAGES)),
		status: oneOf(STATUSES),
		description: object({ en: string })
	})
});
const RegionShape = object({
	type: oneOf(['Feature']),
	geometry: object({ type: oneOf(['Polygon', 'MultiPolygon']), coordinates: array(array(unknown)) }),
	properties: object({ id: string, kind: oneOf(['valley', 'network']), name_local: string, name: object({ en: string }) })
});
const Collection = object({ type: oneOf(['FeatureCollection']), features: array(unknown) });
const WithId = object({ id: string });

export const AppDataShape: Shape = object({
	dataset: object({
		regions: array(RegionShape),
		sites: array(SiteShape),
		network: object({ initiatives: array(WithId), organisations: array(WithId) })
	}),
	geometry: object({
		regions: Collection,
		spread: record(Pair),
		bounds: record(tuple([number, number, number, number])),
		historySpan: nullable(object({ first: number, last: number }))
	})
});

/** Where a data file's shape is wrong, as `path › to › field: message` (the first issue only). */
export function shapeProblem(data: unknown, shape: Shape = AppDataShape): string | null {
	const issue = shape(data, []);
	if (!issue) return null;
	return issue.path.length ? `${issue.path.join(' › ')}: ${issue.message}` : issue.message;
}
