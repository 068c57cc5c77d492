/**
 * Filter logic: which sites match, and how many each option would give (contextual facet counts).
 * Pure and linear in the number of sites, so it stays instant at tens of thousands of points.
 */
import type { Lang, Stage, Status } from '$lib/data/schema';
import { profileAt, profileId, type Profile } from './profiles';

export type StageMatch = 'any' | 'all';

export type Filters = {
	regions: string[];
	stages: Stage[];
	/** 'any': a site with at least one chosen stage; 'all': a site with every chosen stage. */
	stageMatch: StageMatch;
	statuses: Status[];
	initiatives: string[];
	q: string;
};

export const NO_FILTERS: Filters = { regions: [], stages: [], stageMatch: 'any', statuses: [], initiatives: [], q: '' };

/** What filtering needs to know about a site, precomputed once. */
export type FilterRecord = {
	id: string;
	region: string;
	stages: readonly Stage[];
	status: Status;
	initiatives: readonly string[];
	/** Normalised searchable text (name, operator, town, description) per language. */
	text: Record<Lang, string>;
};

export type Facet = 'regions' | 'stages' | 'statuses' | 'initiatives';
export const FACETS: readonly Facet[] = ['regions', 'stages', 'statuses', 'initiatives'];

/** Lower-case, accents removed: "León" and "leon" compare equal. */
export function normalise(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLowerCase();
}

export function searchTerms(q: string): string[] {
	return normalise(q).split(/\s+/).filter(Boolean);
}

export function activeFilterCount(f: Filters): number {
	return f.regions.length + f.stages.length + f.statuses.length + f.initiatives.length + (f.q.trim() ? 1 : 0);
}

/** The same filters, option for option (a URL parsed again gives new arrays with the same options). */
export function sameFilters(a: Filters, b: Filters): boolean {
	const same = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((v, i) => v === y[i]);
	return (
		a.stageMatch === b.stageMatch &&
		a.q === b.q &&
		same(a.regions, b.regions) &&
		same(a.stages, b.stages) &&
		same(a.statuses, b.statuses) &&
		same(a.initiatives, b.initiatives)
	);
}

type Test = (site: Profile) => boolean;

/** One predicate per filter dimension; an empty dimension lets everything through. */
function dimensionTests(f: Filters, lang: Lang): Record<Facet, Test> & { q: (site: FilterRecord) => boolean } {
	const regions = new Set(f.regions);
	const stages = new Set<string>(f.stages);
	const chosenStages = [...stages] as Stage[];
	const statuses = new Set<string>(f.statuses);
	const initiatives = new Set(f.initiatives);
	const terms = searchTerms(f.q);
	const anyOf = (values: readonly string[], wanted: Set<string>) => values.some((v) => wanted.has(v));
	return {
		regions: (s) => regions.size === 0 || regions.has(s.region),
		stages: (s) => stages.size === 0 || (f.stageMatch === 'all' ? chosenStages.every((st) => s.stages.includes(st)) : anyOf(s.stages, stages)),
		statuses: (s) => statuses.size === 0 || statuses.has(s.status),
		initiatives: (s) => initiatives.size === 0 || anyOf(s.initiatives, initiatives),
		q: (s) => terms.every((term) => s.text[lang].includes(term))
	};
}

export function applyFilters(sites: readonly FilterRecord[], f: Filters, lang: Lang): FilterRecord[] {
	const tests = Object.values(dimensionTests(f, lang));
	return sites.filter((site) => tests.every((test) => test(site)));
}

export type FacetCounts = Record<Facet, Map<string, number>>;

/**
 * For each option, the number of sites it would give with the other active filters applied.
 * A site that fails exactly one dimension still counts towards that dimension's options.
 * For stages in 'all' mode, an option counts the sites having it plus every chosen stage.
 * It runs on every change, over up to 50,000 sites: sites are tallied by profile (profiles.ts),
 * and the tests run once per profile.
 */
export function facetCounts(sites: readonly FilterRecord[], f: Filters, lang: Lang): FacetCounts {
	const tests = dimensionTests(f, lang);
	const textual = searchTerms(f.q).length > 0;
	const tally: number[] = [];
	for (const site of sites) {
		if (textual && !tests.q(site)) continue;
		const id = profileId(site);
		tally[id] = (tally[id] ?? 0) + 1;
	}
	const counts: FacetCounts = { regions: new Map(), stages: new Map(), statuses: new Map(), initiatives: new Map() };
	const bump = (map: Map<string, number>, key: string, n: number) => map.set(key, (map.get(key) ?? 0) + n);
	/** Each distinct value of a list once (a list may name a value twice). */
	const bumpEach = (map: Map<string, number>, values: readonly string[], n: number) => {
		for (let i = 0; i < values.length; i++) if (values.indexOf(values[i]!) === i) bump(map, values[i]!, n);
	};
	const allStages = f.stageMatch === 'all' && f.stages.length > 0;
	tally.forEach((n, id) => {
		const p = profileAt(id);
		const region = tests.regions(p);
		const stages = tests.stages(p);
		const status = tests.statuses(p);
		const initiatives = tests.initiatives(p);
		const failing = Number(!region) + Number(!stages) + Number(!status) + Number(!initiatives);
		if (failing > 1) return;
		if (failing === 0 || !region) bump(counts.regions, p.region, n);
		// Adding an option in 'all' mode narrows: count only sites that also have every chosen stage.
		if ((failing === 0 || !stages) && (!allStages || f.stages.every((st) => p.stages.includes(st)))) bumpEach(counts.stages, p.stages, n);
		if (failing === 0 || !status) bump(counts.statuses, p.status, n);
		if (failing === 0 || !initiatives) bumpEach(counts.initiatives, p.initiatives, n);
	});
	return counts;
}

/** Option order per facet (the order the panel shows them), so a toggled set stays in a stable order in the URL. */
export type FacetOrder = Record<Facet, readonly string[]>;

function toggled<T extends string>(list: readonly T[], value: T, order: readonly string[]): T[] {
	const chosen = new Set(list);
	if (chosen.has(value)) chosen.delete(value);
	else chosen.add(value);
	return [...(order as readonly T[]).filter((v) => chosen.has(v)), ...[...chosen].filter((v) => !order.includes(v))];
}

/** The filters with one option of one facet switched; clearing the last stage resets the stage match to 'any'. */
export function toggleOption(f: Filters, facet: Facet, id: string, order: FacetOrder): Filters {
	const next = { ...f, [facet]: toggled(f[facet] as readonly string[], id, order[facet]) };
	if (facet === 'stages' && next.stages.length === 0) next.stageMatch = 'any';
	return next;
}
