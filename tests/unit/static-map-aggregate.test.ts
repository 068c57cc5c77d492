import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import type { GeoJSONSourceSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { readDataset } from '$lib/server/load';
import { CLUSTER_MAX_ZOOM } from '$lib/map/layers';
import { LIGHT } from '$lib/map/themes';
import { fitCamera, type Camera, type Size } from '$lib/map/mercator';
import { defaultCamera, renderStaticMap, staticStyle } from '$lib/server/static-map';
import { MAX_SITES_IN_VIEW } from '$lib/server/static-map/aggregate';

const real = readDataset('data');
const base = staticStyle(real);
const template = ((base.sources.sites as GeoJSONSourceSpecification).data as FeatureCollection<Point>).features[0]!;
const SIZE: Size = { width: 800, height: 500 };
/** Castilla y León and around: every generated site lies inside this box. */
const BOX: [number, number, number, number] = [-6, 40.6, -2, 42.6];

/** `n` clearly fake sites, seeded, spread over BOX, with a real site's other properties (stage, status). */
function styleWithSites(n: number): StyleSpecification {
	let seed = 7;
	const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
	const features: Array<Feature<Point>> = Array.from({ length: n }, (_, i) => {
		const id = `synthetic-${i + 1}`;
		const lon = BOX[0] + random() * (BOX[2] - BOX[0]);
		const lat = BOX[1] + random() * (BOX[3] - BOX[1]);
		return {
			type: 'Feature',
			id,
			geometry: { type: 'Point', coordinates: [lon, lat] },
			properties: { ...template.properties, id, name: `Synthetic site ${i + 1}` }
		};
	});
	const sites = { ...(base.sources.sites as GeoJSONSourceSpecification), data: { type: 'FeatureCollection', features } };
	return { ...base, sources: { ...base.sources, sites } } as StyleSpecification;
}

const links = { href: (id: string) => `/sites/${id}`, label: (p: Record<string, unknown>) => String(p.name) };
const render = (style: StyleSpecification, camera: Camera, maxSitesInView?: number) =>
	renderStaticMap({ style, camera, size: SIZE, title: 'Test map', description: 'Synthetic sites', id: 't', links, maxSitesInView });
const siteLinkCount = (svg: string) => (svg.match(/<a href="\/sites\/synthetic-/g) ?? []).length;
/** Cluster symbols: circles in the live map's cluster colour. */
const clusterCount = (svg: string) => svg.split(`fill="${LIGHT.cluster.fill}"`).length - 1;
const aggregatedAttr = (svg: string) => /data-sites-aggregated="(\d+)"/.exec(svg)?.[1];
/** The whole box in view, at the zoom where the live map clusters. */
const fitted = fitCamera(BOX, SIZE, { padding: { top: 40, right: 40, bottom: 40, left: 40 } });

describe('crowded views are drawn as aggregated symbols', () => {
	test(`at exactly ${MAX_SITES_IN_VIEW} sites in view every site keeps its own link`, () => {
		expect(fitted.zoom).toBeLessThanOrEqual(CLUSTER_MAX_ZOOM + 1);
		const svg = render(styleWithSites(MAX_SITES_IN_VIEW), fitted);
		expect(aggregatedAttr(svg)).toBeUndefined();
		expect(siteLinkCount(svg)).toBe(MAX_SITES_IN_VIEW);
	});

	test(`one more site (${MAX_SITES_IN_VIEW + 1}) and only the sites drawn on their own keep a link`, () => {
		const style = styleWithSites(MAX_SITES_IN_VIEW + 1);
		const svg = render(style, fitted);
		expect(aggregatedAttr(svg)).toBe(String(MAX_SITES_IN_VIEW + 1));
		// The clusters are still drawn (same picture as below the threshold), with their counts.
		expect(clusterCount(svg)).toBeGreaterThan(0);
		expect(clusterCount(svg)).toBe(clusterCount(render(style, fitted, Infinity)));
		const ownLinks = siteLinkCount(svg);
		expect(ownLinks).toBeLessThan(MAX_SITES_IN_VIEW / 2);
		// The same view without the threshold links every site.
		expect(siteLinkCount(render(style, fitted, Infinity))).toBe(MAX_SITES_IN_VIEW + 1);
	});

	test('10,000 sites: the SVG stays small (under 60 KB gzipped, a fifth of the unaggregated one)', () => {
		const style = styleWithSites(10_000);
		const after = gzipSync(render(style, fitted)).length;
		const before = gzipSync(render(style, fitted, Infinity)).length;
		expect(after).toBeLessThan(60 * 1024);
		expect(after * 5).toBeLessThan(before);
	});

	test('above the zoom where the live map stops clustering, a crowded view is clustered further', () => {
		const style = styleWithSites(10_000);
		const camera: Camera = { center: [-4, 41.6], zoom: CLUSTER_MAX_ZOOM + 1.5 };
		const plain = render(style, camera, Infinity);
		const svg = render(style, camera);
		expect(Number(aggregatedAttr(svg))).toBeGreaterThan(MAX_SITES_IN_VIEW);
		// Unaggregated: every site in view is a drawn point with its link; aggregated: cluster symbols, far fewer links.
		expect(siteLinkCount(plain)).toBeGreaterThan(MAX_SITES_IN_VIEW);
		expect(siteLinkCount(svg)).toBeLessThan(siteLinkCount(plain) / 3);
		expect(clusterCount(plain)).toBe(0);
		expect(clusterCount(svg)).toBeGreaterThan(5);
		expect(svg.length * 2).toBeLessThan(plain.length);
	});

	test('the real data are never aggregated (default view: every site linked)', () => {
		const svg = renderStaticMap({
			style: base,
			camera: defaultCamera(real, { width: 1280, height: 800 }),
			size: { width: 1280, height: 800 },
			title: 'Map',
			description: 'All sites',
			id: 'r',
			links
		});
		expect(aggregatedAttr(svg)).toBeUndefined();
		expect((svg.match(/<a href="\/sites\//g) ?? []).length).toBe(real.sites.length);
	});
});
