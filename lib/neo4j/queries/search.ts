import neo4j from "neo4j-driver";
import { escapeLucene, normalizeForSearch } from "../../search-text";
import type { SerializedGraph } from "../../graph/model";
import { GraphCollector, primaryLabel } from "../mappers";
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
  const results = await searchEntities(db, q, limit);
  return { results: results.map(({ score: _score, ...hit }) => hit) };
}

const AMONG = `
MATCH (n:Entity) WHERE n.id IN $ids
OPTIONAL MATCH (n)-[r]->(m:Entity) WHERE m.id IN $ids
RETURN collect(DISTINCT n) AS ns, collect(DISTINCT r) AS rels`;

/**
 * `GET /api/search/graph`: the top hits as one graph, with the relationships among them (not their other
 * neighbours): what a search link (`/explore?q=…`) starts with.
 */
export async function searchGraph(db: Db, q: string, limit: number): Promise<SerializedGraph> {
  const ids = (await searchEntities(db, q, limit)).map((h) => h.id);
  const g = new GraphCollector();
  if (ids.length) {
    const rec = (await readQuery(db, AMONG, { ids })).records[0];
    g.add(rec?.get("ns"));
    g.add(rec?.get("rels"));
  }
  return g.toGraph({ search: q });
}
