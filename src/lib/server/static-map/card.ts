/**
 * Share cards: a 1200×630 PNG per region and site page and language (Open Graph, Twitter), with the
 * page's map (the same renderer, no links), its title and key figures on a band at the bottom.
 */
import type { Lang } from '$lib/data/schema';
import { regionBounds } from '$lib/data/geometry';
import { labelsFor, messagesFor, formatters } from '$lib/i18n';
import { format } from '$lib/i18n/format';
import { staticTexts } from '$lib/i18n/static-texts';
import { spreadSharedPoints } from '$lib/data/derive';
import { CARD_SIZE } from '$lib/map/static-sizes';
import { dataset } from '../dataset';
import { svgToPng } from './png';
import { renderStaticMap } from './render';
import { breakLines, esc, textWidth } from './text';
import { regionCamera, siteCamera, staticStyle, styleWithSelectedSite } from './views';

const BAND = 200;
const MARGIN = 48;
const INK = '#1a1f24';
const MUTED = '#4d5660';
const ACCENT = '#0f5f73';

export type CardText = { kicker: string; title: string; figures: string; alt: string };

function band({ kicker, title, figures }: CardText, appTitle: string): string {
	const { width, height } = CARD_SIZE;
	const top = height - BAND;
	const room = width - 2 * MARGIN;
	// The title on one line, smaller when long; two lines only for very long names.
	let size = Math.min(50, Math.floor(room / (textWidth(title, 1, true) || 1)));
	let lines = [title];
	if (size < 34) {
		size = 34;
		lines = breakLines(title, size, room / size, true).slice(0, 2);
	}
	const titleY = top + 92;
	const tspans = lines.map((l, i) => `<tspan x="${MARGIN}" dy="${i ? Math.round(size * 1.1) : 0}">${esc(l)}</tspan>`).join('');
	const figuresY = titleY + (lines.length - 1) * Math.round(size * 1.1) + 52;
	return [
		`<rect x="0" y="${top}" width="${width}" height="${BAND}" fill="#ffffff" fill-opacity="0.95"/>`,
		`<rect x="0" y="${top}" width="${width}" height="4" fill="${ACCENT}"/>`,
		`<text x="${MARGIN}" y="${top + 40}" font-size="20" font-weight="700" fill="${ACCENT}" letter-spacing="1.5">${esc(kicker.toUpperCase())} · ${esc(appTitle)}</text>`,
		`<text x="${MARGIN}" y="${titleY}" font-size="${size}" font-weight="700" fill="${INK}">${tspans}</text>`,
		`<text x="${MARGIN}" y="${figuresY}" font-size="26" fill="${MUTED}">${esc(figures)}</text>`
	].join('');
}

function card(mapSvg: string, text: CardText, lang: Lang): string {
	const { width, height } = CARD_SIZE;
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Noto Sans">${mapSvg}${band(text, messagesFor(lang).appTitle)}</svg>`;
}

export function regionCardText(id: string, lang: Lang): CardText | null {
	const data = dataset();
	const region = data.regions.find((r) => r.properties.id === id);
	if (!region) return null;
	const t = staticTexts(lang);
	const sites = data.sites.filter((s) => s.properties.region === id);
	const operating = sites.filter((s) => s.properties.status === 'operating').length;
	const figures = [format(t.cardSites, { n: sites.length }), format(t.cardOperating, { n: operating })];
	const population = region.properties.population?.value;
	if (population !== undefined) figures.push(format(t.cardPopulation, { value: formatters(lang).number.format(population) }));
	const name = region.properties.name_local;
	return { kicker: messagesFor(lang).panelRegion, title: name, figures: figures.join(' · '), alt: format(t.mapOfRegion, { name }) };
}

export function siteCardText(id: string, lang: Lang): CardText | null {
	const site = dataset().sites.find((s) => s.properties.id === id);
	if (!site) return null;
	const labels = labelsFor(lang);
	const p = site.properties;
	const figures = [labels.statuses[p.status], ...p.stages.slice(0, 2).map((s) => labels.stages[s]), p.town].join(' · ');
	return { kicker: messagesFor(lang).panelSite, title: p.name, figures, alt: format(staticTexts(lang).mapOfSite, { name: p.name }) };
}

/** The band at the bottom hides part of the map: the framing rule keeps the subject out from under it. */
const UNDER_BAND = [{ x: 0, y: CARD_SIZE.height - BAND, width: CARD_SIZE.width, height: BAND }];

export async function regionCardPng(id: string, lang: Lang): Promise<Buffer | null> {
	const data = dataset();
	const text = regionCardText(id, lang);
	const region = data.regions.find((r) => r.properties.id === id);
	if (!text || !region) return null;
	const sites = spreadSharedPoints(data.sites.filter((s) => s.properties.region === id)).map((s) => s.geometry.coordinates);
	const map = renderStaticMap({
		style: staticStyle(data),
		camera: regionCamera(regionBounds([region])[id]!, sites, CARD_SIZE, UNDER_BAND),
		size: CARD_SIZE,
		title: text.alt,
		description: text.figures,
		id: 'card',
		state: { regions: { [id]: { selected: true } } }
	});
	return svgToPng(card(map, text, lang));
}

export async function siteCardPng(id: string, lang: Lang): Promise<Buffer | null> {
	const data = dataset();
	const text = siteCardText(id, lang);
	const site = data.sites.find((s) => s.properties.id === id);
	if (!text || !site) return null;
	const map = renderStaticMap({
		style: styleWithSelectedSite(staticStyle(data), id),
		camera: siteCamera(site.geometry.coordinates, CARD_SIZE, UNDER_BAND),
		size: CARD_SIZE,
		title: text.alt,
		description: text.figures,
		id: 'card',
		state: { sites: { [id]: { selected: true } } }
	});
	return svgToPng(card(map, text, lang));
}
