/**
 * The SVG maps of the prerendered pages, named by a marker the page components write
 * (`region:<id>:<lang>`, `site:<id>:<lang>`): hooks.server.ts puts each map into its page at build,
 * so the SVG is in the HTML once (not also in the page's hydration data).
 */
import { createHash } from 'node:crypto';
import { POSTER_DIM_SCRIPT } from '../../../../scripts/poster-dim.js';
import { base } from '$app/paths';
import type { Lang } from '$lib/data/schema';
import { LANGS } from '$lib/data/schema';
import { regionBounds } from '$lib/data/geometry';
import { labelsFor, messagesFor } from '$lib/i18n';
import { format } from '$lib/i18n/format';
import { langPrefix } from '$lib/i18n/paths';
import { staticTexts } from '$lib/i18n/static-texts';
import { spreadSharedPoints } from '$lib/data/derive';
import type { Size } from '$lib/map/mercator';
import { NARROW_MAX, POSTERS, posterBaseCamera, posterPlacement, type PosterKind } from '$lib/map/poster';
import { REGION_MAP_SIZE, SITE_MAP_SIZE } from '$lib/map/static-sizes';
import { SIDEBAR_MAX_WIDTH, STACKED_MAX_VIEWPORT } from '$lib/layout';
import { bootAfterPoster } from '../boot-after-poster';
import { dataset } from '../dataset';
import { siteOrigin } from '../site-url';
import { qrSvg } from './qr';
import { esc } from './text';
import { renderSplitMap, renderStaticMap, type SiteLinks } from './render';
import { regionCamera, siteCamera, staticStyle, styleWithSelectedSite } from './views';
import type { Props } from './evaluate';

/** Site links of a page in `lang`: to the site's page, named "name: stage, status". */
export function siteLinks(lang: Lang): SiteLinks {
	const labels = labelsFor(lang);
	const t = staticTexts(lang);
	return {
		href: (id) => `${base}${langPrefix(lang)}/sites/${id}`,
		label: (p: Props) =>
			format(t.siteLink, {
				name: String(p.name),
				stage: labels.stages[p.primary_stage as keyof typeof labels.stages] ?? '',
				status: labels.statuses[p.status as keyof typeof labels.statuses] ?? ''
			})
	};
}

export function regionMapSvg(id: string, lang: Lang, options: { links?: boolean; size?: Size; idPrefix?: string } = {}): string | null {
	const data = dataset();
	const region = data.regions.find((r) => r.properties.id === id);
	if (!region) return null;
	const size = options.size ?? REGION_MAP_SIZE;
	const sites = data.sites.filter((s) => s.properties.region === id);
	const camera = regionCamera(
		regionBounds([region])[id]!,
		spreadSharedPoints(sites).map((s) => s.geometry.coordinates),
		size
	);
	const t = staticTexts(lang);
	const name = region.properties.name_local;
	return renderStaticMap({
		style: staticStyle(data),
		camera,
		size,
		title: format(t.mapOfRegion, { name }),
		description: format(t.mapOfRegionDesc, { name, id, n: sites.length }),
		id: options.idPrefix ?? `map-${id}`,
		links: options.links === false ? null : siteLinks(lang),
		state: { regions: { [id]: { selected: true } } }
	});
}

export function siteMapSvg(id: string, lang: Lang, options: { links?: boolean; size?: Size; idPrefix?: string } = {}): string | null {
	const data = dataset();
	const site = data.sites.find((s) => s.properties.id === id);
	if (!site) return null;
	const size = options.size ?? SITE_MAP_SIZE;
	const labels = labelsFor(lang);
	const t = staticTexts(lang);
	const p = site.properties;
	return renderStaticMap({
		style: styleWithSelectedSite(staticStyle(data), id),
		camera: siteCamera(site.geometry.coordinates, size),
		size,
		title: format(t.mapOfSite, { name: p.name }),
		description: format(t.mapOfSiteDesc, {
			name: p.name,
			town: p.town,
			stage: p.stages.map((s) => labels.stages[s]).join(', '),
			status: labels.statuses[p.status]
		}),
		id: options.idPrefix ?? `map-${id}`,
		links: options.links === false ? null : siteLinks(lang),
		state: { sites: { [id]: { selected: true } } }
	});
}

