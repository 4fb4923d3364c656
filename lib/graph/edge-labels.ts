/**
 * Which relationships show their type in words (the sigma graph's edge `label`): every one whose label fits along
 * it when the camera is close enough or the graph is small, and the focused ones always — those of the hovered
 * or selected node, the selected or hovered relationship, the path shown. The painter
 * (lib/graph/label-painter.ts) keeps them off each other and off the node labels.
 */
import type { SigmaEdgeAttrs, SigmaGraph } from "./sigma-graph";

/** Closer than this camera ratio (zoomed in), every relationship whose label fits shows it. */
export const EDGE_LABEL_RATIO = 0.5;
/** Graphs up to this many nodes show every relationship label that fits, at any zoom. */
export const EDGE_LABELS_SMALL = 60;

export function edgeLabelsEverywhere(order: number, cameraRatio: number): boolean {
  return order <= EDGE_LABELS_SMALL || cameraRatio < EDGE_LABEL_RATIO;
}

export interface EdgeFocus {
  hovered?: string;
  /** A node or a relationship. */
  selected?: string;
  hoveredEdge?: string;
  path?: ReadonlySet<string>;
}

/** The relationships whose label shows whatever the zoom. */
export function focusedEdges(graph: SigmaGraph, f: EdgeFocus): Set<string> {
  const out = new Set<string>();
  const node = f.hovered ?? f.selected;
  if (node && graph.hasNode(node)) graph.forEachEdge(node, (e) => void out.add(e));
  for (const e of [f.selected, f.hoveredEdge]) if (e && graph.hasEdge(e)) out.add(e);
  if (f.path) for (const e of f.path) if (graph.hasEdge(e)) out.add(e);
  return out;
}

/** `reducer`, with the label forced on the focused relationships that it leaves visible. */
export function withEdgeLabels<D extends { hidden?: boolean }>(
  reducer: (edge: string, attrs: SigmaEdgeAttrs) => D,
  focused: ReadonlySet<string>,
): (edge: string, attrs: SigmaEdgeAttrs) => D & { forceLabel?: boolean } {
  if (!focused.size) return reducer;
  return (edge, attrs) => {
    const d = reducer(edge, attrs);
    return focused.has(edge) && !d.hidden ? { ...d, forceLabel: true } : d;
  };
}
