import neo4j from "neo4j-driver";
import { AppError } from "../../errors";
import type { Json, SerializedGraph } from "../../graph/model";
import { displayName, GraphCollector, INTERNAL_PROPERTIES, primaryLabel, toJson } from "../mappers";
import { keysReady } from "../graph-mode";
import { matchByKey } from "../node-keys";
import { readQuery, type Db } from "../run";

export interface RelationshipCount {
  type: string;
  direction: "out" | "in";
  count: number;
}
export interface NodeDetails {
  id: string;
  type: string;
  /** Its name for people (lib/neo4j/mappers.ts displayName): ours, or a name-like property of a foreign node. */
  name: string;
  labels: string[];
  properties: Record<string, Json>;
  relationshipCounts: RelationshipCount[];
  degree: number;
}

const GET_NODE = (match: string) => `
${match}
CALL (n) {
  MATCH (n)-[r]->() RETURN type(r) AS type, 'out' AS direction, count(*) AS count
  UNION ALL
  MATCH (n)<-[r]-() RETURN type(r) AS type, 'in' AS direction, count(*) AS count
}
RETURN n, collect({type: type, direction: direction, count: count}) AS counts`;

/** The node with all its properties and its relationship counts by type and direction; 404 when unknown. */
export async function getNode(db: Db, id: string): Promise<NodeDetails> {
  await keysReady(db);
  const m = matchByKey("n", id);
  const res = await readQuery(db, GET_NODE(m.cypher), m.params);
  const rec = res.records[0];
  if (!rec) throw new AppError("not_found", `No entity has the id "${id}".`);
  const n = rec.get("n");
  const props = Object.fromEntries(
    Object.entries(n.properties as Record<string, unknown>).filter(([k]) => !INTERNAL_PROPERTIES.has(k)),
  );
  const counts = (rec.get("counts") as { type: string; direction: "out" | "in"; count: unknown }[])
    .map((c) => ({ type: c.type, direction: c.direction, count: toJson(c.count) as number }))
    .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type) || a.direction.localeCompare(b.direction));
  return {
    id,
    type: primaryLabel(n.labels),
    name: displayName(n),
    labels: n.labels,
    properties: toJson(props) as Record<string, Json>,
    relationshipCounts: counts,
    degree: counts.reduce((s, c) => s + c.count, 0),
  };
}

/**
 * What a neighbourhood with more than `limit` neighbours answers: the first `limit` of them (`cut`), or the centre
 * alone (`center`: how the explorer opens a busy start node, whose relationship groups it then offers).
 */
export type Overflow = "cut" | "center";

/**
 * The neighbourhood up to `depth` hops (1..3), at most `limit` neighbours besides the centre, with every
 * relationship among the returned nodes. `types` restricts the relationship types followed, `kinds` the
 * relationships to those whose `kind` property is one of them (an old link's expansion by a type since merged).
 * The graph's attributes say whether the neighbour list was more than `limit` (`truncated`).
 */
export async function getNeighborhood(
  db: Db,
  id: string,
  depth: 1 | 2 | 3,
  limit: number,
  types: string[] = [],
  overflow: Overflow = "cut",
  kinds: string[] = [],
): Promise<SerializedGraph> {
  await keysReady(db);
  const byKind = kinds.length > 0;
  // depth is a validated literal 1..3 and types are validated identifiers: safe to place in the pattern.
  const relPattern = types.length ? `:${types.map((t) => `\`${t}\``).join("|")}` : "";
  const m = matchByKey("c", id);
  const cypher = `
${m.cypher}
CALL (c) {
  MATCH (c)-[rs${relPattern}*1..${depth}]-(m)
  WHERE m <> c AND (NOT $byKind OR all(r IN rs WHERE r.kind IN $kinds))
  WITH DISTINCT m LIMIT $fetch
  RETURN collect(m) AS ms
}
WITH c, ms, size(ms) > $limit AS truncated
WITH [c] + CASE WHEN truncated AND $alone THEN [] ELSE ms[..$limit] END AS ns, truncated
CALL (ns) {
  UNWIND ns AS a
  MATCH (a)-[r${relPattern}]->(b)
  WHERE b IN ns AND (NOT $byKind OR r.kind IN $kinds)
  RETURN collect(DISTINCT r) AS rels
}
RETURN ns, rels, truncated`;
  const res = await readQuery(db, cypher, { ...m.params, limit: neo4j.int(limit), fetch: neo4j.int(limit + 1), alone: overflow === "center", byKind, kinds });
  const rec = res.records[0];
  if (!rec) throw new AppError("not_found", `No entity has the id "${id}".`);
  const g = new GraphCollector();
  g.add(rec.get("ns"));
  g.add(rec.get("rels"));
  return g.toGraph({ center: id, depth, truncated: rec.get("truncated") as boolean });
}
