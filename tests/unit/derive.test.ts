import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { describe, expect, it } from 'vitest';
import { initiativesOfSite, placeSites, spreadPositions, spreadSharedPoints } from '../../src/lib/data/derive';
import { mapGeometry, networkLines, regionAnchor } from '../../src/lib/data/geometry';
import { membersInRegion, regionLevelPilots, sitesOfRegionByStage } from '../../src/lib/data/dossier';
import { readDataset } from '../../src/lib/server/load';
import { STAGES, type SiteFeature } from '../../src/lib/data/schema';

const dataset = readDataset();
const { network, sites, regions } = dataset;
const siteById = (id: string): SiteFeature => {
	const site = sites.find((s) => s.properties.id === id);
	if (!site) throw new Error(`no site ${id}`);
	return site;
};
const initiativeIds = (siteId: string): string[] => initiativesOfSite(siteId, siteById(siteId).properties.organisations, network).map((i) => i.id);

describe('initiativesOfSite', () => {
	it('links CTA Sevilla to BATMASS through its organisation', () => {
		expect(initiativeIds('cta-sevilla')).toEqual(['batmass']);
	});
	it('links hub sites to their initiative', () => {
		expect(initiativeIds('orano-cime-bessines')).toEqual(['batmass']);
		expect(initiativeIds('kemijski-institut-ljubljana')).toEqual(['s3p-ambp']);
	});
	it('links ISMC León to both initiatives', () => {
		expect(initiativeIds('ismc-icamcyl-leon')).toEqual(['s3p-ambp', 'batmass']);
	});
	it('links a site with no organisation to nothing', () => {
		expect(initiativeIds('memesa-medina-del-campo')).toEqual([]);
	});
});

describe('sitesOfRegionByStage', () => {
	const groups = sitesOfRegionByStage('ES61', sites);
	it('follows STAGES order and sorts sites by name', () => {
		const order = groups.map((g) => STAGES.indexOf(g.stage));
		expect(order).toEqual([...order].sort((a, b) => a - b));
		for (const g of groups) {
			const names = g.sites.map((s) => s.properties.name);
			expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
		}
	});
	it('lists a site under each of its stages, and only sites of the region', () => {
		const research = groups.find((g) => g.stage === 'research')?.sites.map((s) => s.properties.id);
		expect(research).toContain('cta-sevilla');
		const all = groups.flatMap((g) => g.sites);
		expect(all.every((s) => s.properties.region === 'ES61')).toBe(true);
		const cruces = groups.filter((g) => g.sites.some((s) => s.properties.id === 'cobre-las-cruces-pmr')).map((g) => g.stage);
		expect(cruces).toEqual(['hydrometallurgy', 'refining', 'mining']);
	});
});

describe('regionLevelPilots and membersInRegion', () => {
	it('finds the reverse-logistics demonstrator in Lombardy', () => {
		const pilots = regionLevelPilots('ITC4', network).map(({ initiative, pilot }) => `${initiative.id}/${pilot.id}`);
		expect(pilots).toEqual(['batmass/batmass-reverse-logistics-lombardy']);
	});
	it('finds the raw-materials pilot in both Spanish valleys but not pilots with a site', () => {
		expect(regionLevelPilots('ES41', network).map((p) => p.pilot.id)).toEqual(['s3p-raw-materials-supply-pilot']);
		expect(regionLevelPilots('FRI2', network)).toEqual([]);
	});
	it('lists BATMASS members based in Lombardy', () => {
		const members = membersInRegion('ITC4', network).map((m) => `${m.initiative.id}/${m.organisation.id}`);
		expect(members).toEqual(['batmass/polimi', 'batmass/unipv', 'batmass/afil']);
	});
});

describe('mapGeometry bounds', () => {
	it('gives every region a box that holds all of its vertices', () => {
		const { bounds } = mapGeometry(dataset);
		expect(Object.keys(bounds).sort()).toEqual(dataset.regions.map((r) => r.properties.id).sort());
		for (const region of dataset.regions) {
			const [w, s, e, n] = bounds[region.properties.id]!;
			expect(w < e && s < n, region.properties.id).toBe(true);
			const rings = region.geometry.type === 'Polygon' ? region.geometry.coordinates : region.geometry.coordinates.flat();
			for (const [lon = NaN, lat = NaN] of rings.flat()) {
				expect(lon >= w && lon <= e && lat >= s && lat <= n, `${region.properties.id} ${lon},${lat}`).toBe(true);
			}
		}
	});
});

