/**
 * Text labels of symbol layers, placed like MapLibre places them: layers from the top down,
 * features by `symbol-sort-key`, the first anchor of `text-variable-anchor` that collides with no
 * label already placed (with `text-padding`), unless the layer allows overlap.
 */
import type { CompiledLayer, Props, State } from './evaluate';
import type { Projector, XY } from './geometry';
import { breakLines, esc, textWidth } from './text';

type Box = [number, number, number, number];
export type SymbolInput = { layer: CompiledLayer; zoom: number; features: Array<{ xy: XY; props: Props; state: State; key?: string }> };
/** Placed text per layer id; texts of a site (by `key`) are returned apart so its link can hold them. */
export type Placed = { svg: string; key?: string };

const LINE_HEIGHT = 1.2;
const BASELINE = 0.95;

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

function anchorBox(anchor: string, w: number, h: number): Box {
	const x0 = anchor.includes('left') ? 0 : anchor.includes('right') ? -w : -w / 2;
	const y0 = anchor.includes('top') ? 0 : anchor.includes('bottom') ? -h : -h / 2;
	return [x0, y0, x0 + w, y0 + h];
}

function radialShift(anchor: string, r: number): XY {
	const dx = anchor.includes('left') ? r : anchor.includes('right') ? -r : 0;
	const dy = anchor.includes('top') ? r : anchor.includes('bottom') ? -r : 0;
	return [dx, dy];
}

/** Places the labels of every symbol layer (given bottom to top); returns each layer's texts. */
export function placeSymbols(inputs: SymbolInput[], projector: Projector): Map<string, Placed[]> {
	const placed: Box[] = [];
	const out = new Map<string, Placed[]>();
	for (const { layer, zoom, features } of [...inputs].reverse()) {
		const id = layer.layer.id;
		const list: Placed[] = [];
		out.set(id, list);
		const sortKey = (f: { props: Props; state: State }) => layer.number('symbol-sort-key', zoom, f.props, f.state, 0);
		const ordered = layer.has('symbol-sort-key') ? [...features].sort((a, b) => sortKey(a) - sortKey(b)) : features;
		for (const f of ordered) {
			if (!projector.inside(f.xy)) continue;
			const label = layer.text('text-field', zoom, f.props, f.state);
			if (!label) continue;
			const size = layer.number('text-size', zoom, f.props, f.state, 16);
			const fonts = (layer.array('text-font', zoom, f.props, f.state) ?? []) as string[];
			const bold = fonts.some((name) => /bold/i.test(name));
			const spacing = layer.number('text-letter-spacing', zoom, f.props, f.state, 0);
			const lines = breakLines(label, size, layer.number('text-max-width', zoom, f.props, f.state, 10), bold, spacing);
			const w = Math.max(...lines.map((l) => textWidth(l, size, bold, spacing)));
			const h = lines.length * LINE_HEIGHT * size;
			const padding = layer.number('text-padding', zoom, f.props, f.state, 2);
			const allowOverlap = layer.raw('text-allow-overlap', zoom, f.props, f.state) === true;
			const ignorePlacement = layer.raw('text-ignore-placement', zoom, f.props, f.state) === true;
			const variable = layer.array('text-variable-anchor', zoom, f.props, f.state) as string[] | null;
			const radial = layer.number('text-radial-offset', zoom, f.props, f.state, 0) * size;
			const offset = (layer.array('text-offset', zoom, f.props, f.state) as number[] | null) ?? [0, 0];
			const anchors = variable ?? [String(layer.raw('text-anchor', zoom, f.props, f.state) ?? 'center')];
			for (const anchor of anchors) {
				const shift: XY = variable ? radialShift(anchor, radial) : [(offset[0] ?? 0) * size, (offset[1] ?? 0) * size];
				const [bx0, by0, bx1, by1] = anchorBox(anchor, w, h);
				const box: Box = [f.xy[0] + shift[0] + bx0, f.xy[1] + shift[1] + by0, f.xy[0] + shift[0] + bx1, f.xy[1] + shift[1] + by1];
				const padded: Box = [box[0] - padding, box[1] - padding, box[2] + padding, box[3] + padding];
				if (!allowOverlap && placed.some((p) => overlaps(p, padded))) continue;
				if (!ignorePlacement) placed.push(padded);
				list.push({ svg: textSvg(layer, zoom, f.props, f.state, lines, box, anchor, variable !== null, { size, bold, spacing }), key: f.key });
				break;
			}
		}
	}
	return out;
}

const r1 = (v: number) => Math.round(v * 10) / 10;

function textSvg(
	layer: CompiledLayer,
	zoom: number,
	props: Props,
	state: State,
	lines: string[],
	box: Box,
	anchor: string,
	autoJustify: boolean,
	font: { size: number; bold: boolean; spacing: number }
): string {
	const color = layer.color('text-color', zoom, props, state);
	const halo = layer.color('text-halo-color', zoom, props, state);
	const haloWidth = layer.number('text-halo-width', zoom, props, state, 0);
	const opacity = layer.number('text-opacity', zoom, props, state, 1) * color.opacity;
	const justify = autoJustify ? (anchor.includes('left') ? 'left' : anchor.includes('right') ? 'right' : 'center') : 'center';
	const [textAnchor, x] = justify === 'left' ? ['start', box[0]] : justify === 'right' ? ['end', box[2]] : ['middle', (box[0] + box[2]) / 2];
	const attrs = [
		`x="${r1(x)}"`,
		`y="${r1(box[1] + BASELINE * font.size)}"`,
		`font-size="${r1(font.size)}"`,
		font.bold ? 'font-weight="700"' : '',
		`fill="${color.color}"`,
		opacity < 1 ? `opacity="${r1(opacity * 100) / 100}"` : '',
		`text-anchor="${textAnchor}"`,
		font.spacing ? `letter-spacing="${r1(font.spacing * font.size * 100) / 100}"` : '',
		haloWidth > 0 && halo.opacity > 0
			? `stroke="${halo.color}" stroke-opacity="${Math.round(halo.opacity * 100) / 100}" stroke-width="${r1(haloWidth * 2)}" stroke-linejoin="round" paint-order="stroke"`
			: ''
	].filter(Boolean);
	const body =
		lines.length === 1
			? esc(lines[0] ?? '')
			: lines.map((l, i) => `<tspan x="${r1(x)}"${i ? ` dy="${r1(LINE_HEIGHT * font.size)}"` : ''}>${esc(l)}</tspan>`).join('');
	return `<text ${attrs.join(' ')}>${body}</text>`;
}
