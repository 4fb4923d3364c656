/**
 * Message keys (or key prefixes, namespace first) that the code builds at run time rather than writing out — a
 * node type's name, an API error code — so the catalogue test (tests/unit/i18n-catalogues.test.ts) cannot find them
 * as literals. Add a prefix here only when the key really is computed.
 */
export const DYNAMIC_KEYS: readonly string[] = [
  // A node type's / relationship type's name in the interface language (lib/i18n/vocabulary.ts).
  "common.nodeTypes",
  "common.relTypes",
  // An API error code's title and message (lib/client/api.ts errorProblem, app/[locale]/console/result-view.tsx).
  "errors.title",
  "errors.message",
];