/** The poster of one design size (map/poster.ts): the drawing is the design area plus the bleed around the same centre. */
function poster(kind: PosterKind, lang: Lang, path: '/' | '/embed') {
	const data = dataset();
	const sites = spreadSharedPoints(data.sites).map((s) => s.geometry.coordinates as [number, number]);
	const { size: design, bleed: share } = POSTERS[kind];
	const camera = posterBaseCamera(sites, design);
	const bleed = { x: Math.round(design.width * share.x), y: Math.round(design.height * share.y) };
	const drawing = { width: design.width + 2 * bleed.x, height: design.height + 2 * bleed.y };
	const parts = renderSplitMap({
		style: staticStyle(data),
		// The camera is the design area's; the viewBox of the links shows that area, the picture all of the drawing.
		camera,
		size: drawing,
		frame: { x: bleed.x, y: bleed.y, ...design },
		wholePixels: true,
		// It gives way to the live map within seconds: outlines within 0.75 px (plus whole-pixel rounding) are
		// indistinguishable there, and the narrow picture is 28 % smaller (wide 12 %) than at MapLibre's 0.375 px.
		simplify: 0.75,
		title: messagesFor(lang).mapLabel,
		description: format(staticTexts(lang).mapOfAll, { n: data.sites.length, r: data.regions.length }),
		id: `poster-${kind}${path === '/' ? '' : '-embed'}`,
		links: { ...siteLinks(lang), target: path === '/embed' ? '_blank' : undefined },
		className: `bvm-poster ${kind}`
	});
	// The picture is the same for every page and language (only the links differ): the first drawing of a kind keeps it.
	if (!pictures.has(kind)) pictures.set(kind, parts);
	return { links: parts.links, camera, design, drawing };
}

const pictures = new Map<PosterKind, { readonly picture: string }>();

/** The poster's picture as an SVG file (routes/posters). */
export function posterPicture(kind: PosterKind): string {
	if (!pictures.has(kind)) poster(kind, 'en', '/');
	return pictures.get(kind)!.picture;
}

/** Where a poster's picture is served: its content hash in the query, so a cached picture never outlives its page. */
export function posterPictureUrl(kind: PosterKind): string {
	const hash = createHash('sha256').update(posterPicture(kind)).digest('hex').slice(0, 10);
	return `${base}/posters/${kind}.svg?v=${hash}`;
}

/**
 * Which poster a page shows, as a media query for the narrow one: media queries see the viewport,
 * not the map box, so the box's width is derived. The embed's map is the whole frame; the full
 * page's is the viewport up to STACKED_MAX_VIEWPORT, and beside the sidebar above it. (Embeds
 * with a sidebar may show the wide one in a box of the narrow size: still placed exactly.)
 */
export function narrowPosterMedia(path: '/' | '/embed'): string {
	if (path === '/embed') return `(max-width: ${NARROW_MAX}px)`;
	return `(max-width: ${NARROW_MAX}px), (min-width: ${STACKED_MAX_VIEWPORT + 1}px) and (max-width: ${NARROW_MAX + SIDEBAR_MAX_WIDTH}px)`;
}

/**
 * The posters of `/` or `/embed` (map/poster.ts): the default view at the wide and the narrow design
 * size. The picture is one `<picture>` (the browser fetches only the file its media query picks,
 * and early: the preload scanner sees it) placed in the map box by container-unit CSS per kind;
 * over it, an inline SVG per kind with the title, description and one named link per site, shown
 * by the same media query. Then the data credits, since without WebGL the poster stays the map.
 * Sites link to their pages (a new tab from the embed: a site page may not be framed by other websites).
 */
