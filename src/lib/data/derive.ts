/** Pure views of the dataset for the map, the list and the site panel (region dossiers: ./dossier). */
import type { Position } from 'geojson';
import type { Initiative, Network, SiteFeature } from './schema';

/** A site belongs to an initiative as a hub, as a pilot's site, or through a member organisation. */
export function initiativesOfSite(siteId: string, siteOrganisations: string[] | undefined, network: Network): Initiative[] {
	const orgs = new Set(siteOrganisations ?? []);
	return network.initiatives.filter(
		(i) =>
			i.hub_sites.includes(siteId) ||
			i.pilots.some((p) => p.site === siteId) ||
			i.members.some((m) => orgs.has(m.organisation))
	);
}

export type DisplaySiteFeature = SiteFeature & { properties: SiteFeature['properties'] & { display_offset?: true } };

const SPREAD_RADIUS_KM = 1.5;
const KM_PER_DEGREE = 111.32;

function offsetPosition([lon = 0, lat = 0]: Position, angle: number): [number, number] {
	const dLat = (SPREAD_RADIUS_KM * Math.cos(angle)) / KM_PER_DEGREE;
	const dLon = (SPREAD_RADIUS_KM * Math.sin(angle)) / (KM_PER_DEGREE * Math.cos((lat * Math.PI) / 180));
	const round6 = (n: number) => Math.round(n * 1e6) / 1e6; // ≈ 0.1 m: enough, and stable output
	return [round6(lon + dLon), round6(lat + dLat)];
}

/** Display positions of the sites that are moved apart (see `spreadSharedPoints`), by id. */
export type SpreadPositions = Record<string, [number, number]>;

/**
 * Sites that share a point (all points are town centroids, e.g. CTA and Renault in Sevilla) are
 * moved onto a ≈1.5 km circle around it, in id order, so each marker can be clicked: their
 * display positions, by id. Computed at build time (data/geometry.ts `mapGeometry`).
 */
export function spreadPositions(sites: readonly SiteFeature[]): SpreadPositions {
	const groups = new Map<string, string[]>();
	for (const s of sites) {
		const key = s.geometry.coordinates.join(',');
		groups.set(key, [...(groups.get(key) ?? []), s.properties.id]);
	}
	const positions: SpreadPositions = {};
	for (const site of sites) {
		const group = (groups.get(site.geometry.coordinates.join(',')) ?? []).slice().sort();
		if (group.length < 2) continue;
		const angle = (2 * Math.PI * group.indexOf(site.properties.id)) / group.length;
		positions[site.properties.id] = offsetPosition(site.geometry.coordinates, angle);
	}
	return positions;
}

/**
 * The sites as the map draws them: those in `positions` at their display position, with
 * `display_offset: true`. The true point is not kept: it is only a town centroid anyway, and the
 * panel always says so. Input order and all other features are unchanged (the same objects).
 */
export function placeSites(sites: readonly SiteFeature[], positions: SpreadPositions): DisplaySiteFeature[] {
	return sites.map((site) => {
		if (!Object.hasOwn(positions, site.properties.id)) return site;
		return { ...site, geometry: { type: 'Point', coordinates: positions[site.properties.id]! }, properties: { ...site.properties, display_offset: true } };
	});
}

/** `placeSites` with the positions computed here (static maps, at build time). */
export function spreadSharedPoints(sites: readonly SiteFeature[]): DisplaySiteFeature[] {
	return placeSites(sites, spreadPositions(sites));
}
