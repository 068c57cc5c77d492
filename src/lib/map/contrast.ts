/** WCAG 2.2 contrast of colours as the map draws them (pure; used by the palette's unit test). */

export type RGB = [number, number, number];

/** `#rgb`, `#rrggbb` or `rgba(r,g,b,a)` → [r, g, b] in 0–255 and alpha in 0–1. */
export function parseColor(color: string): { rgb: RGB; alpha: number } {
	const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
	if (hex) {
		const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!;
		return { rgb: [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as RGB, alpha: 1 };
	}
	const fn = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+))?\s*\)$/i.exec(color.trim());
	if (fn) return { rgb: [Number(fn[1]), Number(fn[2]), Number(fn[3])], alpha: fn[4] === undefined ? 1 : Number(fn[4]) };
	throw new Error(`unsupported colour ${color}`);
}

/** `top` drawn with `opacity` (times its own alpha) over the opaque `bottom`. */
export function over(top: string, opacity: number, bottom: string): string {
	const t = parseColor(top);
	const b = parseColor(bottom).rgb;
	const a = t.alpha * opacity;
	const mix = t.rgb.map((c, i) => Math.round(c * a + b[i]! * (1 - a)));
	return `#${mix.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

function channel(c: number): number {
	const s = c / 255;
	return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

export function luminance(color: string): number {
	const [r, g, b] = parseColor(color).rgb;
	return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Contrast ratio (1–21) of two opaque colours. */
export function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}
