/**
 * The embed API's version and caps, in a module of their own: the builders (./outbound, in the
 * map's first bundle) and the validator (./protocol, a chunk fetched later) both use them, and
 * neither needs the other.
 */

export const PROTOCOL_VERSION = 1;
/** A real message is a few hundred bytes; anything near this is abuse or a bug. */
export const MAX_MESSAGE_JSON = 10_000;
export const MAX_LIST = 100;
export const MAX_STRING = 200;
