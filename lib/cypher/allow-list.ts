/**
 * What the console may call. Allow-lists, not deny-lists: a procedure or namespaced function that is not named
 * here is refused, whatever plugins the server has (APOC, GDS…). Pure data, shared by the text and plan guards.
 */

/** Read-only procedures (lower-cased). Everything else — dbms.*, tx.*, db.create*, apoc.*, … — is refused. */
export const ALLOWED_PROCEDURES: ReadonlySet<string> = new Set([
  "db.labels",
  "db.relationshiptypes",
  "db.propertykeys",
  "db.schema.visualization",
  "db.schema.nodetypeproperties",
  "db.schema.reltypeproperties",
  "db.index.fulltext.querynodes",
  "db.index.fulltext.queryrelationships",
  "db.ping",
]);

/** Namespaces of built-in functions (`date.truncate`, `point.distance`, `vector.similarity.cosine`…). */
export const ALLOWED_FUNCTION_NAMESPACES: ReadonlySet<string> = new Set([
  "date",
  "datetime",
  "localdatetime",
  "time",
  "localtime",
  "duration",
  "point",
  "vector",
]);

/**
 * Bare words that start a write, a load, another database, a batch of transactions, an administration or
 * schema command, or a nested EXPLAIN/PROFILE. Lower-cased; matched only in code (not in strings, comments,
 * backtick-quoted names, after `.` or `:`, or as a map key).
 */
export const FORBIDDEN_WORDS: ReadonlyMap<string, string> = new Map([
  ...["create", "merge", "set", "delete", "detach", "remove", "foreach", "insert"].map(
    (w) => [w, "writes to the graph; the console only reads"] as const,
  ),
  ["load", "loads files (LOAD CSV); the console only reads the graph"],
  ["use", "switches to another database (USE); the console reads this graph only"],
  ["transactions", "runs in batches of transactions (CALL { … } IN TRANSACTIONS), which the console does not allow"],
  ["periodic", "uses periodic commits, which the console does not allow"],
  ...["show", "terminate", "grant", "revoke", "deny", "drop", "alter"].map(
    (w) => [w, "is a schema or administration command; the console only reads the graph"] as const,
  ),
  ...["explain", "profile"].map((w) => [w, "is EXPLAIN/PROFILE; the console plans every query itself — run the query plainly"] as const),
]);

/** A statement starts with one of these (after an optional `CYPHER …` options prefix). */
export const STATEMENT_START_WORDS: ReadonlySet<string> = new Set(["match", "optional", "with", "unwind", "return", "call"]);

/** Plan operators (without the `@database` suffix) that are refused even in a read-only plan. */
export const FORBIDDEN_OPERATOR = /^(Show|Terminate|LoadCSV|Transaction|AdministrationCommand|SystemProcedure|Create|Merge|Delete|DetachDelete|Set|Remove|Foreach|Drop|Alter|Grant|Revoke|Deny|Start|Stop|Rename|Enable|Assert|Ensure|DoNothingIfExists|Log)/;