export function posterMarkup(path: '/' | '/embed', lang: Lang): string {
	const narrow = narrowPosterMedia(path);
	const [wide, small] = (['wide', 'narrow'] as const).map((kind) => poster(kind, lang, path));
	const placed = (p: ReturnType<typeof poster>) => posterPlacement(p.camera, p.design, undefined, p.drawing);
	const css = [
		`img.bvm-poster{${placed(wide!)}}`,
		'.bvm-poster.narrow{display:none}',
		`@media ${narrow}{img.bvm-poster{${placed(small!)}}.bvm-poster.wide{display:none}.bvm-poster.narrow{display:block}}`
	].join('');
	const picture =
		`<picture><source media="${narrow}" srcset="${posterPictureUrl('narrow')}">` +
		`<img class="bvm-poster" src="${posterPictureUrl('wide')}" alt="" fetchpriority="high" decoding="async"></picture>`;
	const links = [wide!, small!].map((p) => p.links.replace('<svg ', `<svg style="${posterPlacement(p.camera, p.design)}" `));
	const style = staticStyle(dataset());
	const credits = [...new Set(Object.values(style.sources).flatMap((src) => ('attribution' in src && src.attribution ? [src.attribution] : [])))];
	return `<style>${css}</style>${picture}${links.join('')}<p class="bvm-poster-credits">${credits.map(esc).join(' · ')}</p>`;
}

const isLang = (v: string): v is Lang => (LANGS as readonly string[]).includes(v);

/** The live page of a region as an absolute URL (null without SITE_URL: a QR code needs one). */
export function liveRegionUrl(id: string, lang: Lang): string | null {
	const origin = siteOrigin();
	return origin ? `${origin}${langPrefix(lang)}/regions/${id}` : null;
}

/** The markup for a page marker (`region:<id>:<lang>`, `site:…`, `qr-region:…`), or null for an unknown one. */
export async function markupForMarker(marker: string): Promise<string | null> {
	const [kind, id = '', lang = 'en'] = marker.split(':');
	if (!isLang(lang)) return null;
	if (kind === 'region') return regionMapSvg(id, lang);
	if (kind === 'site') return siteMapSvg(id, lang);
	if (kind === 'poster') return id === '/' || id === '/embed' ? posterMarkup(id, lang) : null;
	if (kind === 'qr-region') {
		if (!dataset().regions.some((r) => r.properties.id === id)) return null;
		const url = liveRegionUrl(id, lang);
		return url ? qrSvg(url, format(staticTexts(lang).liveQr, { url })) : '';
	}
	return null;
}

const MARKER = /(<div[^>]*\sdata-static-map="([^"]+)"[^>]*>)(<\/div>)/g;

/** Fills every `<div … data-static-map="marker"></div>` of a prerendered page with its markup. */
export async function injectStaticMaps(html: string): Promise<string> {
	if (!html.includes('data-static-map=')) return html;
	const found = [...html.matchAll(MARKER)];
	const markup = await Promise.all(found.map((m) => markupForMarker(m[2] ?? '')));
	let i = 0;
	// A page with a poster dims it at once when its link asks for another view (scripts/poster-dim.js),
	// and its app starts once the poster's picture is on screen (boot-after-poster.ts).
	const poster = found.find((m) => (m[2] ?? '').startsWith('poster:'))?.[2];
	if (poster)
		html = bootAfterPoster(
			html.replace(/<meta charset="utf-8" \/>/, (meta) => `${meta}<script>${POSTER_DIM_SCRIPT}</script>`),
			poster
		);
	return html.replace(MARKER, (whole, open: string, marker: string, close: string) => {
		const inner = markup[i++];
		if (inner === null || inner === undefined) throw new Error(`static map: unknown map ${marker}`);
		return `${open}${inner}${close}`;
	});
}
