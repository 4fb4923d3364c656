/**
 * What the database holds, and what the API may assume about it (issue 17):
 * - `ours`: the seeded ecosystem — every node has the `Entity` label and a stable `id` (`company:baidu`), the
 *   full-text index `entity_names` and the `search_text` property answer search, the named views are ours.
 * - `any`: a database we did not design — nodes are named by their label's uniqueness constraint
 *   (`key:Movie.title:The Matrix`) or else by element id (`element:4:…:12`), their names are found
 *   among their properties (lib/neo4j/mappers.ts), search uses the database's own full-text indexes or a bounded
 *   scan (lib/neo4j/queries/search.ts), and the schema (lib/neo4j/introspect.ts) gives colours, filters and a start.
 * GRAPH_MODE picks one; `auto` (the default) looks for the seed's marker, the `entity_names` index, read-only.
 */
import { env } from "../env";
import { introspect } from "./introspect";
import { registerStableKeys } from "./node-keys";
import { readQuery, type Db } from "./run";

export type GraphMode = "ours" | "any";

const TTL_MS = 60_000;
/** A failed detection (the database down) is remembered briefly, so pages do not each wait out the connection. */
const FAILURE_TTL_MS = 5_000;
const cache = new WeakMap<object, { mode: GraphMode; at: number } | { error: unknown; at: number }>();

export async function graphMode(db: Db): Promise<GraphMode> {
  const mode = await detect(db);
  if (mode === "any") await stableKeys(db);
  return mode;
}

/**
 * In a database we did not design, the labels whose uniqueness constraint names their nodes (node-keys.ts), read
 * once per schema cache: before any node of it is keyed, so one node has one key for the life of the process. A
 * failed read leaves nodes named by element id (still valid keys).
 */
async function stableKeys(db: Db): Promise<void> {
  try {
    registerStableKeys((await introspect(db)).labels);
  } catch {
    /* element ids, then */
  }
}

async function detect(db: Db): Promise<GraphMode> {
  const configured = env().GRAPH_MODE;
  if (configured !== "auto") return configured;
  const hit = cache.get(db.driver);
  if (hit && "mode" in hit && Date.now() - hit.at < TTL_MS) return hit.mode;
  if (hit && "error" in hit && Date.now() - hit.at < FAILURE_TTL_MS) throw hit.error;
  try {
    const res = await readQuery(db, "SHOW INDEXES YIELD name, type WHERE name = 'entity_names' AND type = 'FULLTEXT' RETURN count(*) AS n");
    const mode: GraphMode = Number(res.records[0]?.get("n") ?? 0) > 0 ? "ours" : "any";
    cache.set(db.driver, { mode, at: Date.now() });
    return mode;
  } catch (error) {
    cache.set(db.driver, { error, at: Date.now() });
    throw error;
  }
}

/** Forgets the detected mode (tests that seed or wipe a database under a running process). */
export function forgetGraphMode(db: Db): void {
  cache.delete(db.driver);
}

/**
 * Call before keying nodes outside the mode-aware queries (details, expansion, paths, the console): makes sure a
 * database we did not design has its constrained keys registered. Never throws (the query that follows will).
 */
export async function keysReady(db: Db): Promise<void> {
  await graphMode(db).catch(() => undefined);
}
