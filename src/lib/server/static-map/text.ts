/** Text helpers of the SVG maps: escaping, an estimate of Noto Sans advance widths, line breaking. */

export function esc(s: string): string {
	return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// Average advances of Noto Sans in em, by kind of character (measured on the latin subset).
const NARROW = new Set([..."iljtfrI.,;:!'|()[] "]);
const WIDE = new Set([...'mwMW']);

/** Estimated width of `text` at `size` px (bold is ~6 % wider). */
export function textWidth(text: string, size: number, bold = false, letterSpacing = 0): number {
	let em = 0;
	for (const ch of text) {
		if (NARROW.has(ch)) em += 0.3;
		else if (WIDE.has(ch)) em += 0.85;
		else if (ch >= 'A' && ch <= 'Z') em += 0.66;
		else if (ch >= '0' && ch <= '9') em += 0.57;
		else em += 0.55;
		em += letterSpacing;
	}
	return em * size * (bold ? 1.06 : 1);
}

/**
 * Breaks a label into lines no wider than `maxWidth` em, as MapLibre's `text-max-width` does:
 * at spaces, balancing the lines (a single word longer than the limit stays whole).
 */
export function breakLines(text: string, size: number, maxWidthEm: number, bold: boolean, letterSpacing = 0): string[] {
	const limit = maxWidthEm * size;
	if (textWidth(text, size, bold, letterSpacing) <= limit) return [text];
	const words = text.split(' ');
	const total = textWidth(text, size, bold, letterSpacing);
	const lineCount = Math.ceil(total / limit);
	const target = total / lineCount;
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		const candidate = line ? `${line} ${word}` : word;
		if (line && textWidth(candidate, size, bold, letterSpacing) > target * 1.15 && lines.length < lineCount - 1) {
			lines.push(line);
			line = word;
		} else line = candidate;
	}
	if (line) lines.push(line);
	return lines;
}
