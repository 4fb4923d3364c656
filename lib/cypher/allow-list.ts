/**
 * What the console may call. Procedures: a short list of built-ins that are always allowed, plus whatever this
 * database's server reports as read-only (`SHOW PROCEDURES`: mode READ, not admin-only; procedures.ts reads and
 * caches it), minus the families in DENIED_PROCEDURES, which are refused even when they call themselves READ.
 * Namespaced functions: built-in namespaces only (no apoc.*, gds.*, …). Pure data and one pure policy function,
 * shared by the text and plan guards.
 */

/**
 * Procedures that are always allowed (lower-cased), whatever the server reports: each was reviewed as a pure read.
 * This list wins over DENIED_PROCEDURES (dbms.components is in the denied dbms.* family).
 */
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
  // Mode DBMS, but it only names the server's version and edition, which GET /api/health already tells anyone.
  "dbms.components",
]);

/** The names as users write them, for messages (same order as ALLOWED_PROCEDURES). */
export const ALLOWED_PROCEDURE_NAMES: readonly string[] = [
  "db.labels",
  "db.relationshipTypes",
  "db.propertyKeys",
  "db.schema.visualization",
  "db.schema.nodeTypeProperties",
  "db.schema.relTypeProperties",
  "db.index.fulltext.queryNodes",
  "db.index.fulltext.queryRelationships",
  "db.ping",
  "dbms.components",
];

/**
 * Procedure families refused even when the server reports them as READ, because READ only means "does not write
 * to this graph": these read files or URLs, reach other servers, run Cypher handed to them as text (which no guard
 * here sees), or change the server's state outside the transaction. Lower-cased patterns: `x.*` is every name
 * under `x.`, `x*` every name starting with `x`, anything else one exact name. Each entry says why, in the words
 * the console's refusal uses ("Refused: the procedure … is not available in the console: it …").
 */
const FILES_AND_URLS = "reads files or URLs, or talks to other servers";
const CYPHER_TEXT = "runs Cypher given to it as text, which the console cannot check";
const SERVER_STATE = "changes or waits on the server's state beyond this query";
const ADMIN = "is about the server, its settings, users or other sessions, not the graph";

export const DENIED_PROCEDURES: readonly { pattern: string; why: string }[] = [
  // Files, URLs and other servers. APOC's loaders and import/export read and write files and fetch URLs (also when
  // they say READ: apoc.load.* and apoc.export.* do); the rest are APOC's and plugins' network clients.
  ...[
    "apoc.load.*", // apoc.load.json/csv/xml/jdbc/html/directory …: files, URLs, JDBC
    "apoc.import.*", // files and URLs
    "apoc.export.*", // writes files (mode READ: it only reads the graph)
    "apoc.xml.*", // apoc.xml.import: URLs
    "apoc.log.*", // apoc.log.stream reads the server's log files; the others write to them
    "apoc.metrics.*", // reads the server's metrics files
    "apoc.dv.*", // virtual resources over JDBC and CSV URLs
    "apoc.model.*", // apoc.model.jdbc
    "apoc.bolt.*", // another Neo4j over Bolt
    "apoc.es.*",
    "apoc.mongo.*",
    "apoc.mongodb.*",
    "apoc.couchbase.*",
    "apoc.redis.*",
    "apoc.kafka.*",
    "apoc.gephi.*", // streams to a Gephi server over HTTP
    "apoc.ml.*", // OpenAI, Vertex AI, Bedrock … over HTTP
    "apoc.nlp.*", // cloud NLP services
    "apoc.vectordb.*", // Qdrant, Chroma, Weaviate … over HTTP
    "apoc.spatial.geocode*", // geocoding services over HTTP
    "apoc.spatial.reversegeocode",
    "genai.*", // Neo4j's GenAI plugin: sends data to an AI provider
    "n10s.*", // neosemantics: fetches RDF from URLs and files
  ].map((pattern) => ({ pattern, why: FILES_AND_URLS })),
  // Cypher as text: the text guard and the plan guard never see the inner query (it may LOAD CSV, call any
  // procedure, …); the READ transaction would stop a write, but not a file read.
  ...[
    "apoc.cypher.*", // run, runMany, runFile(s), doIt, runTimeboxed, parallel …
    "apoc.when",
    "apoc.case",
    "apoc.do.*",
    "apoc.periodic.*", // iterate, commit, submit, repeat: also background jobs that outlive the query
    "apoc.custom.*", // declares procedures and functions from Cypher text
    "custom.*", // the procedures apoc.custom declares: stored Cypher text
    "apoc.trigger.*", // installs Cypher that runs on every later transaction
    "apoc.graph.fromcypher",
  ].map((pattern) => ({ pattern, why: CYPHER_TEXT })),
  // Server state: READ procedures that wait (tie up a console slot), resample, collect statistics, take locks,
  // fill caches, keep graphs in memory beyond the query (GDS projections), or read the configuration.
  ...[
    "db.await*", // db.awaitIndex, db.awaitIndexes: wait up to 300 s
    "db.index.fulltext.await*",
    "db.resample*", // schedules index resampling
    "db.prepareforreplanning", // resamples, waits, clears the query caches
    "db.stats.*", // starts/stops/clears server-wide query collection; retrieves other users' queries
    "db.checkpoint",
    "db.clearquerycaches",
    "apoc.util.sleep",
    "apoc.warmup.*", // loads the whole store into the page cache
    "apoc.lock.*", // takes locks writers then wait on
    "gds.*", // projections kept in server memory, mutate, write, export to files
  ].map((pattern) => ({ pattern, why: SERVER_STATE })),
  // Administration: the server rather than the graph (most say DBMS; some say READ, e.g. dbms.upgradeStatus).
  ...[
    "dbms.*", // settings, connections, users, routing … (dbms.components is allowed above)
    "tx.*", // tx.setMetaData would relabel the console's own transactions
    "apoc.config.*", // the server's configuration, secrets included
    "apoc.static.*", // values from the configuration
    "apoc.systemdb.*", // runs on the system database
    "internal.*", // Neo4j's internal procedures
  ].map((pattern) => ({ pattern, why: ADMIN })),
];

