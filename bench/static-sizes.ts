/**
 * Sizes of the build-time SVG maps (issue 13): the gzipped bytes of every map SVG in the
 * prerendered pages of build/ (region pages, site pages, the poster of `/` and `/embed` when
 * present), and what the renderer produces for 10,000 synthetic sites, without and with the
 * aggregation of crowded views (src/lib/server/static-map/aggregate.ts).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeSyntheticDataset } from '../scripts/gen-synthetic';
import { regionBounds } from '../src/lib/data/geometry';
import { readDataset } from '../src/lib/server/load';
import type { Camera, Size } from '../src/lib/map/mercator';
import { defaultCamera, regionCamera, renderStaticMap, siteCamera, staticStyle } from '../src/lib/server/static-map';
import { MAX_SITES_IN_VIEW } from '../src/lib/server/static-map/aggregate';
import { REGION_MAP_SIZE, SITE_MAP_SIZE } from '../src/lib/map/static-sizes';

const gz = (s: string) => gzipSync(s, { level: 9 }).length;
const MAP_SVG = /<svg[^>]*class="bvm-map-svg[^"]*"[\s\S]*?<\/svg>/g;

export type SvgGroup = { kind: string; pages: number; maps: number; gzip: { total: number; mean: number; max: number }; raw: { mean: number; max: number } };

function htmlFiles(dir: string): string[] {
	const out: string[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) out.push(...htmlFiles(path));
		else if (entry.name.endsWith('.html')) out.push(path);
	}
	return out;
}

/** Which kind of page an HTML file of the build is: its map is a poster, a region or a site map. */
function kindOf(file: string): string {
	const path = file.replace(/^(es|it)\//, '');
	if (path === 'index.html' || path === 'embed.html') return 'poster (/, /embed)';
	if (path.startsWith('regions/')) return 'region pages';
	if (path.startsWith('sites/')) return 'site pages';
	return 'other pages';
}

/** Every map SVG in build/'s HTML, grouped by page kind. */
export function builtSvgSizes(buildDir: string): SvgGroup[] {
	const groups = new Map<string, { pages: Set<string>; gz: number[]; raw: number[] }>();
	for (const file of htmlFiles(buildDir)) {
		const html = readFileSync(file, 'utf8');
		const rel = relative(buildDir, file);
		for (const [svg] of html.matchAll(MAP_SVG)) {
			const kind = kindOf(rel);
			const g = groups.get(kind) ?? { pages: new Set<string>(), gz: [], raw: [] };
			g.pages.add(rel);
			g.gz.push(gz(svg));
			g.raw.push(Buffer.byteLength(svg));
			groups.set(kind, g);
		}
	}
	return [...groups].map(([kind, g]) => ({
		kind,
		pages: g.pages.size,
		maps: g.gz.length,
		gzip: { total: g.gz.reduce((a, b) => a + b, 0), mean: Math.round(g.gz.reduce((a, b) => a + b, 0) / g.gz.length), max: Math.max(...g.gz) },
		raw: { mean: Math.round(g.raw.reduce((a, b) => a + b, 0) / g.raw.length), max: Math.max(...g.raw) }
	}));
}

export type SyntheticSvg = {
	view: string;
	size: Size;
	zoom: number;
	sitesInView: number | null;
	before: { raw: number; gzip: number; links: number };
	after: { raw: number; gzip: number; links: number };
	ms: number;
};

/** The renderer on `count` synthetic sites (same generator as the scale runs): the default view, the first region, one site's view. */
export function syntheticSvgSizes(count: number, dataDir: string): SyntheticSvg[] {
	const tmp = mkdtempSync(join(tmpdir(), 'bvm-bench-svg-'));
	try {
		writeSyntheticDataset(tmp, count, 1, dataDir);
		const data = readDataset(tmp);
		const style = staticStyle(data);
		const links = { href: (id: string) => `/sites/${id}`, label: (p: Record<string, unknown>) => String(p.name) };
		const region = data.regions[0]!;
		const rid = region.properties.id;
		const inRegion = data.sites.filter((s) => s.properties.region === rid).map((s) => s.geometry.coordinates as [number, number]);
		const views: Array<[string, Camera, Size]> = [
			['default view (/), 1280×800', defaultCamera(data, { width: 1280, height: 800 }), { width: 1280, height: 800 }],
			[`region page ${rid}`, regionCamera(regionBounds([region])[rid]!, inRegion, REGION_MAP_SIZE), REGION_MAP_SIZE],
			['zoom 8 in that region, 1280×800', { center: inRegion[0]!, zoom: 8 }, { width: 1280, height: 800 }],
			['site page view', siteCamera(inRegion[0]!, SITE_MAP_SIZE), SITE_MAP_SIZE]
		];
		return views.map(([view, camera, size]) => {
			const render = (maxSitesInView: number) =>
				renderStaticMap({ style, camera, size, title: 'Synthetic', description: `${count} synthetic sites`, id: 'bench', links, maxSitesInView });
			const measure = (svg: string) => ({ raw: Buffer.byteLength(svg), gzip: gz(svg), links: (svg.match(/<a /g) ?? []).length });
			const before = measure(render(Infinity));
			const t0 = performance.now();
			const svg = render(MAX_SITES_IN_VIEW);
			const ms = Math.round(performance.now() - t0);
			const aggregated = /data-sites-aggregated="(\d+)"/.exec(svg)?.[1];
			return { view, size, zoom: Math.round(camera.zoom * 100) / 100, sitesInView: aggregated ? Number(aggregated) : null, before, after: measure(svg), ms };
		});
	} finally {
		rmSync(tmp, { recursive: true, force: true });
	}
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export function svgReport(built: SvgGroup[], synthetic: SyntheticSvg[], count: number): string[] {
	const out: string[] = [];
	const w = [22, 7, 6, 26, 20];
	const row = (cells: Array<string | number>) => cells.map((c, i) => String(c).padEnd(w[i] ?? 12)).join(' ');
	out.push(row(['pages', 'pages', 'maps', 'gzip mean / max / total', 'raw mean / max']));
	for (const g of built)
		out.push(row([g.kind, g.pages, g.maps, `${kb(g.gzip.mean)} / ${kb(g.gzip.max)} / ${kb(g.gzip.total)}`, `${kb(g.raw.mean)} / ${kb(g.raw.max)}`]));
	if (!built.some((g) => g.kind.startsWith('poster'))) out.push('poster: no poster in build/index.html or build/embed.html (not on this branch yet)');
	out.push('');
	out.push(
		`${count} synthetic sites through the renderer; aggregated above ${MAX_SITES_IN_VIEW} sites in a view (before = every site linked, after = aggregated)`
	);
	const w2 = [34, 6, 10, 30, 30, 8];
	const row2 = (cells: Array<string | number>) => cells.map((c, i) => String(c).padEnd(w2[i] ?? 12)).join(' ');
	out.push(row2(['view', 'zoom', 'in view', 'before raw / gz (links)', 'after raw / gz (links)', 'render']));
	for (const s of synthetic)
		out.push(
			row2([
				s.view,
				s.zoom,
				s.sitesInView ?? `≤ ${MAX_SITES_IN_VIEW}`,
				`${kb(s.before.raw)} / ${kb(s.before.gzip)} (${s.before.links})`,
				`${kb(s.after.raw)} / ${kb(s.after.gzip)} (${s.after.links})`,
				`${s.ms} ms`
			])
		);
	return out;
}
