/**
 * Hover, selection and filters live in sigma's reducers, never in graph attributes (gephi-lite, sigma demo).
 * `makeReducers` is pure: given what is hidden and what is in focus, it returns sigma's two reducers.
 */
import { isLarge } from "./lod";
import type { SigmaEdgeAttrs, SigmaGraph, SigmaNodeAttrs } from "./sigma-graph";
import { DIMMED_NODE, EDGE_COLOR_FOCUS } from "./style";

export interface ReducerState {
  /** Nodes and relationships the filters hide. */
  hiddenNodes: ReadonlySet<string>;
  hiddenEdges: ReadonlySet<string>;
  hovered?: string;
  selected?: string;
}

type NodeDisplay = Partial<SigmaNodeAttrs> & { hidden?: boolean; highlighted?: boolean; zIndex?: number };
type EdgeDisplay = Partial<SigmaEdgeAttrs> & { hidden?: boolean; zIndex?: number };

/** The nodes in focus: the hovered node (else the selected one) and its neighbours. */
export function focusSet(graph: SigmaGraph, s: ReducerState): Set<string> | null {
  const focus = s.hovered ?? (s.selected && graph.hasNode(s.selected) ? s.selected : undefined);
  if (!focus || !graph.hasNode(focus)) return null;
  const set = new Set<string>([focus]);
  graph.forEachNeighbor(focus, (n) => set.add(n));
  return set;
}

export function makeReducers(graph: SigmaGraph, s: ReducerState) {
  const focus = focusSet(graph, s);
  const focusNode = s.hovered ?? s.selected;
  const nodeReducer = (node: string, data: SigmaNodeAttrs): NodeDisplay => {
    if (s.hiddenNodes.has(node)) return { ...data, hidden: true };
    const res: NodeDisplay = { ...data };
    if (node === s.selected) {
      res.highlighted = true;
      res.forceLabel = true;
      res.zIndex = 2;
    }
    if (focus) {
      if (focus.has(node)) {
        res.forceLabel = true;
        res.zIndex = Math.max(res.zIndex ?? 0, 1);
      } else {
        res.color = DIMMED_NODE;
        res.label = "";
        res.forceLabel = false;
        res.zIndex = 0;
      }
    }
    return res;
  };
  const edgeReducer = (edge: string, attrs: SigmaEdgeAttrs): EdgeDisplay => {
    // Large graphs draw relationships as lines (lib/graph/lod.ts); the graph's own attributes stay as they are.
    const data: SigmaEdgeAttrs = attrs.type === "arrow" && isLarge(graph) ? { ...attrs, type: "line" } : attrs;
    const [source, target] = graph.extremities(edge);
    if (s.hiddenEdges.has(edge) || s.hiddenNodes.has(source) || s.hiddenNodes.has(target)) return { ...data, hidden: true };
    if (edge === s.selected) return { ...data, color: "#0f172a", size: 4, zIndex: 2 };
    if (focus && focusNode) {
      if (source === focusNode || target === focusNode) return { ...data, color: EDGE_COLOR_FOCUS, size: 2.5, zIndex: 1 };
      return { ...data, hidden: true };
    }
    return data;
  };
  return { nodeReducer, edgeReducer };
}