/** The denied family a lower-cased procedure name falls in, if any. */
export function deniedProcedure(name: string): { pattern: string; why: string } | undefined {
  const n = name.toLowerCase();
  return DENIED_PROCEDURES.find(({ pattern }) => (pattern.endsWith("*") ? n.startsWith(pattern.slice(0, -1)) : n === pattern));
}

/** What the server reports about one procedure (`SHOW PROCEDURES YIELD name, mode, admin`). */
export interface ProcedureInfo {
  /** The name as the server spells it. */
  name: string;
  /** READ, WRITE, SCHEMA, DBMS or DEFAULT. */
  mode: string;
  /** True for admin-only procedures. */
  admin: boolean;
  /** `(arg :: TYPE, …) :: (field :: TYPE, …)`, for the editor's completion; may be empty. */
  signature?: string;
  /** The fields it yields, for the editor's completion. */
  returnItems?: { name: string; signature: string }[];
}

/** This server's procedures by lower-cased name; undefined when the server has not been (or could not be) asked. */
export type ProcedureCatalogue = ReadonlyMap<string, ProcedureInfo>;

export type ProcedureVerdict = { ok: true } | { ok: false; why: string };

/**
 * May the console call this procedure? Always-allowed built-ins first; then the denied families; then what the
 * server reports: it must exist, be READ and not be admin-only. Without a catalogue only the built-ins pass.
 */
export function procedureVerdict(name: string, catalogue?: ProcedureCatalogue): ProcedureVerdict {
  const n = name.toLowerCase();
  if (ALLOWED_PROCEDURES.has(n)) return { ok: true };
  const denied = deniedProcedure(n);
  if (denied) return { ok: false, why: `it ${denied.why}` };
  if (!catalogue) return { ok: false, why: "the console could not ask this database which of its procedures are read-only" };
  const info = catalogue.get(n);
  if (!info) return { ok: false, why: "this database has no procedure of that name" };
  if (info.mode.toUpperCase() !== "READ") {
    return { ok: false, why: `Neo4j reports it as a ${info.mode.toUpperCase()} procedure, and the console only calls READ ones` };
  }
  if (info.admin) return { ok: false, why: "it is an admin-only procedure" };
  return { ok: true };
}

/** The sentence after a refused procedure: what the console does call. */
export function allowedProceduresSentence(): string {
  return `The console calls this database's read-only procedures (mode READ, not admin-only), except those that read files or URLs, run Cypher given as text, or change the server's state; always: ${ALLOWED_PROCEDURE_NAMES.join(", ")}.`;
}

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
