import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutTokens, LIST_ROW_HEIGHT, PANEL_MARGIN, PANEL_WIDTH, SHEET_SHARE, SIDEBAR_MAX_WIDTH } from '../../src/lib/layout';
import { expectedPanel } from '../../src/lib/map/overlays';

describe('shared sizes (lib/layout.ts)', () => {
	it('reach the CSS as custom properties with the same values', () => {
		const tokens = Object.fromEntries(layoutTokens.split('; ').map((d) => d.split(': ') as [string, string]));
		expect(tokens).toEqual({
			'--panel-width': `${PANEL_WIDTH}px`,
			'--panel-margin': `${PANEL_MARGIN}px`,
			'--sheet-share': `${SHEET_SHARE * 100}%`,
			'--sidebar-max-width': `${SIDEBAR_MAX_WIDTH}px`,
			'--list-row-height': `${LIST_ROW_HEIGHT}px`
		});
	});

	it('place the panel the framing expects before its chunk has loaded: a right column, or a bottom sheet', () => {
		expect(expectedPanel(1000, 800, false)).toEqual({
			x: 1000 - PANEL_MARGIN - PANEL_WIDTH,
			y: PANEL_MARGIN,
			width: PANEL_WIDTH,
			height: 800 - 2 * PANEL_MARGIN
		});
		expect(expectedPanel(300, 800, false).width).toBe(300 - 2 * PANEL_MARGIN);
		expect(expectedPanel(390, 600, true)).toEqual({ x: 0, y: 600 - 330, width: 390, height: 330 });
	});

	it('are not copied by hand into the components’ CSS', () => {
		const files = (dir: string): string[] =>
			readdirSync(dir).flatMap((name) => {
				const path = join(dir, name);
				return statSync(path).isDirectory() ? files(path) : /\.(svelte|css)$/.test(name) ? [path] : [];
			});
		const copies = [`${PANEL_WIDTH}px`, `${SHEET_SHARE * 100}%`, `${LIST_ROW_HEIGHT}px`, `${SIDEBAR_MAX_WIDTH}px`, /max-width: 64\dpx|min-width: 64\dpx/];
		for (const file of files('src')) {
			const css = readFileSync(file, 'utf8');
			for (const copy of copies) expect(typeof copy === 'string' ? css.includes(copy) : copy.test(css), `${file}: ${copy}`).toBe(false);
		}
	});
});
