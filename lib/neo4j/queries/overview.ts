/**
 * The whole ecosystem at once: every entity up to `limit` (the best-connected first when there are more) with every
 * relationship among them. What `/explore` shows when a link names no start.
 */
import neo4j from "neo4j-driver";
import type { SerializedGraph } from "../../graph/model";
import { GraphCollector } from "../mappers";
import { graphMode } from "../graph-mode";
import { readQuery, type Db } from "../run";

export const OVERVIEW_LIMITS = { default: 1_500, max: 5_000 } as const;

// `ours`: every entity; `any` (a database we did not design): every node, ordered by element id among equals.
const OVERVIEW = (node: string, tie: string) => `
MATCH ${node}
WITH n ORDER BY COUNT { (n)--() } DESC, ${tie} LIMIT $fetch
WITH collect(n) AS top
WITH top[..$limit] AS ns, size(top) > $limit AS truncated
CALL (ns) {
  UNWIND ns AS a
  MATCH (a)-[r]->(b)
  WHERE b IN ns
  RETURN collect(r) AS rels
}
CALL () { MATCH ${node} RETURN count(n) AS total }
RETURN ns, rels, truncated, total`;

export async function getOverview(db: Db, limit: number = OVERVIEW_LIMITS.default): Promise<SerializedGraph> {
  const ours = (await graphMode(db)) === "ours";
  const res = await readQuery(db, ours ? OVERVIEW("(n:Entity)", "n.id") : OVERVIEW("(n)", "elementId(n)"), { limit: neo4j.int(limit), fetch: neo4j.int(limit + 1) });
  const rec = res.records[0];
  const g = new GraphCollector();
  if (rec) {
    g.add(rec.get("ns"));
    g.add(rec.get("rels"));
  }
  const total = rec ? (rec.get("total") as { toNumber(): number }).toNumber() : 0;
  return g.toGraph({ overview: true, truncated: rec ? (rec.get("truncated") as boolean) : false, total });
}
