/** Pure views of the dataset for the panel and the map. */
import type { Position } from 'geojson';
import { STAGES, type Initiative, type Membership, type Network, type Organisation, type Pilot, type RegionFeature, type SiteFeature, type Stage } from './schema';

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

const byName = (a: SiteFeature, b: SiteFeature): number => a.properties.name.localeCompare(b.properties.name, 'en');

/** The region's sites grouped by value-chain stage, in STAGES order; empty stages are left out. */
export function sitesOfRegionByStage(regionId: string, sites: SiteFeature[]): Array<{ stage: Stage; sites: SiteFeature[] }> {
	const inRegion = sites.filter((s) => s.properties.region === regionId);
	return STAGES.map((stage) => ({ stage, sites: inRegion.filter((s) => s.properties.stages.includes(stage)).sort(byName) })).filter(
		(group) => group.sites.length > 0
	);
}

/** Pilots without a map point that involve the region (shown in the region panel instead). */
export function regionLevelPilots(regionId: string, network: Network): Array<{ initiative: Initiative; pilot: Pilot }> {
	return network.initiatives.flatMap((initiative) =>
		initiative.pilots.filter((p) => p.site === undefined && p.regions.includes(regionId)).map((pilot) => ({ initiative, pilot }))
	);
}

/** Initiative members whose organisation is based in the region. */
export function membersInRegion(
	regionId: string,
	network: Network
): Array<{ initiative: Initiative; membership: Membership; organisation: Organisation }> {
	const orgs = new Map(network.organisations.map((o) => [o.id, o]));
	return network.initiatives.flatMap((initiative) =>
		initiative.members.flatMap((membership) => {
			const organisation = orgs.get(membership.organisation);
			return organisation?.region === regionId ? [{ initiative, membership, organisation }] : [];
		})
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

/**
 * Sites that share a point (all points are town centroids, e.g. CTA and Renault in Sevilla) are
 * moved onto a ≈1.5 km circle around it, in id order, so each marker can be clicked. The true
 * point is not kept: it is only a town centroid anyway, and the panel always says so. Moved
 * features carry `display_offset: true`; input order and all other features are unchanged.
 */
export function spreadSharedPoints(sites: SiteFeature[]): DisplaySiteFeature[] {
	const groups = new Map<string, string[]>();
	for (const s of sites) {
		const key = s.geometry.coordinates.join(',');
		groups.set(key, [...(groups.get(key) ?? []), s.properties.id]);
	}
	return sites.map((site) => {
		const group = (groups.get(site.geometry.coordinates.join(',')) ?? []).slice().sort();
		if (group.length < 2) return site;
		const angle = (2 * Math.PI * group.indexOf(site.properties.id)) / group.length;
		return {
			...site,
			geometry: { type: 'Point', coordinates: offsetPosition(site.geometry.coordinates, angle) },
			properties: { ...site.properties, display_offset: true }
		};
	});
}
