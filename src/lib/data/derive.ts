/** Pure views of the dataset for the panel and the map. */
import type { Feature, FeatureCollection, LineString, Position } from 'geojson';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import centroid from '@turf/centroid';
import greatCircle from '@turf/great-circle';
import { STAGES, type Dataset, type Initiative, type Membership, type Network, type Organisation, type Pilot, type RegionFeature, type SiteFeature, type Stage } from './schema';

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

/**
 * Horizontal scan through `lat`: the middle of the widest stretch inside the polygon. A fallback
 * for when the vertex centroid of a concave region falls outside it.
 */
function scanlineAnchor(region: RegionFeature, lat: number): [number, number] | null {
	const polygons = region.geometry.type === 'Polygon' ? [region.geometry.coordinates] : region.geometry.coordinates;
	const crossings: number[] = [];
	for (const ring of polygons.flat()) {
		for (let i = 1; i < ring.length; i++) {
			const [x1 = 0, y1 = 0] = ring[i - 1] ?? [];
			const [x2 = 0, y2 = 0] = ring[i] ?? [];
			if (y1 <= lat !== y2 <= lat) crossings.push(x1 + ((lat - y1) / (y2 - y1)) * (x2 - x1));
		}
	}
	crossings.sort((a, b) => a - b);
	let best: [number, number] | null = null;
	for (let i = 0; i + 1 < crossings.length; i += 2) {
		const [a = 0, b = 0] = [crossings[i], crossings[i + 1]];
		if (!best || b - a > best[1] - best[0]) best = [a, b];
	}
	return best ? [(best[0] + best[1]) / 2, lat] : null;
}

/** A point inside the region for labels and network lines: its centroid, or a scanline point if that falls outside. */
export function regionAnchor(region: RegionFeature): [number, number] {
	const [lon = 0, lat = 0] = centroid(region).geometry.coordinates;
	if (booleanPointInPolygon([lon, lat], region.geometry)) return [lon, lat];
	return scanlineAnchor(region, lat) ?? [lon, lat];
}

type NetworkNode = { id: string; position: Position };

function initiativeNodes(initiative: Initiative, dataset: Dataset): NetworkNode[] {
	const regions = initiative.regions.flatMap((id) => {
		const region = dataset.regions.find((r) => r.properties.id === id);
		return region ? [{ id, position: regionAnchor(region) }] : [];
	});
	const hubs = initiative.hub_sites.flatMap((id) => {
		const site = dataset.sites.find((s) => s.properties.id === id);
		return site ? [{ id, position: site.geometry.coordinates }] : [];
	});
	return [...regions, ...hubs];
}

export type NetworkLineProperties = { initiative: string; from: string; to: string };

/** Great-circle arcs between every pair of an initiative's nodes (its regions and hub sites). */
export function networkLines(dataset: Dataset): FeatureCollection<LineString, NetworkLineProperties> {
	const features: Array<Feature<LineString, NetworkLineProperties>> = [];
	for (const initiative of dataset.network.initiatives) {
		const nodes = initiativeNodes(initiative, dataset);
		nodes.forEach((from, i) =>
			nodes.slice(i + 1).forEach((to) => {
				const arc = greatCircle(from.position, to.position, { npoints: 32 });
				// Arcs split only across the antimeridian, which European pairs never cross.
				if (arc.geometry.type !== 'LineString') return;
				features.push({
					type: 'Feature',
					geometry: arc.geometry,
					properties: { initiative: initiative.id, from: from.id, to: to.id }
				});
			})
		);
	}
	return { type: 'FeatureCollection', features };
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
