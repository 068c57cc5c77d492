/**
 * Validates and cross-checks the three data files. Pure (no fs), so it runs in Node scripts,
 * tests and the browser alike. Every error reads `${file} › ${featureId} › ${fieldPath}: ${message}`
 * so a contributor can find the line to fix (list items as `sources[0]`); `#<index>` stands in when the id itself is bad.
 */
import * as v from 'valibot';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { historyErrors } from './history';
import {
	Initiative,
	NetworkFile,
	Organisation,
	RegionFeature,
	SiteFeature,
	SitesFile,
	type Dataset
} from './schema';

export type DataFiles = { regions: string; sites: string; network: string };

export const DATA_FILES: DataFiles = {
	regions: 'data/regions.geojson',
	sites: 'data/sites.geojson',
	network: 'data/network.json'
};

export type DatasetInput = { regions: unknown; sites: unknown; network: unknown };
export type ValidationResult = { dataset: Dataset | null; errors: string[] };

const FILE_LEVEL = '(file)';
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NUTS_PATTERN = /^[A-Z]{2}[0-9A-Z]{0,3}$/;

/** List indexes read as `history[1].date`, `geometry.coordinates[0][2][0]`. */
function fieldPathText(path: string): string {
	return path.replace(/\.(\d+)(?=\.|\[|$)/g, '[$1]');
}

export function formatError(file: string, featureId: string, fieldPath: string, message: string): string {
	return `${file} › ${featureId} › ${fieldPathText(fieldPath)}: ${message}`;
}

/** Valibot's wording for missing and unknown keys is cryptic; say it plainly. */
function issueMessage(issue: v.BaseIssue<unknown>): string {
	const isKeyIssue = issue.kind === 'schema' && /object$/.test(issue.type) && issue.message.startsWith('Invalid key');
	if (isKeyIssue && issue.input === undefined) return 'required field is missing';
	if (isKeyIssue && issue.expected === 'never') return 'unknown field (not in the schema)';
	return issue.message;
}

/** One message per field: a pipe can fail several checks (e.g. not a URL, not http), the first says enough. */
function issueErrors(file: string, label: string, issues: v.BaseIssue<unknown>[]): string[] {
	const byPath = new Map<string, string>();
	for (const issue of issues) {
		const path = v.getDotPath(issue) ?? '(root)';
		if (!byPath.has(path)) byPath.set(path, formatError(file, label, path, issueMessage(issue)));
	}
	return [...byPath.values()];
}

function asRecord(x: unknown): Record<string, unknown> {
	return typeof x === 'object' && x !== null ? (x as Record<string, unknown>) : {};
}

/** The entry's id when it is usable as a label, else `#<index>` (with an optional list name). */
function labelOf(id: unknown, index: number, pattern: RegExp, list = ''): string {
	return typeof id === 'string' && pattern.test(id) ? id : `${list}#${index}`;
}

/** `ids`: every usable id, also of entries that failed the schema, so that references to them
 * are not reported a second time as unknown. */
type Parsed<T> = { items: Array<{ label: string; value: T }>; ids: string[]; errors: string[] };

/** Parses each entry on its own so one bad entry does not hide the others' errors. */
function parseEntries<T>(
	file: string,
	entries: unknown[],
	schema: v.GenericSchema<unknown, T>,
	label: (raw: unknown, index: number) => string
): Parsed<T> {
	const parsed: Parsed<T> = { items: [], ids: [], errors: [] };
	entries.forEach((raw, index) => {
		const result = v.safeParse(schema, raw);
		const name = label(raw, index);
		if (!name.includes('#')) parsed.ids.push(name);
		if (result.success) parsed.items.push({ label: name, value: result.output });
		else parsed.errors.push(...issueErrors(file, name, result.issues));
	});
	return parsed;
}

function duplicateErrors(file: string, ids: string[], path: string): string[] {
	const seen = new Set<string>();
	const errors: string[] = [];
	for (const id of ids) {
		if (seen.has(id)) errors.push(formatError(file, id, path, `duplicate id "${id}"`));
		seen.add(id);
	}
	return errors;
}

function featureIdErrors(file: string, features: Array<{ id?: string | number; properties: { id: string } }>): string[] {
	return features
		.filter((f) => f.id !== undefined && f.id !== f.properties.id)
		.map((f) => formatError(file, f.properties.id, 'id', `must equal properties.id ("${f.properties.id}")`));
}

function parseCollection<T extends { id?: string | number; properties: { id: string } }>(
	file: string,
	input: unknown,
	schema: v.GenericSchema<unknown, T>,
	idPattern: RegExp
): Parsed<T> {
	const collection = v.safeParse(SitesFile, input);
	if (!collection.success) return { items: [], ids: [], errors: issueErrors(file, FILE_LEVEL, collection.issues) };
	const label = (raw: unknown, i: number) => labelOf(asRecord(asRecord(raw).properties).id, i, idPattern);
	const parsed = parseEntries(file, collection.output.features, schema, label);
	const features = parsed.items.map((item) => item.value);
	parsed.errors.push(
		...duplicateErrors(file, features.map((f) => f.properties.id), 'properties.id'),
		...featureIdErrors(file, features)
	);
	return parsed;
}

type ParsedNetwork = { initiatives: Initiative[]; organisations: Organisation[]; organisationIds: string[]; errors: string[] };

function parseNetwork(file: string, input: unknown): ParsedNetwork {
	const network = v.safeParse(NetworkFile, input);
	if (!network.success)
		return { initiatives: [], organisations: [], organisationIds: [], errors: issueErrors(file, FILE_LEVEL, network.issues) };
	const label = (list: string) => (raw: unknown, i: number) => labelOf(asRecord(raw).id, i, ID_PATTERN, list);
	const initiatives = parseEntries(file, network.output.initiatives, Initiative, label('initiatives'));
	const organisations = parseEntries(file, network.output.organisations, Organisation, label('organisations'));
	const pilotIds = initiatives.items.flatMap((i) => i.value.pilots.map((p) => p.id));
	return {
		initiatives: initiatives.items.map((i) => i.value),
		organisations: organisations.items.map((o) => o.value),
		organisationIds: organisations.ids,
		errors: [
			...initiatives.errors,
			...organisations.errors,
			...duplicateErrors(file, initiatives.items.map((i) => i.value.id), 'id'),
			...duplicateErrors(file, organisations.items.map((o) => o.value.id), 'id'),
			...duplicateErrors(file, pilotIds, 'pilots.id')
		]
	};
}

type Known = { regions: Set<string>; sites: Set<string>; organisations: Set<string> };

function unknownRef(kind: 'region' | 'site' | 'organisation', id: string, files: DataFiles): string {
	const where = { region: files.regions, site: files.sites, organisation: files.network }[kind];
	return `unknown ${kind} "${id}" (not in ${where})`;
}

function siteReferenceErrors(sites: SiteFeature[], known: Known, files: DataFiles): string[] {
	const errors: string[] = [];
	for (const { properties: p } of sites) {
		if (!known.regions.has(p.region)) errors.push(formatError(files.sites, p.id, 'properties.region', unknownRef('region', p.region, files)));
		(p.organisations ?? []).forEach((org, i) => {
			if (!known.organisations.has(org))
				errors.push(formatError(files.sites, p.id, `properties.organisations.${i}`, unknownRef('organisation', org, files)));
		});
	}
	return errors;
}

function initiativeReferenceErrors(initiative: Initiative, known: Known, files: DataFiles): string[] {
	const errors: string[] = [];
	const check = (kind: 'region' | 'site' | 'organisation', id: string | undefined, path: string): void => {
		const set = { region: known.regions, site: known.sites, organisation: known.organisations }[kind];
		if (id !== undefined && !set.has(id)) errors.push(formatError(files.network, initiative.id, path, unknownRef(kind, id, files)));
	};
	initiative.regions.forEach((r, i) => check('region', r, `regions.${i}`));
	initiative.hub_sites.forEach((s, i) => check('site', s, `hub_sites.${i}`));
	initiative.members.forEach((m, i) => check('organisation', m.organisation, `members.${i}.organisation`));
	initiative.pilots.forEach((p, i) => {
		p.regions.forEach((r, j) => check('region', r, `pilots.${i}.regions.${j}`));
		check('site', p.site, `pilots.${i}.site`);
		check('organisation', p.lead, `pilots.${i}.lead`);
	});
	initiative.uncertain.forEach((f, i) => f.regions?.forEach((r, j) => check('region', r, `uncertain.${i}.regions.${j}`)));
	return errors;
}

/** A town-centroid point outside its declared region means a wrong region or a wrong town. */
function siteLocationErrors(sites: SiteFeature[], regions: RegionFeature[], file: string): string[] {
	const byId = new Map(regions.map((r) => [r.properties.id, r]));
	const errors: string[] = [];
	for (const site of sites) {
		const region = byId.get(site.properties.region);
		if (!region || site.properties.outside_region_ok) continue;
		if (!booleanPointInPolygon(site.geometry.coordinates, region.geometry)) {
			const [lon, lat] = site.geometry.coordinates;
			errors.push(
				formatError(
					file,
					site.properties.id,
					'geometry.coordinates',
					`point (${lon}, ${lat}) lies outside its region ${region.properties.id}; fix the point or region, or set properties.outside_region_ok with the reason`
				)
			);
		}
	}
	return errors;
}

export function validateDataset(input: DatasetInput, files: DataFiles = DATA_FILES): ValidationResult {
	const regions = parseCollection(files.regions, input.regions, RegionFeature, NUTS_PATTERN);
	const sites = parseCollection(files.sites, input.sites, SiteFeature, ID_PATTERN);
	const network = parseNetwork(files.network, input.network);
	const regionFeatures = regions.items.map((r) => r.value);
	const siteFeatures = sites.items.map((s) => s.value);
	const known: Known = {
		regions: new Set(regions.ids),
		sites: new Set(sites.ids),
		organisations: new Set(network.organisationIds)
	};
	const errors = [
		...regions.errors,
		...sites.errors,
		...network.errors,
		...siteReferenceErrors(siteFeatures, known, files),
		...network.initiatives.flatMap((i) => initiativeReferenceErrors(i, known, files)),
		...siteLocationErrors(siteFeatures, regionFeatures, files.sites),
		...historyErrors(siteFeatures, files.sites, formatError)
	];
	if (errors.length > 0) return { dataset: null, errors };
	const dataset: Dataset = {
		regions: regionFeatures,
		sites: siteFeatures,
		network: { initiatives: network.initiatives, organisations: network.organisations }
	};
	return { dataset, errors };
}
