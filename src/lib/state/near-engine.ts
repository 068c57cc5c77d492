/**
 * Everything "near" needs that is heavy (a kd-tree, geodesic search, turf's distance and circle):
 * one chunk, fetched when a link or an action first sets a place (explore.svelte.ts), so the
 * first view of every page does without it.
 */
export { keepRanked, rankMatching, type NearResult } from './near-ranking';
export { nearOverlay } from '$lib/map/near-shapes';
