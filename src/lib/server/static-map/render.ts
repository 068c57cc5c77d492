/**
 * Draws the live map's style (buildAppStyle: the same sources, layers and draw order) for one
 * camera as an SVG document. The picture is a `role="img"` group with the title and description;
 * every site drawn on it (or hidden in a drawn cluster) is an `<a>` to its page, named for
 * screen readers and reachable with Tab.
 */
import type { LayerSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection, Point } from 'geojson';
import type { Camera, Size } from '$lib/map/mercator';
import { compileLayers, type CompiledLayer, type Props, type State } from './evaluate';
import { Projector, type XY } from './geometry';
import { aggregatedSource, MAX_SITES_IN_VIEW, sitesInView } from './aggregate';
import { clusterLeaves, sourceFeatures, type SourceFeature } from './sources';
import { placeSymbols, type SymbolInput } from './symbols';
import { esc } from './text';
import { compactSvgBody } from './compact';

export type SiteLinks = {
	href: (id: string) => string;
	/** Accessible name of a site's link (e.g. its name, stage and status). */
	label: (props: Props) => string;
	/** Where the links open (`_blank` from an embed: a site's page may not be framed by other websites). */
	target?: string;
};

export type StaticMapOptions = {
	style: StyleSpecification;
	camera: Camera;
	size: Size;
	title: string;
	description: string;
	/** Prefix of the element ids (title, description): unique within the page. */
	id: string;
	/** Links on sites (pages, poster); none for images (share cards). */
	links?: SiteLinks | null;
	/** Above this many sites in the view they are drawn as aggregated symbols (default MAX_SITES_IN_VIEW, see aggregate.ts). */
	maxSitesInView?: number;
	/** Feature-state by source id and feature id (`promoteId: 'id'`), e.g. `{ sites: { x: { selected: true } } }`. */
	state?: Record<string, Record<string, State>>;
	className?: string;
	/**
	 * The part of the drawing the SVG's viewBox shows (default: all of `size`). The rest stays drawn
	 * and, with `overflow: visible`, fills a box of another aspect ratio around it (the poster).
	 */
	frame?: { x: number; y: number; width: number; height: number };
	/** Outlines in whole pixels instead of tenths (large pictures such as the poster: a third fewer bytes). */
	wholePixels?: boolean;
	/** Douglas–Peucker tolerance in px (default MapLibre's 0.375; whole pixels already round by up to 0.5). */
	simplify?: number;
};

/** The app's site source: its unclustered points carry links. */
const SITES = 'sites';

const r1 = (v: number) => Math.round(v * 10) / 10;
const op = (v: number) => Math.round(v * 1000) / 1000;
const geometryType = (f: SourceFeature): 1 | 2 | 3 =>
	f.geometry.type === 'Point' || f.geometry.type === 'MultiPoint' ? 1 : f.geometry.type.includes('Line') ? 2 : 3;

type SitePart = { props: Props; xy: XY; parts: string[]; labels: string[] };

