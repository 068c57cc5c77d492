/**
 * URL codec: the URL is the single source of truth for what is on screen.
 * Singular names are the one item open in the panel (`region=`, `site=`);
 * plural names will be filter sets. Parsing never throws: bad input is dropped with a warning.
 */

export type Selection = { kind: 'region' | 'site'; id: string } | null;

export type AppState = {
	selection: Selection;
	/** Network links between valleys and hub sites are drawn. */
	showNetwork: boolean;
};

export type Known = { regionIds: ReadonlySet<string>; siteIds: ReadonlySet<string> };

export type Warning = { param: string; value: string; reason: 'unknown-param' | 'unknown-id' | 'invalid-value' | 'conflict' };

export const DEFAULT_STATE: AppState = { selection: null, showNetwork: true };

const KNOWN_PARAMS = new Set(['region', 'site', 'network']);
/** Long enough for any id, short enough that a pasted essay is not echoed back. */
const MAX_SHOWN_VALUE = 60;

export function parseState(params: URLSearchParams, known: Known): { state: AppState; warnings: Warning[] } {
	const warnings: Warning[] = [];
	const warn = (param: string, value: string, reason: Warning['reason']) =>
		warnings.push({ param: clip(param), value: clip(value), reason });

	for (const param of new Set(params.keys())) {
		if (!KNOWN_PARAMS.has(param)) warn(param, params.get(param) ?? '', 'unknown-param');
	}

	const region = params.get('region');
	const site = params.get('site');
	let selection: Selection = null;
	if (site !== null) {
		if (known.siteIds.has(site)) selection = { kind: 'site', id: site };
		else warn('site', site, 'unknown-id');
	}
	if (region !== null) {
		if (!known.regionIds.has(region)) warn('region', region, 'unknown-id');
		else if (selection) warn('region', region, 'conflict');
		else selection = { kind: 'region', id: region };
	}

	let showNetwork = DEFAULT_STATE.showNetwork;
	const network = params.get('network');
	if (network === '0') showNetwork = false;
	else if (network !== null && network !== '1') warn('network', network, 'invalid-value');

	return { state: { selection, showNetwork }, warnings };
}

export function serializeState(state: AppState): URLSearchParams {
	const params = new URLSearchParams();
	if (state.selection) params.set(state.selection.kind, state.selection.id);
	if (state.showNetwork !== DEFAULT_STATE.showNetwork) params.set('network', state.showNetwork ? '1' : '0');
	return params;
}

/** `?a=b` or '' — for links and history entries. */
export function toSearch(state: AppState): string {
	const query = serializeState(state).toString();
	return query ? `?${query}` : '';
}

function clip(text: string): string {
	return text.length > MAX_SHOWN_VALUE ? `${text.slice(0, MAX_SHOWN_VALUE)}…` : text;
}
