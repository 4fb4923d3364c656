/**
 * The graph sigma draws, derived from the data graph. sigma picks its render program from the `type`
 * attribute, so the data's type moves to `nodeType` / `relType` and `type` names a registered program.
 */
import Graph from "graphology";
import type { Lang } from "./model";
import type { DataGraph } from "./data-graph";
import { parallelCurvatures } from "./parallel-edges";
import { EDGE_COLOR, nameIn, nodeColor, nodeSize, relLabel } from "./style";

export interface SigmaNodeAttrs {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  nodeType: string;
  type: "circle";
  degree: number;
  forceLabel?: boolean;
}
export interface SigmaEdgeAttrs {
  relType: string;
  /** A straight arrow, a curved arrow (one of parallel relationships: lib/graph/parallel-edges.ts) or a line. */
  type: "arrow" | "curved" | "line";
  /** How far a curved arrow bends (in edge lengths; the sign gives the side). */
  curvature?: number;
  /** The relationship type in words, drawn along the edge when it fits (lib/graph/label-painter.ts). */
  label: string;
  size: number;
  color: string;
  date?: string;
}
export type SigmaGraph = Graph<SigmaNodeAttrs, SigmaEdgeAttrs>;

export function newSigmaGraph(): SigmaGraph {
  return new Graph<SigmaNodeAttrs, SigmaEdgeAttrs>({ type: "directed", multi: true, allowSelfLoops: true });
}

/** How many of the best-connected nodes always show their label. */
export const ALWAYS_LABELLED = 3;
/** Longer names are cut on the canvas (the details panel and the tables have them whole). */
export const MAX_LABEL = 28;

export function canvasLabel(name: string): string {
  return name.length > MAX_LABEL ? `${name.slice(0, MAX_LABEL - 1).trimEnd()}…` : name;
}

/**
 * Makes `target` match `data`: drops what is gone, adds what is new (at `place(id)`), restyles the rest.
 * Positions of nodes already drawn are kept, so the picture does not jump before the layout runs. `relName` names
 * a relationship type on the canvas (the page's language, lib/i18n/vocabulary.ts; English words by default).
 */
export function syncSigmaGraph(
  target: SigmaGraph,
  data: DataGraph,
  lang: Lang,
  place: (id: string) => { x: number; y: number },
  relName: (type: string) => string = relLabel,
): void {
  target.forEachNode((n) => {
    if (!data.hasNode(n)) target.dropNode(n);
  });
  target.forEachEdge((e) => {
    if (!data.hasEdge(e)) target.dropEdge(e);
  });
  // Degrees once (a multigraph's degree walks the node's neighbours), then the best-connected few.
  const degrees = new Map<string, number>();
  data.forEachNode((n) => void degrees.set(n, data.degree(n)));
  const labelled = new Set(
    [...degrees]
      .filter(([, d]) => d > 1)
      .sort(([a, da], [b, db]) => db - da || (a < b ? -1 : 1))
      .slice(0, ALWAYS_LABELLED)
      .map(([n]) => n),
  );
  data.forEachNode((n, a) => {
    const degree = degrees.get(n)!;
    const style = {
      size: nodeSize(degree),
      color: nodeColor(a.type),
      label: canvasLabel(nameIn(a, lang)),
      nodeType: a.type,
      type: "circle" as const,
      degree,
      forceLabel: labelled.has(n),
    };
    if (target.hasNode(n)) target.mergeNodeAttributes(n, style);
    else target.addNode(n, { ...place(n), ...style });
  });
  data.forEachEdge((e, a, source, target_) => {
    if (target.hasEdge(e)) return;
    target.addDirectedEdgeWithKey(e, source, target_, {
      relType: a.type,
      type: source === target_ ? "line" : "arrow",
      label: relName(a.type),
      size: 1.5,
      color: EDGE_COLOR,
      ...(typeof a.date === "string" ? { date: a.date } : {}),
    });
  });
  // A relationship added or dropped can make (or unmake) a pair of parallel ones: curves are set on the whole graph.
  const curves = parallelCurvatures(target);
  target.forEachEdge((e, a, source, target_) => {
    if (source === target_) return;
    const curvature = curves.get(e);
    if (curvature === undefined) {
      if (a.type === "curved") {
        target.setEdgeAttribute(e, "type", "arrow");
        target.removeEdgeAttribute(e, "curvature");
      }
    } else if (a.type !== "curved" || a.curvature !== curvature) {
      target.mergeEdgeAttributes(e, { type: "curved", curvature });
    }
  });
}
