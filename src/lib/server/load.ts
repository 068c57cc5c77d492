/**
 * Node-side loader: reads the three data files, validates them and returns the Dataset.
 * Used by scripts/check-data.ts and by SvelteKit server load functions (prerendered at build).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dataset } from '../data/schema';
import { DATA_FILES, formatError, validateDataset, type DataFiles, type DatasetInput } from '../data/validate';

/** Thrown when the data do not validate; `errors` holds one formatted line per problem. */
export class DataError extends Error {
	readonly errors: string[];
	constructor(errors: string[]) {
		super(errors.join('\n'));
		this.name = 'DataError';
		this.errors = errors;
	}
}

/** File names as shown in messages: `data/sites.geojson` for the default dir. */
function filesIn(dir: string): DataFiles {
	const name = (path: string) => path.slice(path.lastIndexOf('/') + 1);
	return {
		regions: `${dir}/${name(DATA_FILES.regions)}`,
		sites: `${dir}/${name(DATA_FILES.sites)}`,
		network: `${dir}/${name(DATA_FILES.network)}`
	};
}

function readJson(file: string, errors: string[]): unknown {
	try {
		return JSON.parse(readFileSync(resolve(process.cwd(), file), 'utf8'));
	} catch (e) {
		errors.push(formatError(file, '(file)', '(json)', e instanceof Error ? e.message : String(e)));
		return undefined;
	}
}

/**
 * Directory read when none is given: `data`, or `BVM_DATA_DIR` when set (the benchmark builds the
 * app from synthetic data in a temporary directory this way; never set it for a real build).
 */
export function defaultDataDir(): string {
	return process.env.BVM_DATA_DIR?.trim() || 'data';
}

/** Reads `dir` (relative to the working directory, or absolute) and returns the validated dataset or throws DataError. */
export function readDataset(dir = defaultDataDir()): Dataset {
	const files = filesIn(dir.replace(/\/+$/, ''));
	const readErrors: string[] = [];
	const input: DatasetInput = {
		regions: readJson(files.regions, readErrors),
		sites: readJson(files.sites, readErrors),
		network: readJson(files.network, readErrors)
	};
	// Cross-checks against an unreadable file would only add noise.
	if (readErrors.length > 0) throw new DataError(readErrors);
	const { dataset, errors } = validateDataset(input, files);
	if (!dataset) throw new DataError(errors);
	return dataset;
}
