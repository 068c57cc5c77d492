/**
 * One-off import from ../shared/data into this project's committed files. The generated files
 * are what ships; this script documents the transform and is deterministic (same input → same
 * bytes). data/network.json is curated by hand and is not generated here.
 *
 *   npx tsx scripts/import-shared.ts [path/to/shared/data]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { compactCollection, geometryBbox, readableCollection, roundGeometry } from './import-shared/geo';
import { REGION_IDS, toRegionFeature } from './import-shared/regions';
import { toSiteFeature, type SharedSite } from './import-shared/sites';
import { regionAnchor } from '../src/lib/data/geometry';
import type { RegionFeature } from '../src/lib/data/schema';

const shared = resolve(process.argv[2] ?? '../shared/data');
const root = process.cwd();

const readJson = <T>(path: string): T => JSON.parse(readFileSync(resolve(shared, path), 'utf8')) as T;
const write = (path: string, text: string): void => {
	writeFileSync(resolve(root, path), text);
	console.log(`${path}: ${Buffer.byteLength(text)} bytes`);
};

type AnyCollection = FeatureCollection<Geometry, Record<string, unknown>>;

/** Europe frame of the basemap; outermost regions (FRY*, ES70, PT20, PT30) are dropped by name too. */
const FRAME = { minLon: -32, minLat: 27, maxLon: 45, maxLat: 72 };
const OUTERMOST = /^(FRY|ES70|PT20|PT30)/;

function insideFrame(g: Geometry): boolean {
	const [minLon, minLat, maxLon, maxLat] = geometryBbox(g);
	return minLon >= FRAME.minLon && minLat >= FRAME.minLat && maxLon <= FRAME.maxLon && maxLat <= FRAME.maxLat;
}

function pick(props: Record<string, unknown>, keys: string[]): Record<string, unknown> {
	return Object.fromEntries(keys.filter((k) => props[k] !== undefined).map((k) => [k, props[k]]));
}

function slim(f: Feature<Geometry, Record<string, unknown>>, keys: string[]): Feature {
	return { type: 'Feature', id: f.id, properties: pick(f.properties, keys), geometry: roundGeometry(f.geometry) };
}

function importSites(): void {
	const sites = readJson<SharedSite[]>('network/sites.json');
	write('data/sites.geojson', readableCollection(sites.map(toSiteFeature)));
}

function importRegions(): void {
	// target-regions.geojson is the same 1:20M geometry (checked: identical to regions-nuts2);
	// taking every region from regions-nuts2 keeps one source and borders that line up with the basemap.
	const nuts = readJson<AnyCollection>('boundaries/regions-nuts2.geojson');
	const features = REGION_IDS.map((id) => {
		const f = nuts.features.find((x) => x.id === id);
		if (!f) throw new Error(`${id} is not in regions-nuts2.geojson`);
		return toRegionFeature(f as Parameters<typeof toRegionFeature>[0]);
	});
	write('data/regions.geojson', readableCollection(features));
}

function importBasemap(): void {
	mkdirSync(resolve(root, 'static/basemap'), { recursive: true });
	const countries = readJson<AnyCollection>('boundaries/basemap-countries-50m-europe.geojson');
	write('static/basemap/countries.geojson', compactCollection(countries.features.map((f) => slim(f, ['name', 'nuts_country', 'covered_by_nuts']))));

	const nuts = readJson<AnyCollection>('boundaries/regions-nuts2.geojson');
	const europe = nuts.features.filter((f) => !OUTERMOST.test(String(f.id)) && insideFrame(f.geometry));
	const dropped = nuts.features.filter((f) => !europe.includes(f)).map((f) => f.id);
	console.log(`nuts2: kept ${europe.length}, dropped ${dropped.join(' ')}`);
	const nutsFeatures = europe.map((f) => {
		const slimmed = slim(f, ['id', 'name', 'country']);
		// name_local only where it differs (Greek, Cyrillic script).
		if (f.properties.name_local !== f.properties.name) slimmed.properties = { ...slimmed.properties, name_local: f.properties.name_local };
		return slimmed;
	});
	write('static/basemap/nuts2.geojson', compactCollection(nutsFeatures));

	// NUTS-3 provinces of the three valleys (same 1:20M GISCO geometry): outlines, plus one label point
	// inside each province (MapLibre would otherwise label a polygon once per tile).
	const nuts3 = readJson<AnyCollection>('boundaries/target-nuts3.geojson');
	const provinces = nuts3.features.map((f) => slim(f, ['id', 'name', 'nuts2']));
	const labels = nuts3.features.map((f): Feature => ({
		type: 'Feature',
		id: `${String(f.id)}-label`,
		properties: pick(f.properties, ['id', 'name']),
		geometry: roundGeometry({ type: 'Point', coordinates: regionAnchor(f as unknown as RegionFeature) })
	}));
	write('static/basemap/nuts3.geojson', compactCollection([...provinces, ...labels]));

	const cities = readJson<AnyCollection>('boundaries/cities-europe-labels.geojson');
	write('static/basemap/cities.geojson', compactCollection(cities.features.map((f) => slim(f, ['name', 'country_iso2', 'population', 'capital', 'nuts2']))));
}

importSites();
importRegions();
importBasemap();