describe('regionAnchor', () => {
	it('lies inside every region', () => {
		for (const region of regions) expect(booleanPointInPolygon(regionAnchor(region), region.geometry), region.properties.id).toBe(true);
	});
});

describe('networkLines', () => {
	const lines = networkLines(dataset).features;
	it('draws arcs for both initiatives', () => {
		expect(new Set(lines.map((l) => l.properties.initiative))).toEqual(new Set(['s3p-ambp', 'batmass']));
		// 3 regions + 1 hub per initiative: 4 nodes, 6 pairs each.
		expect(lines).toHaveLength(12);
		for (const l of lines) expect(l.geometry.coordinates).toHaveLength(32);
	});
	it('reaches Bessines for BATMASS and Ljubljana for the S3P', () => {
		const ends = (id: string) => lines.filter((l) => l.properties.initiative === id).flatMap((l) => [l.properties.from, l.properties.to]);
		expect(ends('batmass')).toContain('orano-cime-bessines');
		expect(ends('s3p-ambp')).toContain('kemijski-institut-ljubljana');
		const toBessines = lines.find((l) => l.properties.to === 'orano-cime-bessines');
		expect(toBessines?.geometry.coordinates.at(-1)).toEqual(siteById('orano-cime-bessines').geometry.coordinates);
	});
});

describe('spreadSharedPoints', () => {
	const spread = spreadSharedPoints(sites);
	const point = (id: string) => spread.find((s) => s.properties.id === id);
	it('gives the two Sevilla sites different displayed points about 1.5 km apart', () => {
		const cta = point('cta-sevilla');
		const renault = point('renault-refactory-sevilla');
		expect(cta?.geometry.coordinates).not.toEqual(renault?.geometry.coordinates);
		expect(cta?.properties.display_offset).toBe(true);
		const [, latA = 0] = cta?.geometry.coordinates ?? [];
		const [, latB = 0] = renault?.geometry.coordinates ?? [];
		expect(Math.abs(latA - latB) * 111.32).toBeCloseTo(3, 1); // opposite ends of a 1.5 km circle
	});
	it('leaves sites with their own point untouched and keeps order', () => {
		expect(point('memesa-medina-del-campo')).toBe(siteById('memesa-medina-del-campo'));
		expect(spread.map((s) => s.properties.id)).toEqual(sites.map((s) => s.properties.id));
		expect(spread.filter((s) => s.properties.display_offset)).toHaveLength(4);
	});
	it('is deterministic', () => {
		expect(spreadSharedPoints([...sites].reverse()).reverse()).toEqual(spread);
	});
});

describe('the map geometry the build ships (mapGeometry)', () => {
	const geometry = JSON.parse(JSON.stringify(mapGeometry(dataset))) as ReturnType<typeof mapGeometry>;

	it('moves only the sites that share a town point, and the browser places them where the static maps do', () => {
		expect(Object.keys(geometry.spread).sort()).toEqual([
			'ciuden-naturgy-second-life-cubillos',
			'cta-sevilla',
			'novolitio-cubillos-del-sil',
			'renault-refactory-sevilla'
		]);
		expect(placeSites(sites, geometry.spread)).toEqual(spreadSharedPoints(sites));
	});

	it('reads a position only for the ids it holds (an id named like an Object method stays put)', () => {
		const site = { ...siteById('memesa-medina-del-campo'), properties: { ...siteById('memesa-medina-del-campo').properties, id: 'constructor' } };
		expect(placeSites([site], spreadPositions([site]))[0]).toBe(site);
	});

	it('holds the regions source: each region polygon, the network links and a label point per valley', () => {
		const roles = (role: string) => geometry.regions.features.filter((f) => f.properties?.role === role);
		expect(roles('area').map((f) => f.properties?.id)).toEqual(regions.map((r) => r.properties.id));
		expect(roles('link')).toHaveLength(networkLines(dataset).features.length);
		expect(roles('label').map((f) => f.properties?.id)).toEqual(regions.filter((r) => r.properties.kind === 'valley').map((r) => r.properties.id));
	});
});
