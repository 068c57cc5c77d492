/**
 * The embed API's side that the map's first bundle needs: the builders of what the map sends
 * (`bvm:ready`, change reports, height, errors) and a label for a host message that is not valid.
 * Its version and caps are in ./limits; reading host messages is ./requests, fetched with the
 * first one.
 */
import type { Filters } from '$lib/state/filters';
import type { Selection } from '$lib/state/url';
import type { MapMessage } from './protocol';
import { MAX_STRING, PROTOCOL_VERSION } from './limits';

/** A short label of what an invalid message claims to be, so the bridge can warn once per kind. */
export function messageKind(data: unknown): string | null {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
	const type: unknown = (data as { type?: unknown }).type;
	// Only messages meant for us are worth a warning; other scripts' traffic is none of our business.
	if (typeof type !== 'string' || !type.startsWith('bvm:')) return null;
	return type.slice(0, 40);
}

export const readyMessage = (state: { selection: Selection; filters: Filters }, url: string): MapMessage => ({
	type: 'bvm:ready',
	v: PROTOCOL_VERSION,
	state: { selection: copySelection(state.selection), filters: copyFilters(state.filters) },
	url
});

export const selectionChangedMessage = (selection: Selection): MapMessage => ({
	type: 'bvm:selectionChanged',
	v: PROTOCOL_VERSION,
	selection: copySelection(selection)
});

export const filtersChangedMessage = (filters: Filters, matching: number): MapMessage => ({
	type: 'bvm:filtersChanged',
	v: PROTOCOL_VERSION,
	filters: copyFilters(filters),
	matching
});

export const heightMessage = (height: number): MapMessage => ({ type: 'bvm:height', v: PROTOCOL_VERSION, height: Math.max(0, Math.ceil(height)) });

export const dataErrorMessage = (message: string): MapMessage => ({
	type: 'bvm:error',
	v: PROTOCOL_VERSION,
	error: 'data',
	message: message.slice(0, MAX_STRING)
});

// Copies: postMessage clones anyway, but a builder's output must not alias the app's state.
function copySelection(selection: Selection): Selection {
	return selection ? { kind: selection.kind, id: selection.id } : null;
}

function copyFilters(f: Filters): Filters {
	return { ...f, regions: [...f.regions], stages: [...f.stages], statuses: [...f.statuses], initiatives: [...f.initiatives] };
}
