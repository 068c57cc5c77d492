/**
 * Towns a person can measure distances from, typed in the search box: the bundled label points
 * of the basemap (static/basemap/cities.geojson, SimpleMaps, English or local names as that file
 * has them). A valley's capital as the region data names it ("Milano") is added as another name
 * of the town the city file marks as that region's capital ("Milan"). Nothing else is added.
 * Pure; the list is fetched only when a person searches (see town-list.ts).
 */
import { normalise } from './filters';

export type Town = {
	/** The city file's name ("León", "Milan"). */
	name: string;
	/** Other names it is known by in this app's data (a valley's capital as the region data spells it). */
	aliases: readonly string[];
	/** ISO 3166-1 alpha-2, as in the city file (GB, GR…). */
	country: string;
	population: number;
	lat: number;
	lon: number;
};

/** What the loader reads of a city feature (static/basemap/cities.geojson). */
export type CityFeature = {
	properties: { name?: unknown; country_iso2?: unknown; population?: unknown; capital?: unknown; nuts2?: unknown };
	geometry: { type: string; coordinates: unknown };
};

/** What the loader reads of a region: its id and its capital's name, when the data gives one. */
export type RegionCapital = { id: string; capital: string | null };

/** The towns of the city file (features without a name or a point are skipped). */
export function townsFrom(features: readonly CityFeature[], regions: readonly RegionCapital[] = []): Town[] {
	const capitals = new Map(regions.flatMap((r) => (r.capital ? [[r.id, r.capital] as const] : [])));
	const towns: Town[] = [];
	for (const f of features) {
		const p = f.properties;
		const c = f.geometry.coordinates;
		if (typeof p.name !== 'string' || f.geometry.type !== 'Point' || !Array.isArray(c)) continue;
		const [lon, lat] = c as unknown[];
		if (typeof lon !== 'number' || typeof lat !== 'number') continue;
		const capital = p.capital === 'admin' && typeof p.nuts2 === 'string' ? capitals.get(p.nuts2) : undefined;
		const aliases = capital && normalise(capital) !== normalise(p.name) ? [capital] : [];
		towns.push({
			name: p.name,
			aliases,
			country: typeof p.country_iso2 === 'string' ? p.country_iso2 : '',
			population: typeof p.population === 'number' ? p.population : 0,
			lat,
			lon
		});
	}
	return towns;
}

export type TownMatch = {
	town: Town;
	/** The name that matched what was typed (the town's name or one of its aliases). */
	matched: string;
};

/** Shortest query that offers towns: one letter would list half of Europe. */
export const MIN_TOWN_QUERY = 2;
export const TOWN_SUGGESTIONS = 5;

/**
 * Towns whose name (or alias) matches what was typed, case and accents ignored: the whole name
 * first, then names that start with it, then names with a word that starts with it; larger towns
 * first within each group.
 */
export function matchTowns(towns: readonly Town[], query: string, limit = TOWN_SUGGESTIONS): TownMatch[] {
	const q = normalise(query).trim().replace(/\s+/g, ' ');
	if (q.length < MIN_TOWN_QUERY) return [];
	const scored: Array<TownMatch & { rank: number }> = [];
	for (const town of towns) {
		let best: { rank: number; matched: string } | null = null;
		for (const name of [town.name, ...town.aliases]) {
			const n = normalise(name);
			const rank = n === q ? 0 : n.startsWith(q) ? 1 : n.split(/[\s\-'’]+/).some((word) => word.startsWith(q)) ? 2 : -1;
			if (rank >= 0 && (!best || rank < best.rank)) best = { rank, matched: name };
		}
		if (best) scored.push({ town, matched: best.matched, rank: best.rank });
	}
	scored.sort((a, b) => a.rank - b.rank || b.town.population - a.town.population || a.town.name.localeCompare(b.town.name));
	return scored.slice(0, limit).map(({ town, matched }) => ({ town, matched }));
}

/** Degrees kept in `near=lat,lon` (explore-params rounds to 4 decimals). */
const round4 = (n: number) => Number(n.toFixed(4));

/** The town at exactly this point (as a link's `near=lat,lon` gives it back), or null. */
export function townAt(towns: readonly Town[], lat: number, lon: number): Town | null {
	return towns.find((t) => round4(t.lat) === round4(lat) && round4(t.lon) === round4(lon)) ?? null;
}

/** The point a town gives `near=` (4 decimals, as the link keeps it). */
export function townPoint(town: Town): { kind: 'point'; lat: number; lon: number } {
	return { kind: 'point', lat: round4(town.lat), lon: round4(town.lon) };
}
