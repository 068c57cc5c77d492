import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { siteLabelFilter } from './layers';
import type { MapSelection } from './interaction';

/** The part of MapLibre's map the sync touches (a fake in unit tests). */
export type SyncedMap = Pick<MapLibreMap, 'getSource' | 'setFeatureState' | 'setFilter'>;

/** Data changes update the sources in place (setData, never re-added); what the style or the last run already sent is skipped. */
export class SourceSync {
	#sent = new Map<string, FeatureCollection>();

	/** The style was built with this data: no need to send it again. */
	built(id: string, data: FeatureCollection): this {
		this.#sent.set(id, data);
		return this;
	}

	push(m: SyncedMap, id: string, data: FeatureCollection): void {
		if (this.#sent.get(id) === data) return;
		this.#sent.set(id, data);
		void m.getSource<GeoJSONSource>(id)?.setData(data);
	}

	/** After a lost graphics context the map reloads its style: everything is sent again. */
	forget(): void {
		this.#sent.clear();
	}
}

/** Valleys without a matching site are dimmed (polygons and labels); nothing is dimmed without filters. */
export function dimRegions(m: SyncedMap, regionIds: readonly string[], lit: ReadonlySet<string> | null): void {
	// The polygon and its label point share the id: one state dims both.
	for (const id of regionIds) m.setFeatureState({ source: 'regions', id }, { dimmed: lit !== null && !lit.has(id) });
}

function featureRef(sel: MapSelection) {
	return { source: sel.kind === 'site' ? 'sites' : 'regions', id: sel.id };
}

function same(a: MapSelection | null, b: MapSelection | null): boolean {
	return a?.kind === b?.kind && a?.id === b?.id;
}

/** Selection on the map: feature-state on the chosen feature (the previous one cleared), its label, and whether the camera should move. */
export class SelectionSync {
	#previous: MapSelection | null = null;
	#first = true;
	/** The selection the link's first view framed (a host page may select something else before the map has loaded). */
	#framedByLink: MapSelection | null = null;

	linkFramed(sel: MapSelection | null): void {
		this.#framedByLink = sel;
	}

	/** Marks `sel` on the map; returns the selection the camera should move to, or null. */
	apply(m: SyncedMap, sel: MapSelection | null): MapSelection | null {
		if (this.#previous) m.setFeatureState(featureRef(this.#previous), { selected: false });
		if (sel) m.setFeatureState(featureRef(sel), { selected: true });
		m.setFilter('sites-label', siteLabelFilter(sel?.kind === 'site' ? sel.id : null));
		const changed = !same(sel, this.#previous);
		this.#previous = sel;
		// The link's first view (its open item included) was framed by controller.frameLink().
		const framedAlready = this.#first && same(sel, this.#framedByLink);
		this.#first = false;
		return sel && changed && !framedAlready ? sel : null;
	}
}

/** Only a real change: a layout property re-lays out every tile of the source in the worker. */
export function showNetworkLines(m: Pick<MapLibreMap, 'getLayoutProperty' | 'setLayoutProperty'>, show: boolean): void {
	const visibility = show ? 'visible' : 'none';
	if ((m.getLayoutProperty('network-lines', 'visibility') ?? 'visible') !== visibility) m.setLayoutProperty('network-lines', 'visibility', visibility);
}

export type Ring = { center: readonly [number, number]; km: number };

/**
 * A new radius ring (place or km) since the last one framed: a town, "Sites near this one", the
 * radius control, "widen", back/forward. The link's first ring is framed with its first view.
 */
export class RingSync {
	#framed: string;

	constructor(first: Ring | null) {
		this.#framed = RingSync.#key(first);
	}

	static #key(r: Ring | null): string {
		return r ? `${r.center.join(',')}|${r.km}` : '';
	}

	/** True when `ring` is a ring not framed yet (then it counts as framed); false for none or the same one. */
	changed(ring: Ring | null): boolean {
		const key = RingSync.#key(ring);
		if (key === this.#framed) return false;
		this.#framed = key;
		return key !== '';
	}
}
