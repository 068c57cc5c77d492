/** What the map draws for "near" (the shapes are built in near-shapes.ts, part of the near chunk). */
import type { FeatureCollection } from 'geojson';

/** Lines are drawn to this many of the nearest matching sites. */
export const NEAR_LINES = 5;

export const EMPTY_OVERLAY: FeatureCollection = { type: 'FeatureCollection', features: [] };

export type NearRole = 'ring' | 'line' | 'origin';
