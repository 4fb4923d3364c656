import neo4j from "neo4j-driver";
import { escapeLucene, normalizeForSearch } from "../../search-text";
import type { SerializedGraph } from "../../graph/model";
import type { Node } from "neo4j-driver";
import { graphMode } from "../graph-mode";
import { introspect } from "../introspect";
import { displayName, GraphCollector, nodeKey, primaryLabel } from "../mappers";
import { nodesByKeys } from "../node-keys";
import { readQuery, type Db } from "../run";

export interface SearchResult {
  id: string;
  type: string;
  name: string;
  /** Every name: English, Chinese, as the deck writes it, and aliases. */
  names: string[];
  score: number;
}

/** A search hit as the API answers it (`GET /api/search`): the result without its score. */
export type SearchHit = Omit<SearchResult, "score">;
export interface SearchResponse {
  results: SearchHit[];
  /**
   * `scan`: the database has no full-text index to answer from, so search read the name properties of a bounded
   * number of nodes (slower, and it may miss what lies beyond the bound): the page says so.
   */
  method?: "index" | "scan";
}

/**
 * Finds entities whose name, Chinese name, deck name or an alias contains `q` (any language, any part of a CJK
 * name). Whole-name matches rank first, then prefixes, then the full-text score.
 * The full-text index (CJK analyzer) scores tokens; the text index on search_text answers substrings.
 */
const SEARCH = `
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $fetch}) YIELD node, score
  RETURN node, score
  UNION
  MATCH (node:Entity) WHERE node.search_text CONTAINS $needle
  RETURN node, 0.0 AS score LIMIT $fetch
}
WITH node, max(score) AS ft
WITH node, ft,
  CASE
    WHEN node.search_text CONTAINS $whole THEN 3.0
    WHEN node.search_text CONTAINS $prefix THEN 2.0
    WHEN node.search_text CONTAINS $needle THEN 1.0
    ELSE 0.0
  END AS rank
RETURN node.id AS id, labels(node) AS labels, node.name AS name, node.name_zh AS name_zh, node.name_ja AS name_ja,
       coalesce(node.aliases, []) AS aliases, rank * 10 + ft AS score
ORDER BY score DESC, size(node.name) ASC, id ASC
LIMIT $limit`;

export async function searchEntities(db: Db, q: string, limit: number): Promise<SearchResult[]> {
  if ((await graphMode(db)) === "any") return (await searchAnyGraph(db, q, limit)).results;
  const needle = normalizeForSearch(q);
  if (!needle) return [];
  // Every word must match, each as a phrase: "zzzz-no-such-entity" must not match "Entity List" through one of the
  // tokens the analyzer splits it into. Substrings (a single CJK character, part of a word) come from CONTAINS.
  const lucene = needle
    .split(" ")
    .filter(Boolean)
    .map((t) => `"${escapeLucene(t)}"`)
    .join(" AND ");
  const res = await readQuery(db, SEARCH, {
    lucene: lucene || '""',
    needle,
    whole: `\n${needle}\n`,
    prefix: `\n${needle}`,
    fetch: neo4j.int(Math.max(limit * 4, 50)),
    limit: neo4j.int(limit),
  });
  return res.records.map((r) => {
    const names = [r.get("name"), r.get("name_zh"), r.get("name_ja"), ...(r.get("aliases") as string[])].filter(
      (n): n is string => typeof n === "string" && n.length > 0,
    );
    return {
      id: r.get("id") as string,
      type: primaryLabel(r.get("labels") as string[]),
      name: (r.get("name") as string) ?? (r.get("id") as string),
      names: [...new Set(names)],
      score: Number(r.get("score")),
    };
  });
}

/** `GET /api/search`: the hits, best first. */
export async function searchHits(db: Db, q: string, limit: number): Promise<SearchResponse> {
  if ((await graphMode(db)) === "any") {
    const { results, method } = await searchAnyGraph(db, q, limit);
    return { results: results.map(({ score: _score, ...hit }) => hit), method };
  }
  const results = await searchEntities(db, q, limit);
  return { results: results.map(({ score: _score, ...hit }) => hit) };
}

