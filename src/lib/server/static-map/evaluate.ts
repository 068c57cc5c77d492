/**
 * Evaluates the live map's own layer specifications (style.ts, layers.ts) for one feature at one
 * zoom, with MapLibre's expression engine: the SVG maps use the same filters, colours, widths and
 * label rules as the live map, not a second styling.
 */
import { expression, featureFilter, latest, type LayerSpecification } from '@maplibre/maplibre-gl-style-spec';

export type Props = Record<string, unknown>;
export type State = Record<string, unknown>;
export type Evaluated = unknown;

type Compiled = { evaluate: (globals: { zoom: number }, feature?: unknown, state?: State) => unknown };

type Spec = Record<string, Record<string, unknown>>;
const SPEC = latest as unknown as Spec;

/** `{ r, g, b, a }` of the style-spec Color (premultiplied) → a CSS colour and its opacity. */
function cssColor(c: { r: number; g: number; b: number; a: number }): { color: string; opacity: number } {
	if (c.a === 0) return { color: '#000000', opacity: 0 };
	const channel = (v: number) =>
		Math.round((v / c.a) * 255)
			.toString(16)
			.padStart(2, '0');
	return { color: `#${channel(c.r)}${channel(c.g)}${channel(c.b)}`, opacity: c.a };
}

/** One layer, compiled once: `get(name)` returns a property's value for a feature. */
export class CompiledLayer {
	readonly layer: LayerSpecification;
	private readonly props = new Map<string, Compiled>();
	private readonly filterFn: ((zoom: number, props: Props, geometryType: number) => boolean) | null;

	constructor(layer: LayerSpecification, index: number) {
		this.layer = layer;
		const groups: Array<['paint' | 'layout', Record<string, unknown> | undefined]> = [
			['paint', 'paint' in layer ? (layer.paint as Record<string, unknown>) : undefined],
			['layout', 'layout' in layer ? (layer.layout as Record<string, unknown>) : undefined]
		];
		for (const [group, values] of groups) {
			for (const [name, value] of Object.entries(values ?? {})) {
				const spec = SPEC[`${group}_${layer.type}`]?.[name];
				if (!spec) continue;
				// Constants, expressions and legacy functions alike, as MapLibre's style layers read them.
				const made = expression.normalizePropertyExpression(value as never, `layers[${index}].${group}.${name}`, spec as never);
				this.props.set(name, made as unknown as Compiled);
			}
		}
		const filter = 'filter' in layer ? layer.filter : undefined;
		if (filter) {
			const f = featureFilter(filter, `layers[${index}].filter`);
			this.filterFn = (zoom, props, type) => f.filter({ zoom }, { type: type as 1 | 2 | 3, properties: props } as never);
		} else this.filterFn = null;
	}

	/** Drawn at this zoom (minzoom ≤ zoom < maxzoom, visibility not 'none'). */
	visibleAt(zoom: number): boolean {
		const l = this.layer;
		if (l.layout && 'visibility' in l.layout && l.layout.visibility === 'none') return false;
		return (l.minzoom ?? 0) <= zoom && zoom < (l.maxzoom ?? 24);
	}

	/** 1 point, 2 line, 3 polygon (MapLibre's vector tile types). */
	accepts(zoom: number, props: Props, geometryType: 1 | 2 | 3): boolean {
		return this.filterFn ? this.filterFn(zoom, props, geometryType) : true;
	}

	has(name: string): boolean {
		return this.props.has(name);
	}

	raw(name: string, zoom: number, props: Props = {}, state: State = {}): unknown {
		const p = this.props.get(name);
		if (!p) return undefined;
		return p.evaluate({ zoom }, { type: 'Point', properties: props }, state);
	}

	number(name: string, zoom: number, props?: Props, state?: State, fallback = 0): number {
		const v = this.raw(name, zoom, props, state);
		return typeof v === 'number' ? v : fallback;
	}

	/** A colour property as a CSS hex colour and an opacity (0 when absent). */
	color(name: string, zoom: number, props?: Props, state?: State): { color: string; opacity: number } {
		const v = this.raw(name, zoom, props, state) as { r: number; g: number; b: number; a: number } | undefined;
		return v && typeof v.r === 'number' ? cssColor(v) : { color: '#000000', opacity: 0 };
	}

	/** Text of a `formatted`/string property (text-field). */
	text(name: string, zoom: number, props?: Props, state?: State): string {
		const v = this.raw(name, zoom, props, state);
		if (v === undefined || v === null) return '';
		if (typeof v === 'object' && v && 'sections' in v) return (v as { sections: Array<{ text: string }> }).sections.map((s) => s.text).join('');
		return String(v);
	}

	array(name: string, zoom: number, props?: Props, state?: State): unknown[] | null {
		const v = this.raw(name, zoom, props, state);
		if (Array.isArray(v)) return v;
		if (v && typeof v === 'object' && 'values' in v) return (v as { values: unknown[] }).values;
		return null;
	}
}

export function compileLayers(layers: LayerSpecification[]): CompiledLayer[] {
	return layers.map((l, i) => new CompiledLayer(l, i));
}