/** Everything drawn for a view: the picture's layers, the sites (their symbols, labels, links) and how crowded it was. */
function draw(o: StaticMapOptions): Drawing {
	const zoom = o.camera.zoom;
	const projector = new Projector(o.camera, o.size, 12, o.wholePixels ? 1 : 10, o.simplify);
	const layers = compileLayers(o.style.layers as LayerSpecification[]).filter((l) => l.visibleAt(zoom));
	const cache = new Map<string, SourceFeature[]>();
	const featuresOf = (source: string) => {
		let list = cache.get(source);
		if (!list) {
			const spec = o.style.sources[source];
			list = spec ? sourceFeatures(spec, zoom) : [];
			cache.set(source, list);
		}
		return list;
	};
	// A crowded view: sites drawn as aggregated symbols, only the ones drawn on their own keep a link.
	const inView = sitesInView(featuresOf(SITES), projector);
	const aggregated = inView > (o.maxSitesInView ?? MAX_SITES_IN_VIEW);
	const deeper = aggregated ? aggregatedSource(o.style.sources[SITES], zoom) : null;
	if (deeper && deeper !== o.style.sources[SITES]) cache.set(SITES, sourceFeatures(deeper, zoom));
	// …and the sites inside its clusters get no link of their own.
	const clusteredSites: typeof sitesInClusters = aggregated ? () => [] : sitesInClusters;
	const stateOf = (source: string, props: Props): State => o.state?.[source]?.[String(props.id)] ?? {};
	const sourceOf = (l: CompiledLayer) => ('source' in l.layer ? (l.layer.source as string) : '');
	const isSite = (source: string, props: Props) => source === SITES && o.links && props.point_count === undefined && typeof props.id === 'string';

	const sites = new Map<string, SitePart>();
	const site = (props: Props, xy: XY) => {
		const id = String(props.id);
		let part = sites.get(id);
		if (!part) sites.set(id, (part = { props, xy, parts: [], labels: [] }));
		return part;
	};

	const symbolInputs: SymbolInput[] = layers
		.filter((l) => l.layer.type === 'symbol')
		.map((l) => {
			const source = sourceOf(l);
			return {
				layer: l,
				zoom,
				features: featuresOf(source)
					.filter((f) => f.geometry.type === 'Point' && l.accepts(zoom, f.properties, 1))
					.map((f) => ({
						xy: projector.point((f.geometry as Point).coordinates),
						props: f.properties,
						state: stateOf(source, f.properties),
						key: isSite(source, f.properties) ? String(f.properties.id) : undefined
					}))
			};
		});
	const placed = placeSymbols(symbolInputs, projector);

	const picture: string[] = [];
	for (const l of layers) {
		const source = sourceOf(l);
		const features = l.layer.type === 'background' ? [] : featuresOf(source);
		switch (l.layer.type) {
			case 'background': {
				const c = l.color('background-color', zoom);
				picture.push(`<rect width="${o.size.width}" height="${o.size.height}" fill="${c.color}"/>`);
				break;
			}
			case 'fill':
				picture.push(fills(l, zoom, features, projector, source, stateOf));
				break;
			case 'line':
				picture.push(lines(l, zoom, features, projector, source, stateOf));
				break;
			case 'circle':
				for (const f of features) {
					if (f.geometry.type !== 'Point' || !l.accepts(zoom, f.properties, 1)) continue;
					const xy = projector.point(f.geometry.coordinates);
					if (!projector.inside(xy, 24)) continue;
					const svg = circle(l, zoom, f.properties, stateOf(source, f.properties), xy);
					if (!svg) continue;
					if (isSite(source, f.properties)) site(f.properties, xy).parts.push(svg);
					else picture.push(svg);
				}
				break;
			case 'symbol':
				for (const p of placed.get(l.layer.id) ?? []) {
					const owner = p.key ? sites.get(p.key) : undefined;
					// A site's label follows its link, hidden from assistive technology: the link's name says it.
					if (owner) owner.labels.push(p.svg.replace('<text ', '<text aria-hidden="true" '));
					else picture.push(p.svg);
				}
				break;
		}
	}

	const inClusters = o.links ? clusteredSites(o.style, featuresOf(SITES), projector) : [];
	return { picture, sites, inClusters, aggregated: aggregated ? inView : null };
}

type Drawing = { picture: string[]; sites: Map<string, SitePart>; inClusters: Array<{ props: Props; xy: XY }>; aggregated: number | null };

/** The root `<svg>`'s attributes and its title, description and focus style. */
function rootOf(o: StaticMapOptions, hasLinks: boolean, aggregated: number | null): { open: string; head: string } {
	const frame = o.frame ?? { x: 0, y: 0, ...o.size };
	const titleId = `${o.id}-title`;
	const descId = `${o.id}-desc`;
	const root = [
		'xmlns="http://www.w3.org/2000/svg"',
		`viewBox="${frame.x} ${frame.y} ${frame.width} ${frame.height}"`,
		`width="${frame.width}"`,
		`height="${frame.height}"`,
		o.frame ? 'overflow="visible"' : '',
		`class="bvm-map-svg${o.className ? ` ${o.className}` : ''}"`,
		// With links the picture is one image among them; without, the whole SVG is the image.
		`role="${hasLinks ? 'group' : 'img'}"`,
		`aria-labelledby="${titleId}"`,
		`aria-describedby="${descId}"`,
		'font-family="Noto Sans, sans-serif"',
		// The camera drawn (centre longitude, latitude, zoom): the live map can open at exactly this view.
		`data-camera="${o.camera.center.map((v) => v.toFixed(6)).join(',')},${o.camera.zoom.toFixed(6)}"`,
		// How many sites a crowded view holds, drawn as aggregated symbols (no link per site).
		aggregated !== null ? `data-sites-aggregated="${aggregated}"` : ''
	]
		.filter(Boolean)
		.join(' ');
	const css = hasLinks ? `<style>.bvm-map-svg a:focus{outline:none}.bvm-map-svg a:focus-visible .ring{stroke:#1a1a1a;stroke-width:3}</style>` : '';
	return { open: `<svg ${root}>`, head: `<title id="${titleId}">${esc(o.title)}</title><desc id="${descId}">${esc(o.description)}</desc>${css}` };
}

