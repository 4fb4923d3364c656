/**
 * The explorer's limits, in one place: the server applies them (lib/neo4j/queries), the client asks with them
 * (lib/client/api.ts, lib/explore/load.ts), and the page's words quote them (details panel, notices).
 */

/** A node with more neighbours than this opens alone and is expanded one relationship type at a time. */
export const BUSY = 25;
/** At most this many neighbours per expansion. */
export const EXPAND_LIMIT = 200;
/** Search hits a search link (`q=`) starts with. */
export const SEARCH_START_LIMIT = 8;
/** Search hits offered while typing. */
export const SEARCH_BOX_LIMIT = 12;

/** Entities the whole-ecosystem overview loads at most (the best-connected first). */
export const OVERVIEW_LIMIT = 1_500;
