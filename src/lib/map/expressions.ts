/**
 * The style expressions the layers share: hover, selection and dimming read feature-state (set by
 * map-sync.ts), stage, status and initiative read feature properties. Evaluated by the renderer,
 * never by loops over features in JS.
 */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import { STAGES } from '$lib/data/vocab';
import { INITIATIVE_FALLBACK, STAGE_COLORS, STAGE_FALLBACK, statusStyle, type InitiativeStyle } from './palette';
import type { MapPalette } from './themes';
import type { RegionRole } from '$lib/data/geometry';

export const isState = (key: 'hover' | 'selected' | 'dimmed'): ExpressionSpecification => ['boolean', ['feature-state', key], false];

/** `case` on feature-state: selected, then hover, then the resting value. */
export function byState<T extends number | string>(selected: T, hover: T, rest: T): ExpressionSpecification {
	return ['case', isState('selected'), selected, isState('hover'), hover, rest];
}

/** Valleys: as `byState`, but a valley without matching sites (`dimmed`) takes `dimmed` unless selected. */
export function byValleyState<T extends number | string>(selected: T, hover: T, rest: T, dimmed: T): ExpressionSpecification {
	return ['case', isState('selected'), selected, isState('dimmed'), dimmed, isState('hover'), hover, rest];
}

/** Unselected dimmed valley: greyed out. */
export const dimmedLook: ExpressionSpecification = ['all', isState('dimmed'), ['!', isState('selected')]];

export const stageColor: ExpressionSpecification = [
	'match',
	['get', 'primary_stage'],
	...STAGES.flatMap((s) => [s, STAGE_COLORS[s]]),
	STAGE_FALLBACK
] as unknown as ExpressionSpecification;

/** A network link's colour, dash or offset by its initiative, in the colours of a theme. */
export function byInitiative<K extends keyof InitiativeStyle>(p: MapPalette, key: K, wrap: (v: InitiativeStyle[K]) => unknown): ExpressionSpecification {
	const cases = Object.entries(p.initiatives).flatMap(([id, s]) => [id, wrap(s[key])]);
	return ['match', ['get', 'initiative'], ...cases, wrap(INITIATIVE_FALLBACK[key])] as unknown as ExpressionSpecification;
}

export const operating: ExpressionSpecification = ['==', ['get', 'operating'], true];
export const unclustered: ExpressionSpecification = ['!', ['has', 'point_count']];
export const hasRole = (role: RegionRole): ExpressionSpecification => ['==', ['get', 'role'], role];
export const isValley: ExpressionSpecification = ['all', hasRole('area'), ['==', ['get', 'kind'], 'valley']];
export const isNetwork: ExpressionSpecification = ['all', hasRole('area'), ['==', ['get', 'kind'], 'network']];

/** Radius of a site disc by zoom, larger when hovered or selected. */
export function siteRadius(extra = 0): ExpressionSpecification {
	return ['interpolate', ['linear'], ['zoom'], 4, byState(8 + extra, 7 + extra, 5 + extra), 10, byState(11 + extra, 10 + extra, 7.5 + extra)];
}

export const FILLED_STROKE = statusStyle.operating.strokeWidth;
export const RING_STROKE = statusStyle.planned.strokeWidth;

/** The casing's radius: the disc and its own stroke (wider on rings), so the casing's stroke starts where the symbol ends. */
export function casingRadius(): ExpressionSpecification {
	const at = (selected: number, hover: number, rest: number): ExpressionSpecification => [
		'case',
		operating,
		byState(selected + FILLED_STROKE, hover + FILLED_STROKE, rest + FILLED_STROKE),
		byState(selected + RING_STROKE, hover + RING_STROKE, rest + RING_STROKE)
	];
	return ['interpolate', ['linear'], ['zoom'], 4, at(8, 7, 5), 10, at(11, 10, 7.5)];
}
