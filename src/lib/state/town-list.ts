/**
 * Fetches the bundled town list (the basemap's city label points) the first time it is needed —
 * a person types in the search box, or a link measures from a point that may be a town — so
 * neither the file nor the matching code is part of the first bundle. The map usually has the
 * same file in the browser's cache already (it draws the city labels from it).
 */
import { base } from '$app/paths';
import { matchTowns, townAt, townsFrom, type CityFeature, type RegionCapital, type Town, type TownMatch } from './towns';

export const TOWNS_PATH = '/basemap/cities.geojson';

export type TownList = {
	towns: readonly Town[];
	/** Towns for what was typed, best first. */
	match(query: string): TownMatch[];
	/** The town at exactly this point, or null. */
	at(lat: number, lon: number): Town | null;
};

export function townList(towns: readonly Town[]): TownList {
	return { towns, match: (query) => matchTowns(towns, query), at: (lat, lon) => townAt(towns, lat, lon) };
}

export async function fetchTowns(regions: readonly RegionCapital[], fetcher: typeof fetch = fetch): Promise<TownList> {
	const response = await fetcher(`${base}${TOWNS_PATH}`);
	if (!response.ok) throw new Error(`${TOWNS_PATH}: HTTP ${response.status}`);
	const data = (await response.json()) as { features?: unknown };
	if (!Array.isArray(data.features)) throw new Error(`${TOWNS_PATH}: no features`);
	return townList(townsFrom(data.features as CityFeature[], regions));
}
