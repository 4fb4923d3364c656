/**
 * What the database holds, and what the API may assume about it (issue 17):
 * - `ours`: the seeded ecosystem — every node has the `Entity` label and a stable `id` (`company:baidu`), the
 *   full-text index `entity_names` and the `search_text` property answer search, the named views are ours.
 * - `any`: a database we did not design — nodes are named by element id (`element:4:…:12`), their names are found
 *   among their properties (lib/neo4j/mappers.ts), search uses the database's own full-text indexes or a bounded
 *   scan (lib/neo4j/queries/search.ts), and the schema (lib/neo4j/introspect.ts) gives colours, filters and a start.
 * GRAPH_MODE picks one; `auto` (the default) looks for the seed's marker, the `entity_names` index, read-only.
 */
import { env } from "../env";
import { readQuery, type Db } from "./run";

export type GraphMode = "ours" | "any";

const TTL_MS = 60_000;
/** A failed detection (the database down) is remembered briefly, so pages do not each wait out the connection. */
const FAILURE_TTL_MS = 5_000;
const cache = new WeakMap<object, { mode: GraphMode; at: number } | { error: unknown; at: number }>();

export async function graphMode(db: Db): Promise<GraphMode> {
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
