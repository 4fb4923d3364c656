/**
 * Who is central and which groups form: degree, PageRank and betweenness, and Louvain communities, computed with
 * graphology's own packages over what the canvas shows (the data graph less what the filters hide). Deterministic:
 * the graph is rebuilt with its nodes and relationships in id order and Louvain draws from a seeded generator, so
 * the same link gives the same ranking and the same colours. Pure: runs on the main thread for small graphs and in
 * app/_components/graph/analysis.worker.ts above ANALYSIS_WORKER_ABOVE nodes. It is loaded on demand (its
 * packages are not first-load JavaScript); what the picture makes of its answer is lib/explore/appearance.ts.
 */
import Graph from "graphology";
import louvain from "graphology-communities-louvain";
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import pagerank from "graphology-metrics/centrality/pagerank";

import { COMMUNITY_COLORS, OTHER_COLOR } from "./style";

/** Above this many nodes the analysis runs in a worker (measured: bench/README.md, "Analysis"). */
export const ANALYSIS_WORKER_ABOVE = 250;
/** Betweenness walks every shortest path (O(nodes x relationships)); above this many nodes it is left out. */
export const BETWEENNESS_MAX_NODES = 5_000;
const LOUVAIN_SEED = 20230701;

export interface Community {
  /** 0 is the largest. */
  index: number;
  /** Named by its most central member (highest PageRank): the id the URL uses (`f`, `h`). */
  name: string;
  size: number;
  color: string;
}

export interface Analysis {
  /** How many nodes and relationships it was computed over. */
  order: number;
  size: number;
  degree: Record<string, number>;
  pagerank: Record<string, number>;
  /** Empty above BETWEENNESS_MAX_NODES. */
  betweenness: Record<string, number>;
  /** A node's community index. */
  community: Record<string, number>;
  communities: Community[];
  modularity: number;
}

/** The input of an analysis: node ids and relationships as [source, target] pairs (plain data: a worker can take it). */
export interface AnalysisInput {
  nodes: string[];
  edges: [string, string][];
}

/** Mulberry32: a small seeded generator (the same seed gives the same sequence everywhere). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * An undirected simple graph of the input, nodes and relationships in id order; parallel relationships become one
 * edge whose `weight` counts them; self-loops are left out (they change no ranking).
 */
export function simpleGraph(input: AnalysisInput): Graph<Record<string, never>, { weight: number }> {
  const g = new Graph<Record<string, never>, { weight: number }>({
    type: "undirected",
    multi: false,
    allowSelfLoops: false,
  });
  for (const n of [...input.nodes].sort(cmp)) g.addNode(n);
  const pairs = input.edges
    .filter(([s, t]) => s !== t && g.hasNode(s) && g.hasNode(t))
    .map(([s, t]) => (s < t ? [s, t] : [t, s]) as [string, string])
    .sort((a, b) => cmp(a[0], b[0]) || cmp(a[1], b[1]));
  for (const [s, t] of pairs) {
    if (g.hasEdge(s, t)) g.updateEdgeAttribute(s, t, "weight", (w) => (w ?? 0) + 1);
    else g.addEdge(s, t, { weight: 1 });
  }
  return g;
}

/** Every measure over the input; `progress(stage, of)` is called before each of the four stages. */
export function analyse(
  input: AnalysisInput,
  progress: (stage: string, done: number, of: number) => void = () => {},
): Analysis {
  const g = simpleGraph(input);
  progress("degree", 0, 4);
  const degree: Record<string, number> = {};
  const multi = new Map<string, number>();
  for (const [s, t] of input.edges) {
    if (!g.hasNode(s) || !g.hasNode(t)) continue;
    multi.set(s, (multi.get(s) ?? 0) + 1);
    if (t !== s) multi.set(t, (multi.get(t) ?? 0) + 1);
  }
  g.forEachNode((n) => void (degree[n] = multi.get(n) ?? 0));
  progress("PageRank", 1, 4);
  const pr = g.size
    ? pagerank(g, { getEdgeWeight: "weight" })
    : Object.fromEntries(g.nodes().map((n) => [n, g.order ? 1 / g.order : 0]));
  progress("betweenness", 2, 4);
  // graphology's betweenness needs at least one node; on two or fewer every value is 0 anyway.
  const betweenness =
    g.order > BETWEENNESS_MAX_NODES
      ? {}
      : g.order > 2
        ? betweennessCentrality(g, { getEdgeWeight: null, normalized: true })
        : Object.fromEntries(g.nodes().map((n) => [n, 0]));
  progress("communities", 3, 4);
  const detailed = louvain.detailed(g, { getEdgeWeight: "weight", rng: seededRandom(LOUVAIN_SEED) });
  const members = new Map<number, string[]>();
  for (const n of g.nodes()) {
    const c = detailed.communities[n];
    members.set(c, [...(members.get(c) ?? []), n]);
  }
  const central = (ids: string[]) =>
    ids.reduce((best, n) => (pr[n] > pr[best] || (pr[n] === pr[best] && n < best) ? n : best));
  const groups = [...members.values()]
    .map((ids) => ({ ids, name: central(ids) }))
    .sort((a, b) => b.ids.length - a.ids.length || cmp(a.name, b.name));
  const community: Record<string, number> = {};
  const communities: Community[] = groups.map((grp, index) => {
    for (const n of grp.ids) community[n] = index;
    return {
      index,
      name: grp.name,
      size: grp.ids.length,
      color: index < COMMUNITY_COLORS.length ? COMMUNITY_COLORS[index] : OTHER_COLOR,
    };
  });
  return {
    order: g.order,
    size: g.size,
    degree,
    pagerank: pr,
    betweenness,
    community,
    communities,
    modularity: detailed.modularity,
  };
}

