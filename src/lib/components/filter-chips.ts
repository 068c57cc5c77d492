/** One removable chip per active filter value, for the zero-result message (pure). */
import type { Stage, Status } from '$lib/data/schema';
import type { Filters } from '$lib/state/filters';

export type ChipLabels = {
	region: (id: string) => string;
	stage: (stage: Stage) => string;
	status: (status: Status) => string;
	initiative: (id: string) => string;
	/** Label of the text-search chip, e.g. `Search: “lithium”`. */
	query: (q: string) => string;
};

export type Chip = { key: string; label: string; without: Filters };

/**
 * Chips in facet order (region, stage, status, initiative, then the search text); `without` is the
 * filter set with just that value removed. Removing the last stage also resets the stage match to 'any'.
 */
export function activeChips(filters: Filters, labels: ChipLabels): Chip[] {
	const chips: Chip[] = [];
	for (const id of filters.regions) {
		chips.push({ key: `region:${id}`, label: labels.region(id), without: { ...filters, regions: drop(filters.regions, id) } });
	}
	for (const stage of filters.stages) {
		const stages = drop(filters.stages, stage);
		chips.push({
			key: `stage:${stage}`,
			label: labels.stage(stage),
			without: { ...filters, stages, stageMatch: stages.length ? filters.stageMatch : 'any' }
		});
	}
	for (const status of filters.statuses) {
		chips.push({ key: `status:${status}`, label: labels.status(status), without: { ...filters, statuses: drop(filters.statuses, status) } });
	}
	for (const id of filters.initiatives) {
		chips.push({
			key: `initiative:${id}`,
			label: labels.initiative(id),
			without: { ...filters, initiatives: drop(filters.initiatives, id) }
		});
	}
	const q = filters.q.trim();
	if (q) chips.push({ key: 'q', label: labels.query(q), without: { ...filters, q: '' } });
	return chips;
}

function drop<T>(values: readonly T[], value: T): T[] {
	return values.filter((v) => v !== value);
}
