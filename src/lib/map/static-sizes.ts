/** Sizes (CSS px) of the build-time SVG maps: the page reserves the box, the build draws into it. */
import type { Size } from './mercator';

export const REGION_MAP_SIZE: Size = { width: 720, height: 440 };
export const SITE_MAP_SIZE: Size = { width: 720, height: 400 };
/** Share cards (Open Graph, Twitter): the recommended 1200×630. */
export const CARD_SIZE: Size = { width: 1200, height: 630 };
