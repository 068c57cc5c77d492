/**
 * Fewer bytes for a standalone SVG picture (the poster's file), drawing exactly the same:
 * - an outline drawn twice (the land's fill, then its coast as a stroke) is written once, in
 *   `<defs>`, without paint, and each drawing is a `<use>` carrying its own paint (presentation
 *   attributes on `<use>` are inherited by the copy, which sets none);
 * - consecutive labels with the same style share one `<g>` of those attributes (all inherited
 *   text properties); each `<text>` keeps only its position.
 */

/** Outlines shorter than this stay inline: a `<use>` and an id cost more than they save. */
const MIN_SHARED_PATH = 400;

export function compactSvgBody(body: string): string {
	return groupLabels(sharePaths(body));
}

function sharePaths(body: string): string {
	const PATH = /<path ([^>]*?)d="([^"]+)"\/>/g;
	const seen = new Map<string, number>();
	for (const m of body.matchAll(PATH)) if (m[2]!.length >= MIN_SHARED_PATH) seen.set(m[2]!, (seen.get(m[2]!) ?? 0) + 1);
	const shared = new Map([...seen].filter(([, n]) => n > 1).map(([d], i) => [d, `o${i}`]));
	if (shared.size === 0) return body;
	const defs = `<defs>${[...shared].map(([d, id]) => `<path id="${id}" d="${d}"/>`).join('')}</defs>`;
	return defs + body.replace(PATH, (whole, attrs: string, d: string) => (shared.has(d) ? `<use href="#${shared.get(d)}" ${attrs.trim()}/>` : whole));
}

function groupLabels(body: string): string {
	// A label: its position first (as symbols.ts writes it), then its style, then its text (or tspans).
	const LABEL = /<text x="([^"]*)" y="([^"]*)" ([^>]*)>([\s\S]*?)<\/text>/y;
	let out = '';
	let i = 0;
	while (i < body.length) {
		const start = body.indexOf('<text ', i);
		if (start < 0) break;
		out += body.slice(i, start);
		const run: Array<{ x: string; y: string; content: string }> = [];
		let style = '';
		let at = start;
		for (;;) {
			LABEL.lastIndex = at;
			const m = LABEL.exec(body);
			if (!m || (run.length > 0 && m[3] !== style)) break;
			style = m[3]!;
			run.push({ x: m[1]!, y: m[2]!, content: m[4]! });
			at = LABEL.lastIndex;
		}
		if (run.length === 0) {
			// Not a label this pattern knows: copied as it is.
			out += '<text ';
			i = start + 6;
			continue;
		}
		const texts = run.map((t) => `<text x="${t.x}" y="${t.y}">${t.content}</text>`).join('');
		out += run.length > 1 ? `<g ${style}>${texts}</g>` : `<text x="${run[0]!.x}" y="${run[0]!.y}" ${style}>${run[0]!.content}</text>`;
		i = at;
	}
	return out + body.slice(i);
}
