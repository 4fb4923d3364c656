/**
 * The data graph: exactly what the API returned (every property), merged from the start (a view, nodes,
 * search hits) and the exploration steps, in order. The canvas draws a graph derived from this one.
 */
import Graph from "graphology";
import { emptySerializedGraph, type Json, type SerializedGraph, type Step } from "./model";

export type NodeAttrs = { label: string; type: string } & Record<string, Json>;
export type EdgeAttrs = { type: string } & Record<string, Json>;
export type DataGraph = Graph<NodeAttrs, EdgeAttrs>;

export function newDataGraph(): DataGraph {
  return new Graph<NodeAttrs, EdgeAttrs>({ type: "directed", multi: true, allowSelfLoops: true });
}

/** Adds a serialized graph's nodes and relationships; known nodes get their attributes refreshed. */
export function mergeInto(g: DataGraph, s: SerializedGraph): void {
  for (const n of s.nodes) g.mergeNode(n.key, n.attributes as NodeAttrs);
  for (const e of s.edges) {
    if (g.hasEdge(e.key) || !g.hasNode(e.source) || !g.hasNode(e.target)) continue;
    g.addDirectedEdgeWithKey(e.key, e.source, e.target, e.attributes as EdgeAttrs);
  }
}

/** The cache key of an expansion's fetch: `id` or `id~TYPE`. */
export function expansionKey(step: { id: string; type?: string; kind?: string }): string {
  return step.type ? `${step.id}~${step.type}${step.kind ? `.${step.kind}` : ""}` : step.id;
}

/**
 * Rebuilds `g` from the start graphs and the steps, in order: an expansion adds its fetched neighbourhood,
 * a removal drops the node and its relationships. Steps whose fetch is missing are skipped.
 */
export function rebuildDataGraph(
  g: DataGraph,
  start: readonly SerializedGraph[],
  steps: readonly Step[],
  fetched: (key: string) => SerializedGraph | undefined,
  /** Merged after the steps (the path: its nodes are there even if a step removed one). */
  after: readonly SerializedGraph[] = [],
): void {
  g.clear();
  for (const s of start) mergeInto(g, s);
  for (const step of steps) {
    if (step.op === "remove") {
      if (g.hasNode(step.id)) g.dropNode(step.id);
      continue;
    }
    const s = fetched(expansionKey(step));
    if (s) mergeInto(g, s);
  }
  for (const s of after) mergeInto(g, s);
}

/** A serialized graph holding one node (from `GET /api/nodes/{id}`), so bare nodes merge like the rest. */
export function singleNodeGraph(node: { id: string; type: string; properties: Record<string, Json> }): SerializedGraph {
  const p = node.properties;
  const label = [p.name, p.name_zh, p.name_ja, node.id].find((v) => typeof v === "string" && v) as string;
  const { id: _id, ...rest } = p;
  return { ...emptySerializedGraph(), nodes: [{ key: node.id, attributes: { ...rest, label, type: node.type } }] };
}

export interface RelationshipGroup {
  type: string;
  count: number;
  out: number;
  in: number;
}

/** `relationshipCounts` (per type and direction) -> one group per type, busiest first. */
export function groupCounts(
  counts: readonly { type: string; direction: "out" | "in"; count: number }[],
): RelationshipGroup[] {
  const by = new Map<string, RelationshipGroup>();
  for (const c of counts) {
    const g = by.get(c.type) ?? { type: c.type, count: 0, out: 0, in: 0 };
    g.count += c.count;
    g[c.direction] += c.count;
    by.set(c.type, g);
  }
  return [...by.values()].sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
}

/** The node's relationships on the canvas, grouped by type: what the details panel lists. */
export function incidentByType(
  g: DataGraph,
  node: string,
): Map<string, { edge: string; other: string; out: boolean }[]> {
  const out = new Map<string, { edge: string; other: string; out: boolean }[]>();
  if (!g.hasNode(node)) return out;
  g.forEachEdge(node, (edge, attrs, source, target) => {
    const list = out.get(attrs.type) ?? [];
    list.push({ edge, other: source === node ? target : source, out: source === node });
    out.set(attrs.type, list);
  });
  return out;
}
