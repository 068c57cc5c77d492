/**
 * The network's links as a region's panel and the map's tooltip show them: which initiative,
 * the other end, and the length in km (computed at build time in geometry.ts, so no turf here).
 * Pure. Kilometres are formatted by formatKm (i18n/format.ts).
 */
/** A link's properties as the build writes them (geometry.ts NetworkLineProperties). */
export type LinkProperties = { initiative: string; from: string; to: string; km: number };

export type RegionLink = { initiative: string; other: string; km: number };

type LineCollection = { features: ReadonlyArray<{ properties: unknown }> };

function isLink(p: unknown): p is LinkProperties {
	const q = p as Partial<LinkProperties> | null;
	return !!q && typeof q.initiative === 'string' && typeof q.from === 'string' && typeof q.to === 'string' && typeof q.km === 'number';
}

/** The links that end at `id` (a region or a hub site), per initiative in data order, nearest first within one. */
export function linksOf(id: string, lines: LineCollection): RegionLink[] {
	const links: Array<RegionLink & { order: number }> = [];
	lines.features.forEach((f, order) => {
		const p = f.properties;
		if (!isLink(p) || (p.from !== id && p.to !== id)) return;
		links.push({ initiative: p.initiative, other: p.from === id ? p.to : p.from, km: p.km, order });
	});
	const first = new Map<string, number>();
	for (const l of links) if (!first.has(l.initiative)) first.set(l.initiative, l.order);
	return links
		.sort((a, b) => first.get(a.initiative)! - first.get(b.initiative)! || a.km - b.km)
		.map(({ initiative, other, km }) => ({ initiative, other, km }));
}
