/**
 * Caps on what a link or a host page may ask for. A module of their own: the URL parser uses them,
 * and so does the embed API's validator (src/lib/embed/protocol.ts), a chunk fetched later that
 * need not depend on the parser.
 */

/** The search text (`q=`): longer is cut. */
export const MAX_QUERY_LENGTH = 100;
/** The radius (`within=`, km): half the Earth's circumference, no two points are farther apart. */
export const MAX_WITHIN_KM = 20_000;