export function renderStaticMap(o: StaticMapOptions): string {
	const { picture, sites, inClusters, aggregated } = draw(o);
	const links = o.links ? siteLinks(o.links, [...sites.values()], inClusters) : '';
	const { open, head } = rootOf(o, links !== '', aggregated);
	const [titleId, descId] = [`${o.id}-title`, `${o.id}-desc`];
	const body = links ? `<g role="img" aria-labelledby="${titleId}" aria-describedby="${descId}">${picture.join('')}</g><g>${links}</g>` : picture.join('');
	return `${open}${head}${body}</svg>`;
}

/**
 * A large map in two parts (the poster): `picture`, a standalone SVG document of everything drawn
 * (the whole `size`, sites included), for an `<img>`: a file the browser fetches and caches instead
 * of 100+ KB of markup in every page; and `links`, the inline SVG over it with the same viewBox
 * and camera as renderStaticMap's, holding the title, description and the sites' links (with their
 * transparent targets and focus rings) but no visible drawing.
 */
export function renderSplitMap(o: StaticMapOptions): { picture: string; links: string } {
	const { picture, sites, inClusters } = draw(o);
	const drawnSites = () => [...sites.values()].map((s) => s.parts.join('') + s.labels.join(''));
	// Every site a target of the same size, as the clustered ones already are: the picture shows its symbol.
	const links = o.links ? siteLinks(o.links, [], [...sites.values(), ...inClusters]) : '';
	const { width, height } = o.size;
	const { open, head } = rootOf(o, links !== '', null);
	let doc: string | undefined;
	return {
		// Assembled and compacted only when read: a page needs its links, the picture file is written once.
		get picture() {
			return (doc ??= `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="Noto Sans, sans-serif">${compactSvgBody(picture.join('') + drawnSites().join(''))}</svg>`);
		},
		links: `${open}${head}<g>${links}</g></svg>`
	};
}

function fills(l: CompiledLayer, zoom: number, features: SourceFeature[], p: Projector, source: string, stateOf: (s: string, pr: Props) => State): string {
	const groups = new Map<string, string[]>();
	for (const f of features) {
		if (geometryType(f) !== 3 || !l.accepts(zoom, f.properties, 3)) continue;
		const state = stateOf(source, f.properties);
		const c = l.color('fill-color', zoom, f.properties, state);
		const opacity = op(l.number('fill-opacity', zoom, f.properties, state, 1) * c.opacity);
		if (opacity <= 0) continue;
		const d = p.path(f.geometry);
		if (!d) continue;
		const key = `fill="${c.color}"${opacity < 1 ? ` fill-opacity="${opacity}"` : ''}`;
		groups.set(key, [...(groups.get(key) ?? []), d]);
	}
	return [...groups].map(([attrs, ds]) => `<path fill-rule="evenodd" ${attrs} d="${ds.join('')}"/>`).join('');
}

