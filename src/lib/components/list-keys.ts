/** The site list's keyboard moves (SiteList.svelte): pure, so they are unit-tested. */

/** Where a list key moves from entry `i` of `length` (arrows by one, PageUp/PageDown by `page`, Home/End), or undefined for other keys. */
export function listKeyTarget(key: string, i: number, length: number, page = 10): number | undefined {
	const end = length - 1;
	const moves: Record<string, number> = {
		ArrowDown: Math.min(i + 1, end),
		ArrowUp: Math.max(i - 1, 0),
		Home: 0,
		End: end,
		PageDown: Math.min(i + page, end),
		PageUp: Math.max(i - page, 0)
	};
	return length > 0 && key in moves ? moves[key] : undefined;
}
