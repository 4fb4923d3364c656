/**
 * Who is central and which groups form: degree, PageRank and betweenness, and Louvain communities, computed with
 * graphology's own packages over what the canvas shows (the data graph less what the filters hide). Deterministic:
 * the graph is rebuilt with its nodes and relationships in id order and Louvain draws from a seeded generator, so
 * the same link gives the same ranking and the same colours. Pure: runs on the main thread for small graphs and in
 * app/_components/graph/analysis.worker.ts above ANALYSIS_WORKER_ABOVE nodes.
 */
import Graph from "graphology";
import louvain from "graphology-communities-louvain";
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import pagerank from "graphology-metrics/centrality/pagerank";

import type { ColorBy, SizeBy } from "./model";

/** Above this many nodes the analysis runs in a worker (measured: bench/README.md, "Analysis"). */
export const ANALYSIS_WORKER_ABOVE = 2_000;
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

/** Twelve colours told apart on white, for the largest communities (the rest share the last, grey). */
export const COMMUNITY_COLORS = [
  "#2563eb",
  "#dc2626",
  "#16a34a",
  "#9333ea",
  "#ea580c",
  "#0891b2",
  "#ca8a04",
  "#db2777",
  "#4f46e5",
  "#65a30d",
  "#0d9488",
  "#a16207",
];
export const OTHER_COLOR = "#94a3b8";

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

/** The community a member names (by id), if that node is in the analysis. */
export function communityOf(a: Analysis | null, member: string | undefined): Community | undefined {
  if (!a || !member || !(member in a.community)) return undefined;
  return a.communities[a.community[member]];
}

/** Nodes hidden by the community choices: all but the focused community's, and those of hidden communities. */
export function communityHidden(a: Analysis | null, focus: string | undefined, hidden: readonly string[]): Set<string> {
  const out = new Set<string>();
  if (!a) return out;
  const f = communityOf(a, focus);
  const h = new Set(hidden.map((m) => communityOf(a, m)?.index).filter((i): i is number => i !== undefined));
  for (const [n, c] of Object.entries(a.community)) if ((f && c !== f.index) || h.has(c)) out.add(n);
  return out;
}

const SIZE_MIN = 6;
const SIZE_MAX = 26;

/** Node sizes for a measure: degree as before (lib/graph/style.ts nodeSize), the others scaled to the largest. */
export function sizesBy(a: Analysis, by: SizeBy, degreeSize: (d: number) => number): Map<string, number> {
  const out = new Map<string, number>();
  if (by === "degree") {
    for (const [n, d] of Object.entries(a.degree)) out.set(n, degreeSize(d));
    return out;
  }
  const values = by === "pagerank" ? a.pagerank : a.betweenness;
  const max = Math.max(0, ...Object.values(values));
  for (const n of Object.keys(a.degree)) {
    const v = values[n] ?? 0;
    out.set(n, max > 0 ? SIZE_MIN + (SIZE_MAX - SIZE_MIN) * Math.sqrt(v / max) : SIZE_MIN);
  }
  return out;
}

/** One entry of the colour legend. */
export interface LegendEntry {
  color: string;
  label: string;
  /** The community's naming member (click to focus or hide), for community entries. */
  member?: string;
  count: number;
}

/** A property's values as colours: numbers on a ramp (low → high), text by frequency; absent values grey. */
export function propertyColors(
  nodes: Iterable<[string, Record<string, unknown>]>,
  key: string,
): { colors: Map<string, string>; legend: LegendEntry[]; numeric: boolean } {
  const values = new Map<string, unknown>();
  for (const [n, attrs] of nodes) {
    const v = attrs[key];
    if (v !== undefined && v !== null && v !== "") values.set(n, Array.isArray(v) ? v[0] : v);
  }
  const colors = new Map<string, string>();
  const legend: LegendEntry[] = [];
  const nums = [...values.values()].map((v) =>
    typeof v === "number" ? v : typeof v === "string" && /^\d{4}/.test(v) ? Number(v.slice(0, 4)) : NaN,
  );
  const numeric = values.size > 0 && nums.every((v) => Number.isFinite(v));
  if (numeric) {
    const lo = Math.min(...nums);
    const hi = Math.max(...nums);
    let i = 0;
    for (const n of values.keys()) colors.set(n, ramp(hi > lo ? (nums[i++] - lo) / (hi - lo) : 0.5));
    legend.push({ color: ramp(0), label: String(lo), count: nums.filter((v) => v === lo).length });
    if (hi > lo) legend.push({ color: ramp(1), label: String(hi), count: nums.filter((v) => v === hi).length });
  } else {
    const counts = new Map<string, number>();
    for (const v of values.values()) counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
    const ranked = [...counts].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]));
    const colorOf = new Map(
      ranked.map(([v], i) => [v, i < COMMUNITY_COLORS.length ? COMMUNITY_COLORS[i] : OTHER_COLOR]),
    );
    for (const [n, v] of values) colors.set(n, colorOf.get(String(v))!);
    for (const [v, count] of ranked.slice(0, COMMUNITY_COLORS.length))
      legend.push({ color: colorOf.get(v)!, label: v, count });
    const rest = ranked.slice(COMMUNITY_COLORS.length).reduce((s, [, c]) => s + c, 0);
    if (rest) legend.push({ color: OTHER_COLOR, label: "other values", count: rest });
  }
  return { colors, legend, numeric };
}

/** Light blue (0) to dark purple (1). */
function ramp(t: number): string {
  const from = [0x93, 0xc5, 0xfd];
  const to = [0x58, 0x1c, 0x87];
  const c = from.map((f, i) => Math.round(f + (to[i] - f) * Math.min(1, Math.max(0, t))));
  return `#${c.map((v) => v.toString(16).padStart(2, "0")).join("")}`;
}

export const SIZE_MEANING: Record<SizeBy, string> = {
  degree: "Size: degree — how many relationships a node has here.",
  pagerank:
    "Size: PageRank — how likely a walk along the relationships is to be at the node (well-connected to the well-connected).",
  betweenness: "Size: betweenness — how many shortest paths between other nodes run through it (the bridges).",
};

/** The legend's sentence for the colouring. */
export function colorMeaning(by: ColorBy, a: Analysis | null): string {
  if (by === "type") return "Colour: the kind of entity.";
  if (by === "community") {
    return a
      ? `Colour: ${a.communities.length} communities found by Louvain (modularity ${a.modularity.toFixed(2)}), each named by its most central member.`
      : "Colour: communities (computing…).";
  }
  return `Colour: the property "${by.slice(5)}" (grey: no value).`;
}