function lines(l: CompiledLayer, zoom: number, features: SourceFeature[], p: Projector, source: string, stateOf: (s: string, pr: Props) => State): string {
	const groups = new Map<string, string[]>();
	const join = String(l.raw('line-join', zoom) ?? 'miter');
	const cap = String(l.raw('line-cap', zoom) ?? 'butt');
	for (const f of features) {
		const type = geometryType(f);
		if (type === 1 || !l.accepts(zoom, f.properties, type)) continue;
		const state = stateOf(source, f.properties);
		const c = l.color('line-color', zoom, f.properties, state);
		const width = l.number('line-width', zoom, f.properties, state, 1);
		const opacity = op(l.number('line-opacity', zoom, f.properties, state, 1) * c.opacity);
		if (opacity <= 0 || width <= 0) continue;
		const dash = (l.array('line-dasharray', zoom, f.properties, state) as number[] | null)?.filter((v) => typeof v === 'number');
		const solid = !dash || dash.length < 2 || dash.every((v, i) => (i % 2 ? v === 0 : true));
		const d = p.path(f.geometry, l.number('line-offset', zoom, f.properties, state, 0));
		if (!d) continue;
		const attrs = [
			`stroke="${c.color}"`,
			`stroke-width="${r1(width)}"`,
			opacity < 1 ? `stroke-opacity="${opacity}"` : '',
			solid ? '' : `stroke-dasharray="${dash.map((v) => r1(v * width)).join(' ')}"`,
			join !== 'miter' ? `stroke-linejoin="${join}"` : '',
			cap !== 'butt' ? `stroke-linecap="${cap}"` : ''
		]
			.filter(Boolean)
			.join(' ');
		groups.set(attrs, [...(groups.get(attrs) ?? []), d]);
	}
	return [...groups].map(([attrs, ds]) => `<path fill="none" ${attrs} d="${ds.join('')}"/>`).join('');
}

/** MapLibre's circle: fill inside `radius`, stroke outside it. */
function circle(l: CompiledLayer, zoom: number, props: Props, state: State, [x, y]: XY): string {
	const r = l.number('circle-radius', zoom, props, state, 5);
	const fill = l.color('circle-color', zoom, props, state);
	const fillOpacity = op(l.number('circle-opacity', zoom, props, state, 1) * fill.opacity);
	const stroke = l.color('circle-stroke-color', zoom, props, state);
	const sw = l.number('circle-stroke-width', zoom, props, state, 0);
	const strokeOpacity = op(l.number('circle-stroke-opacity', zoom, props, state, 1) * stroke.opacity);
	const hasStroke = sw > 0 && strokeOpacity > 0;
	if (fillOpacity <= 0 && !hasStroke) return '';
	const attrs = [
		`cx="${r1(x)}"`,
		`cy="${r1(y)}"`,
		`r="${r1(r + (hasStroke ? sw / 2 : 0))}"`,
		fillOpacity > 0 ? `fill="${fill.color}"` : 'fill="none"',
		fillOpacity > 0 && fillOpacity < 1 ? `fill-opacity="${fillOpacity}"` : '',
		hasStroke ? `stroke="${stroke.color}" stroke-width="${r1(sw)}"` : '',
		hasStroke && strokeOpacity < 1 ? `stroke-opacity="${strokeOpacity}"` : ''
	].filter(Boolean);
	return `<circle ${attrs.join(' ')}/>`;
}

/** Sites inside the clusters drawn on the picture, at their own positions. */
function sitesInClusters(style: StyleSpecification, features: SourceFeature[], p: Projector): Array<{ props: Props; xy: XY }> {
	const spec = style.sources[SITES];
	if (!spec || spec.type !== 'geojson' || typeof spec.data === 'string') return [];
	const out: Array<{ props: Props; xy: XY }> = [];
	for (const f of features) {
		if (typeof f.properties.cluster_id !== 'number' || f.geometry.type !== 'Point') continue;
		if (!p.inside(p.point(f.geometry.coordinates), 24)) continue;
		for (const leaf of clusterLeaves(spec, spec.data as FeatureCollection, f.properties.cluster_id)) {
			if (leaf.geometry.type === 'Point') out.push({ props: leaf.properties, xy: p.point(leaf.geometry.coordinates) });
		}
	}
	return out;
}

function siteLinks(links: SiteLinks, drawn: SitePart[], targets: Array<{ props: Props; xy: XY }>): string {
	const link = (props: Props, [x, y]: XY, inner: string) => {
		const name = esc(links.label(props));
		const ring = `<circle class="ring" cx="${r1(x)}" cy="${r1(y)}" r="13" fill="none" stroke="none"/>`;
		const target = links.target ? ` target="${esc(links.target)}"` : '';
		return `<a href="${esc(links.href(String(props.id)))}"${target} aria-label="${name}"><title>${name}</title>${inner}${ring}</a>`;
	};
	const out = drawn.map((s) => link(s.props, s.xy, s.parts.join('')) + s.labels.join(''));
	// A cluster stands for several sites: each stays reachable at its own position (an invisible target).
	for (const s of targets) out.push(link(s.props, s.xy, `<circle cx="${r1(s.xy[0])}" cy="${r1(s.xy[1])}" r="7" fill="transparent"/>`));
	return out.join('');
}