/** How many nodes of one label a search without an index reads at most, and for how long. */
export const SCAN_LIMITS = { nodesPerLabel: 20_000, timeoutMs: 3_000 } as const;

/**
 * Search in a database we did not design (issue 17): its own full-text indexes on nodes when it has some (every
 * word as a prefix), else a case-insensitive CONTAINS over each label's name-like properties (lib/neo4j/introspect.ts)
 * among at most SCAN_LIMITS.nodesPerLabel nodes per label, time-limited. Exact names first, then prefixes.
 */
async function searchAnyGraph(db: Db, q: string, limit: number): Promise<{ results: SearchResult[]; method: "index" | "scan" }> {
  const needle = q.trim().toLowerCase().replace(/\s+/g, " ");
  if (!needle) return { results: [], method: "index" };
  const schema = await introspect(db);
  const found = new Map<string, { node: Node; score: number }>();
  const keep = (node: Node, score: number) => {
    const k = nodeKey(node);
    const had = found.get(k);
    if (!had || had.score < score) found.set(k, { node, score });
  };
  const fetch = neo4j.int(Math.max(limit * 4, 50));
  let method: "index" | "scan" = "index";
  if (schema.fulltext.length) {
    const lucene = needle
      .split(" ")
      .filter(Boolean)
      .map((t) => `${escapeLucene(t)}*`)
      .join(" AND ");
    for (const ix of schema.fulltext) {
      const res = await readQuery(db, "CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $fetch}) YIELD node, score RETURN node, score", {
        index: ix.name,
        lucene,
        fetch,
      });
      for (const r of res.records) keep(r.get("node") as Node, Number(r.get("score")));
    }
  }
  if (!found.size) {
    method = schema.fulltext.length ? "index" : "scan";
    const scanDb = { ...db, timeoutMs: Math.min(db.timeoutMs ?? SCAN_LIMITS.timeoutMs, SCAN_LIMITS.timeoutMs) };
    for (const l of schema.labels) {
      const keys = l.nameKeys.flatMap((k) => (k === "firstName+lastName" ? ["firstName", "lastName"] : [k]));
      if (!keys.length) continue;
      const label = `\`${l.label.replace(/`/g, "``")}\``;
      const res = await readQuery(
        scanDb,
        `MATCH (n:${label}) WITH n LIMIT $scan
         WITH n WHERE any(k IN $keys WHERE toLower(toString(n[k])) CONTAINS $needle)
         RETURN n LIMIT $fetch`,
        { scan: neo4j.int(SCAN_LIMITS.nodesPerLabel), keys, needle, fetch },
      );
      for (const r of res.records) keep(r.get("n") as Node, 0);
    }
  }
  const rank = (name: string) => {
    const n = name.toLowerCase();
    return n === needle ? 3 : n.startsWith(needle) ? 2 : n.includes(needle) ? 1 : 0;
  };
  const results = [...found.entries()]
    .map(([id, { node, score }]) => {
      const name = displayName(node);
      return { id, type: primaryLabel(node.labels), name, names: [name], score: rank(name) * 10 + score };
    })
    .sort((a, b) => b.score - a.score || a.name.length - b.name.length || (a.id < b.id ? -1 : 1))
    .slice(0, limit);
  return { results, method };
}

const among = (byKeys: string) => `
${byKeys}
WITH collect(n) AS ns
UNWIND ns AS n
OPTIONAL MATCH (n)-[r]->(m) WHERE m IN ns
RETURN ns, collect(DISTINCT r) AS rels`;

/**
 * `GET /api/search/graph`: the top hits as one graph, with the relationships among them (not their other
 * neighbours): what a search link (`/explore?q=…`) starts with.
 */
export async function searchGraph(db: Db, q: string, limit: number): Promise<SerializedGraph> {
  const ids = (await searchEntities(db, q, limit)).map((h) => h.id);
  const g = new GraphCollector();
  if (ids.length) {
    const byKeys = nodesByKeys("n", ids);
    const rec = (await readQuery(db, among(byKeys.cypher), byKeys.params)).records[0];
    g.add(rec?.get("ns"));
    g.add(rec?.get("rels"));
  }
  return g.toGraph({ search: q });
}
