import { readFileSync } from 'node:fs';

// The tests compare what the map shows with the shipped data files.
type SiteProps = { id: string; name: string; region: string; sources: Array<{ url: string }>; coord_precision: string; confidence: string };
type Site = { geometry: { coordinates: [number, number] }; properties: SiteProps };

export const sites: Site[] = JSON.parse(readFileSync('data/sites.geojson', 'utf8')).features;
export const siteById = (id: string): Site => {
	const site = sites.find((s) => s.properties.id === id);
	if (!site) throw new Error(`no site ${id} in data/sites.geojson`);
	return site;
};
export const VALLEYS = ['ES41', 'ES61', 'ITC4'] as const;
