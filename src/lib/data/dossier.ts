/** Pure views of the dataset for a region's dossier (panel and share page; loaded with them). */
import type { Initiative, Membership, Network, Organisation, Pilot, SiteFeature } from './schema';
import { STAGES, type Stage } from './vocab';

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
