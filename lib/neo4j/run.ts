/** One typed wrapper for every read the API makes (as vercel/commerce keeps data access behind one fetch). */
import neo4j, { type Driver, type QueryResult, type RecordShape } from "neo4j-driver";

export interface Db {
  driver: Driver;
  database: string;
  /** Per-query timeout in ms. */
  timeoutMs?: number;
}

/** Runs a read query through read routing (clusters and Aura route it to a reader). */
export async function readQuery<R extends RecordShape = RecordShape>(
  db: Db,
  cypher: string,
  params: Record<string, unknown> = {},
  metadata: Record<string, string> = { app: "cn-genai-graph", kind: "api" },
): Promise<QueryResult<R>> {
  return db.driver.executeQuery<QueryResult<R>>(cypher, params, {
    routing: neo4j.routing.READ,
    database: db.database,
    transactionConfig: { timeout: db.timeoutMs ?? 10_000, metadata },
  });
}
