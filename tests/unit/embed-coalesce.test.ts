import { describe, expect, it } from 'vitest';
import { coalesce, fold, MAX_DELAY_MS, MAX_WAIT_MS, NOTHING, type Pending, type Request } from '../../src/lib/embed/coalesce';

const setFilters = (filters: Record<string, unknown>): Request => ({ type: 'bvm:setFilters', v: 1, filters }) as Request;
const selectSite = (site: string): Request => ({ type: 'bvm:select', v: 1, site });
const selectRegion = (region: string): Request => ({ type: 'bvm:select', v: 1, region });
const fitRegion = (region: string): Request => ({ type: 'bvm:fitRegion', v: 1, region });
const clear: Request = { type: 'bvm:clearSelection', v: 1 };

const foldAll = (msgs: Request[]): Pending => msgs.reduce(fold, NOTHING);

describe('folding a burst of host requests', () => {
	it('patches the filters in order: later fields win, untouched fields stay', () => {
		expect(foldAll([setFilters({ stages: ['anode'], q: 'a' }), setFilters({ q: 'b' }), setFilters({ statuses: ['planned'] })]).filters).toEqual({
			stages: ['anode'],
			q: 'b',
			statuses: ['planned']
		});
	});

	it('keeps the last selection, and a clear after a select closes it', () => {
		expect(foldAll([selectSite('a'), selectRegion('ES41')]).selection).toEqual({ kind: 'region', id: 'ES41' });
		expect(foldAll([selectSite('a'), clear]).selection).toBeNull();
		expect(foldAll([setFilters({ q: 'x' })]).selection).toBeUndefined();
	});

	it('frames the last region, unless a later select moves the camera to its item', () => {
		expect(foldAll([fitRegion('ES41'), fitRegion('ITC4')]).fitRegion).toBe('ITC4');
		expect(foldAll([fitRegion('ES41'), selectSite('a')]).fitRegion).toBeNull();
		expect(foldAll([selectSite('a'), fitRegion('ES41')])).toEqual({ filters: null, selection: { kind: 'site', id: 'a' }, fitRegion: 'ES41' });
	});
});

describe('applying at most once per frame', () => {
	function fakeScheduler() {
		const frames: Array<() => void> = [];
		const timeouts: Array<{ run: () => void; ms: number }> = [];
		const clock = { t: 0 };
		return {
			frames,
			timeouts,
			clock,
			scheduler: {
				frame: (run: () => void) => {
					frames.push(run);
					return () => void frames.splice(frames.indexOf(run), 1);
				},
				timeout: (run: () => void, ms: number) => {
					const t = { run, ms };
					timeouts.push(t);
					return () => void timeouts.splice(timeouts.indexOf(t), 1);
				},
				now: () => clock.t
			}
		};
	}

	it('a burst of 1,000 requests is one change, on the first frame without a new request', () => {
		const applied: Pending[] = [];
		const { frames, timeouts, clock, scheduler } = fakeScheduler();
		const c = coalesce((p) => applied.push(p), scheduler);
		for (let i = 0; i < 500; i++) c.push(setFilters({ q: `q${i}` }));
		expect(frames).toHaveLength(1);
		// A frame comes mid-burst: requests are still arriving, so it waits for the next one.
		clock.t = 16;
		frames[0]!();
		expect(applied).toEqual([]);
		for (let i = 500; i < 1000; i++) c.push(setFilters({ q: `q${i}` }));
		clock.t = 32;
		frames[0]!();
		expect(applied).toEqual([]);
		// The first frame with no new request applies the whole burst.
		clock.t = 48;
		frames[0]!();
		expect(applied).toEqual([{ filters: { q: 'q999' }, selection: undefined, fitRegion: null }]);
		// The stand-in timer is cancelled: nothing is applied twice.
		expect(timeouts).toHaveLength(0);
		expect(frames).toHaveLength(0);
		c.push(selectSite('b'));
		expect(frames).toHaveLength(1);
	});

	it('a stream that never pauses is still applied every MAX_WAIT_MS', () => {
		const applied: Pending[] = [];
		const { frames, clock, scheduler } = fakeScheduler();
		const c = coalesce((p) => applied.push(p), scheduler);
		for (let t = 0; t < MAX_WAIT_MS + 16; t += 16) {
			clock.t = t;
			c.push(setFilters({ q: `at ${t}` }));
			c.push(setFilters({ q: `at ${t}` }));
			frames[0]!();
		}
		expect(applied).toHaveLength(1);
	});

	it('a frame that never comes (a hidden frame) is replaced by a short timer', () => {
		const applied: Pending[] = [];
		const { frames, timeouts, scheduler } = fakeScheduler();
		const c = coalesce((p) => applied.push(p), scheduler);
		c.push(selectSite('a'));
		expect(timeouts[0]!.ms).toBe(MAX_DELAY_MS);
		timeouts[0]!.run();
		expect(applied).toHaveLength(1);
		expect(frames).toHaveLength(0);
	});

	it('cancel drops what is pending (the page is leaving)', () => {
		const applied: Pending[] = [];
		const { frames, scheduler } = fakeScheduler();
		const c = coalesce((p) => applied.push(p), scheduler);
		c.push(clear);
		c.cancel();
		expect(frames).toHaveLength(0);
		expect(applied).toEqual([]);
	});
});
