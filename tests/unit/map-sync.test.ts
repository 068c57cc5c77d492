import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { RingSync, SelectionSync, SourceSync, dimRegions, showNetworkLines, type SyncedMap } from '../../src/lib/map/map-sync';

function fakeMap() {
	const calls: string[] = [];
	const states = new Map<string, Record<string, unknown>>();
	let visibility: string | undefined;
	const m = {
		getSource: (id: string) => ({ setData: () => calls.push(`setData ${id}`) }),
		setFeatureState: (f: { source: string; id: string }, s: Record<string, unknown>) =>
			void states.set(`${f.source}/${f.id}`, { ...states.get(`${f.source}/${f.id}`), ...s }),
		setFilter: (layer: string) => void calls.push(`filter ${layer}`),
		getLayoutProperty: () => visibility,
		setLayoutProperty: (_l: string, _p: string, v: string) => {
			visibility = v;
			calls.push(`visibility ${v}`);
		}
	};
	return { m: m as unknown as SyncedMap & Parameters<typeof showNetworkLines>[0], calls, states };
}
const fc = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });

describe('SourceSync', () => {
	it('skips data the style was built with, sends new data once, and everything again after forget()', () => {
		const { m, calls } = fakeMap();
		const a = fc();
		const b = fc();
		const sync = new SourceSync().built('sites', a);
		sync.push(m, 'sites', a);
		expect(calls).toEqual([]);
		sync.push(m, 'sites', b);
		sync.push(m, 'sites', b);
		expect(calls).toEqual(['setData sites']);
		sync.forget();
		sync.push(m, 'sites', b);
		expect(calls).toEqual(['setData sites', 'setData sites']);
	});
});

describe('dimRegions', () => {
	it('dims the regions without a lit site, and none without filters', () => {
		const { m, states } = fakeMap();
		dimRegions(m, ['ES41', 'ES61'], new Set(['ES41']));
		expect(states.get('regions/ES41')).toEqual({ dimmed: false });
		expect(states.get('regions/ES61')).toEqual({ dimmed: true });
		dimRegions(m, ['ES41', 'ES61'], null);
		expect(states.get('regions/ES61')).toEqual({ dimmed: false });
	});
});

describe('SelectionSync', () => {
	it('does not move the camera for the selection the link already framed, then moves for a new one', () => {
		const { m, states } = fakeMap();
		const sync = new SelectionSync();
		sync.linkFramed({ kind: 'site', id: 'a' });
		expect(sync.apply(m, { kind: 'site', id: 'a' })).toBeNull();
		expect(states.get('sites/a')).toEqual({ selected: true });
		expect(sync.apply(m, { kind: 'region', id: 'ES41' })).toEqual({ kind: 'region', id: 'ES41' });
		expect(states.get('sites/a')).toEqual({ selected: false });
		expect(states.get('regions/ES41')).toEqual({ selected: true });
		// The same selection again (the panel opened or closed): no camera move.
		expect(sync.apply(m, { kind: 'region', id: 'ES41' })).toBeNull();
		expect(sync.apply(m, null)).toBeNull();
		expect(states.get('regions/ES41')).toEqual({ selected: false });
	});
	it('moves the camera when the host selected something else before the map loaded', () => {
		const { m } = fakeMap();
		const sync = new SelectionSync();
		sync.linkFramed(null);
		expect(sync.apply(m, { kind: 'site', id: 'b' })).toEqual({ kind: 'site', id: 'b' });
	});
});

describe('showNetworkLines', () => {
	it('sets the layout property only on a real change', () => {
		const { m, calls } = fakeMap();
		showNetworkLines(m, true);
		expect(calls).toEqual([]);
		showNetworkLines(m, false);
		showNetworkLines(m, false);
		expect(calls).toEqual(['visibility none']);
	});
});

describe('RingSync: when the camera frames a new radius ring', () => {
	it('skips the link’s first ring, frames each new place or radius once, and nothing without a ring', () => {
		const sync = new RingSync({ center: [-5.57, 42.6056], km: 200 });
		expect(sync.changed({ center: [-5.57, 42.6056], km: 200 })).toBe(false);
		expect(sync.changed({ center: [-5.57, 42.6056], km: 400 })).toBe(true);
		expect(sync.changed({ center: [-5.57, 42.6056], km: 400 })).toBe(false);
		expect(sync.changed({ center: [9.19, 45.4669], km: 400 })).toBe(true);
		expect(sync.changed(null)).toBe(false);
		// The same ring again after none: framed again (a person stopped and chose it anew).
		expect(sync.changed({ center: [9.19, 45.4669], km: 400 })).toBe(true);
	});
});
