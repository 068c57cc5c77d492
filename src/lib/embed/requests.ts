/**
 * What the embed fetches with the host page's first message (see inbox.ts): the validator of host
 * messages and the coalescer that folds the valid requests into one change per frame. A page
 * whose host never writes to it does without both (and without the schema library).
 */
export { parseHostMessage, nearPlaceOf } from './protocol';
export { coalesce } from './coalesce';
