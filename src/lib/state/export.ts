/** "Download what you see": the matching sites as GeoJSON or CSV, named after the filter state. */
import { sourcePlain } from '$lib/data/citation';
import { historyText } from '$lib/data/history';
import type { SiteFeature } from '$lib/data/schema';
import type { Filters } from './filters';

const CSV_COLUMNS = [
	'id',
	'name',
	'operator',
	'region',
	'town',
	'lon',
	'lat',
	'coord_precision',
	'stages',
	'status',
	'capacity',
	'description',
	'confidence',
	'verified',
	'history',
	'sources'
] as const;

/** Great-circle km from the `near=` place by site id: added as `distance_km` (to the metre) when given. */
export type Distances = { get(id: string): number | undefined } | null;

const metres = (km: number) => Number(km.toFixed(3));

export function toGeoJSON(sites: readonly SiteFeature[], distances: Distances = null): string {
	const features = distances
		? sites.map((s) => ({ ...s, properties: { ...s.properties, distance_km: metres(distances.get(s.properties.id) ?? NaN) } }))
		: sites;
	return `${JSON.stringify({ type: 'FeatureCollection', features }, null, 1)}\n`;
}

/**
 * RFC 4180 CSV (CRLF rows, quoted fields where needed); lists joined with ' | '. English text.
 * `history`: `operating 2022-12; paused ~2014 (uncertain)`; a source without URL is its citation text.
 */
export function toCSV(sites: readonly SiteFeature[], distances: Distances = null): string {
	const rows = sites.map((site) => {
		const p = site.properties;
		const [lon, lat] = site.geometry.coordinates;
		const values: Record<(typeof CSV_COLUMNS)[number], string> = {
			id: p.id,
			name: p.name,
			operator: p.operator,
			region: p.region,
			town: p.town,
			lon: String(lon),
			lat: String(lat),
			coord_precision: p.coord_precision,
			stages: p.stages.join(' | '),
			status: p.status,
			capacity: p.capacity?.en ?? '',
			description: p.description.en,
			confidence: p.confidence,
			verified: p.verified,
			history: historyText(p.history),
			sources: p.sources.map(sourcePlain).join(' | ')
		};
		const row = CSV_COLUMNS.map((c) => csvField(values[c]));
		if (distances) row.push(String(metres(distances.get(p.id) ?? NaN)));
		return row.join(',');
	});
	const header = distances ? [...CSV_COLUMNS, 'distance_km'] : CSV_COLUMNS;
	return [header.join(','), ...rows].join('\r\n') + '\r\n';
}

export function csvField(value: string): string {
	// Text starting with =, +, -, @ would run as a formula in spreadsheets: prefix it with a quote
	// (numbers such as a negative longitude stay as they are).
	const formulaLike = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value);
	const safe = formulaLike ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** e.g. battery-valleys_regions-ES61_stages-black-mass+hydrometallurgy_statuses-operating.csv */
export function exportFileName(f: Filters, extension: 'csv' | 'geojson'): string {
	const parts = [
		f.regions.length ? `regions-${f.regions.join('+')}` : '',
		f.stages.length ? `stages-${f.stages.join(f.stageMatch === 'all' ? '&' : '+')}` : '',
		f.statuses.length ? `statuses-${f.statuses.join('+')}` : '',
		f.initiatives.length ? `initiatives-${f.initiatives.join('+')}` : '',
		f.q ? `q-${f.q}` : ''
	]
		.filter(Boolean)
		.map((part) => part.replace(/[^\p{L}\p{N}+&-]+/gu, '-'));
	const name = ['battery-valleys', ...(parts.length ? parts : ['all'])].join('_').slice(0, 150);
	return `${name}.${extension}`;
}
