/**
 * Sites that share region, stages, status and initiatives are alike for the facet counts: they
 * pass or fail the same filters. Each such combination (a profile) gets a small number, kept per
 * record object, so counting 15,000 sites is one tally per site and the filter tests run once per
 * profile (a few hundred at most), not once per site.
 */
import type { Stage, Status } from '$lib/data/schema';

/** What a facet looks at in a site's filter record. */
export type Profile = { readonly region: string; readonly stages: readonly Stage[]; readonly status: Status; readonly initiatives: readonly string[] };

const profiles: Profile[] = [];
const byKey = new Map<string, number>();
/** Records seen before: their profile's number (records are immutable; a changed status is a new record). */
const ofRecord = new WeakMap<Profile, number>();

/** The profile number of a record: the same for every record with the same region, stages, status and initiatives. */
export function profileId(record: Profile): number {
	let id = ofRecord.get(record);
	if (id !== undefined) return id;
	// Lists in any order: the counts treat them as sets.
	const key = `${record.region}\u0001${[...record.stages].sort().join('\u0002')}\u0001${record.status}\u0001${[...record.initiatives].sort().join('\u0002')}`;
	id = byKey.get(key);
	if (id === undefined) {
		id = profiles.length;
		profiles.push({ region: record.region, stages: record.stages, status: record.status, initiatives: record.initiatives });
		byKey.set(key, id);
	}
	ofRecord.set(record, id);
	return id;
}

export function profileAt(id: number): Profile {
	return profiles[id]!;
}
