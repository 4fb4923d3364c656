/**
 * How A is connected to B: the shortest path(s) between entities, found by Neo4j's own shortest-path planning
 * (`shortestPath` / `allShortestPaths`, a bidirectional breadth-first search that checks the options' predicates
 * as it goes), within a hop cap and the API's query timeout. More than two entities ("connect these") is the union
 * of the shortest paths of every pair. The answer is one serialized graph plus, per pair, its paths as lists of
 * node and relationship keys, so the page can draw them and write them out step by step.
 */
import neo4j from "neo4j-driver";
import type { Node, Path } from "neo4j-driver";
import { CONCEPT_LABELS } from "../../../graph-seed/vocabulary";
import { AppError } from "../../errors";
import type { Json, SerializedGraph } from "../../graph/model";
import {
  DEFAULT_PATH_OPTIONS,
  pairsOf,
  PATH_LIMITS,
  type PathOptions,
  type PathsAttributes,
  type PathSteps,
} from "../../graph/paths";
import { DECK_SET } from "../../graph/filters";
import { GraphCollector, nodeKey, relKey } from "../mappers";
import { keysReady } from "../graph-mode";
import { nodesByKeys } from "../node-keys";
import { readQuery, type Db } from "../run";

const ignoredTypes = (o: PathOptions) => o.ignore.filter((t) => !t.includes("."));
const ignoredKinds = (o: PathOptions) => o.ignore.filter((t) => t.includes("."));

/** The Cypher for the options. Every interpolated piece is a validated literal (a number, a fixed label list). */
export function pathsCypher(o: PathOptions, scope: "all" | "deck" = "all"): string {
  const fn = o.all ? "allShortestPaths" : "shortestPath";
  const arrow = o.directed ? "->" : "-";
  const hops = Math.trunc(o.maxHops);
  if (!(hops >= 1 && hops <= PATH_LIMITS.maxHops))
    throw new AppError("bad_request", `The hop cap must be 1 to ${PATH_LIMITS.maxHops}.`);
  const where = [
    ...(o.concepts
      ? []
      : [`all(n IN nodes(p) WHERE n = a OR n = b OR NOT (${CONCEPT_LABELS.map((l) => `n:\`${l}\``).join(" OR ")}))`]),
    // Ignored types, and kinds of a type (`USES.integrates`: only those; a relationship without a kind is kept).
    ...(ignoredTypes(o).length ? ["all(r IN relationships(p) WHERE NOT type(r) IN $ignore)"] : []),
    ...(ignoredKinds(o).length
      ? ["all(r IN relationships(p) WHERE NOT coalesce(type(r) + '.' + r.kind, '') IN $ignoreKinds)"]
      : []),
    // The deck only: every step is the deck's set (or no set: a database the seed did not write).
    ...(scope === "deck"
      ? [
          "all(n IN nodes(p) WHERE n.seed_set IS NULL OR n.seed_set = $deck)",
          "all(r IN relationships(p) WHERE r.seed_set IS NULL OR r.seed_set = $deck)",
        ]
      : []),
  ];
  return `
UNWIND $pairs AS pair
MATCH (a), (b) WHERE elementId(a) = pair[0] AND elementId(b) = pair[1]
CALL (a, b) {
  OPTIONAL MATCH p = ${fn}((a)-[*1..${hops}]${arrow}(b))
  ${where.length ? `WHERE ${where.join("\n    AND ")}` : ""}
  RETURN p LIMIT $perPair
}
RETURN pair, collect(p) AS paths`;
}

function stepsOf(p: Path): PathSteps {
  const nodes = [nodeKey(p.start)];
  const edges: string[] = [];
  for (const s of p.segments) {
    edges.push(relKey(s.relationship));
    nodes.push(nodeKey(s.end));
  }
  return { nodes, edges };
}

const byLengthThenKeys = (a: PathSteps, b: PathSteps) =>
  a.nodes.length - b.nodes.length || (a.nodes.join() < b.nodes.join() ? -1 : a.nodes.join() > b.nodes.join() ? 1 : 0);

/**
 * The shortest path(s) joining `ids` (2..PATH_LIMITS.maxIds distinct entity ids). 404 naming the ids the graph
 * does not have. A pair with no path within the options has `paths: []`.
 */
export async function findPaths(
  db: Db,
  ids: readonly string[],
  options: Partial<PathOptions> = {},
  /** `deck`: paths through the deck's set only. */
  scope: "all" | "deck" = "all",
): Promise<SerializedGraph> {
  await keysReady(db);
  const o: PathOptions = { ...DEFAULT_PATH_OPTIONS, ...options };
  if (ids.length < 2 || ids.length > PATH_LIMITS.maxIds)
    throw new AppError("bad_request", `A path joins 2 to ${PATH_LIMITS.maxIds} entities.`);
  if (new Set(ids).size !== ids.length)
    throw new AppError("bad_request", "A path joins different entities: an id is given twice.");
  // The ends themselves, so the page can name them even when no path joins them.
  const byKeys = nodesByKeys("n", ids);
  const known = await readQuery(db, `${byKeys.cypher} RETURN collect(n) AS ns`, byKeys.params);
  const ends = (known.records[0]?.get("ns") ?? []) as Node[];
  // The ends by element id: the path query seeks them so, whichever kind of key named them.
  const elementOf = new Map(ends.map((n) => [nodeKey(n), n.elementId]));
  const found = new Set(elementOf.keys());
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length)
    throw new AppError(
      "not_found",
      `No entity has the id${missing.length > 1 ? "s" : ""} ${missing.map((m) => `"${m}"`).join(", ")}.`,
    );

  const pairs = pairsOf(ids);
  const res = await readQuery(db, pathsCypher(o, scope), {
    // [element id, element id, key, key]: the query seeks by element id, the answer is named by key.
    pairs: pairs.map(([a, b]) => [elementOf.get(a), elementOf.get(b), a, b]),
    ignore: ignoredTypes(o),
    ignoreKinds: ignoredKinds(o),
    perPair: neo4j.int(o.all ? PATH_LIMITS.pathsPerPair : 1),
    deck: DECK_SET,
  });
  const g = new GraphCollector();
  g.add(ends);
  const byPair = new Map<string, PathSteps[]>();
  for (const rec of res.records) {
    const [, , from, to] = rec.get("pair") as [string, string, string, string];
    const paths = rec.get("paths") as Path[];
    g.add(paths);
    byPair.set(`${from}\u0000${to}`, paths.map(stepsOf).sort(byLengthThenKeys));
  }
  const attributes: PathsAttributes = {
    pairs: pairs.map(([from, to]) => ({ from, to, paths: byPair.get(`${from}\u0000${to}`) ?? [] })),
    options: { ...o, ignore: [...o.ignore] },
  };
  return g.toGraph(attributes as unknown as Record<string, Json>);
}
