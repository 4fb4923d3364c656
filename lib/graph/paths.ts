/**
 * Paths between entities, the words shared by the API (lib/neo4j/queries/paths.ts), the URL (`a`, `o`) and the page:
 * the options, their limits and defaults, the answer's shape, and the step list people read
 * ("Huawei —DEVELOPED→ Pangu ←USES— …"). Pure.
 */
import { msg, type Message } from "../i18n/message";
import type { Json, SerializedGraph } from "./model";

export const PATH_LIMITS = {
  /** Entities one request may join. */
  maxIds: 8,
  /** The hop cap's default and its largest value. */
  defaultHops: 6,
  maxHops: 8,
  /** With `all`, at most this many shortest paths per pair. */
  pathsPerPair: 10,
} as const;

export interface PathOptions {
  /** Every shortest path of a pair (up to PATH_LIMITS.pathsPerPair), not just one. */
  all: boolean;
  /** Follow relationships only from start to end (for more than two entities: from an earlier one to a later one). */
  directed: boolean;
  /** Allow concept nodes (industries, trends, … graph-seed/vocabulary.ts CONCEPT_LABELS) as stepping stones. */
  concepts: boolean;
  maxHops: number;
  /** Relationship types never followed, sorted. */
  ignore: readonly string[];
}

export const DEFAULT_PATH_OPTIONS: PathOptions = {
  all: false,
  directed: false,
  concepts: false,
  maxHops: PATH_LIMITS.defaultHops,
  ignore: [],
};

/** One path: its node keys in order, and the relationship keys between them (one fewer). */
export interface PathSteps {
  nodes: string[];
  edges: string[];
}

export interface PairPaths {
  from: string;
  to: string;
  /** Shortest first, then by their node keys: the same question gives the same list. */
  paths: PathSteps[];
}

/** The attributes of a paths answer's graph. */
export interface PathsAttributes {
  pairs: PairPaths[];
  options: PathOptions;
}

/** Every unordered pair of `ids`, in list order: (a,b), (a,c), (b,c)… */
export function pairsOf(ids: readonly string[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) out.push([ids[i], ids[j]]);
  return out;
}

export function samePathOptions(a: PathOptions, b: PathOptions): boolean {
  return (
    a.all === b.all &&
    a.directed === b.directed &&
    a.concepts === b.concepts &&
    a.maxHops === b.maxHops &&
    a.ignore.join() === b.ignore.join()
  );
}

/** The query string of `GET /api/paths` for the ids and options (defaults left out); `deck`: the deck's set only. */
export function pathsQuery(ids: readonly string[], o: PathOptions, scope: "all" | "deck" = "all"): string {
  const q = [`ids=${ids.map(encodeURIComponent).join(",")}`];
  if (scope === "deck") q.push("scope=deck");
  if (o.all) q.push("all=1");
  if (o.directed) q.push("directed=1");
  if (o.concepts) q.push("concepts=1");
  if (o.maxHops !== PATH_LIMITS.defaultHops) q.push(`hops=${o.maxHops}`);
  if (o.ignore.length) q.push(`ignore=${o.ignore.join(",")}`);
  return q.join("&");
}

/** The pairs of a paths answer, or undefined when the graph is not one. */
export function pathsOf(g: SerializedGraph | { attributes: Record<string, Json> }): PathsAttributes | undefined {
  const a = g.attributes as unknown as Partial<PathsAttributes>;
  return Array.isArray(a.pairs) && a.options ? (a as PathsAttributes) : undefined;
}

/** Every node and relationship on any of the paths: what the canvas highlights. */
export function pathElements(p: PathsAttributes | undefined): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const pair of p?.pairs ?? [])
    for (const path of pair.paths) {
      for (const n of path.nodes) nodes.add(n);
      for (const e of path.edges) edges.add(e);
    }
  return { nodes, edges };
}

/** One step of a path as people read it: the node reached, and the relationship walked with its direction. */
export interface PathStep {
  node: string;
  /** The relationship from the previous node, absent for the first. */
  via?: { edge: string; type: string; forward: boolean };
}

/**
 * A path as steps: `edgeInfo(edge)` says a relationship's type and source (from the data graph). `forward` is true
 * when the relationship points along the path (A —T→ B), false when against it (A ←T— B).
 */
export function pathSteps(
  path: PathSteps,
  edgeInfo: (edge: string) => { type: string; source: string } | undefined,
): PathStep[] {
  return path.nodes.map((node, i) => {
    if (i === 0) return { node };
    const edge = path.edges[i - 1];
    const info = edgeInfo(edge);
    return { node, via: { edge, type: info?.type ?? "?", forward: info ? info.source === path.nodes[i - 1] : true } };
  });
}

/** The step list in one line: "Huawei —DEVELOPED→ Pangu ←USES— Baidu". */
export function pathText(steps: readonly PathStep[], name: (id: string) => string): string {
  return steps
    .map((s) => (s.via ? `${s.via.forward ? ` —${s.via.type}→ ` : ` ←${s.via.type}— `}${name(s.node)}` : name(s.node)))
    .join("");
}

/**
 * What was asked, in words, for "no path" messages: "within 6 hops, undirected, avoiding concept nodes, …" — a
 * Message (explore.path.described) for the page to say in its language. Ignored types are named as the options name them.
 */
export function describePathOptions(o: PathOptions): Message {
  return msg("explore.path.described", {
    hops: o.maxHops,
    directed: String(o.directed),
    concepts: String(o.concepts),
    ignoredCount: o.ignore.length,
    ignored: o.ignore.join(", "),
  });
}
