/**
 * Hover, selection and filters live in sigma's reducers, never in graph attributes (gephi-lite, sigma demo).
 * `makeReducers` is pure: given what is hidden and what is in focus, it returns sigma's two reducers.
 */
import { isLarge } from "./lod";
import type { SigmaEdgeAttrs, SigmaGraph, SigmaNodeAttrs } from "./sigma-graph";
import { DIMMED_NODE, EDGE_COLOR_FAINT, EDGE_COLOR_FOCUS, PATH_COLOR } from "./style";

export interface ReducerState {
  /** Nodes and relationships the filters hide. */
  hiddenNodes: ReadonlySet<string>;
  hiddenEdges: ReadonlySet<string>;
  hovered?: string;
  selected?: string;
  /** What the analysis says (lib/explore/appearance.ts): sizes and colours that replace the type's, and a path. */
  emphasis?: Emphasis;
}

export interface Emphasis {
  sizes?: ReadonlyMap<string, number>;
  colors?: ReadonlyMap<string, string>;
  /** The path(s) shown: drawn strong, everything else faint. */
  path?: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> };
  /** Drawn faint (undated items while a time window is on, `u=dimmed`). */
  dimmed?: ReadonlySet<string>;
  /** Relationship colours that replace the default (what a comparison marks added or ended). */
  edgeColors?: ReadonlyMap<string, string>;
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
  const { sizes, colors, path, dimmed, edgeColors } = s.emphasis ?? {};
  const onPath = path && path.nodes.size ? path : undefined;
  const nodeReducer = (node: string, data: SigmaNodeAttrs): NodeDisplay => {
    if (s.hiddenNodes.has(node)) return { ...data, hidden: true };
    const res: NodeDisplay = { ...data };
    const size = sizes?.get(node);
    if (size !== undefined) res.size = size;
    const color = colors?.get(node);
    if (color !== undefined) res.color = color;
    if (dimmed?.has(node)) {
      res.color = DIMMED_NODE;
      res.forceLabel = false;
    }
    if (onPath) {
      if (onPath.nodes.has(node)) {
        res.forceLabel = true;
        res.zIndex = 1;
      } else if (!focus?.has(node)) {
        res.color = DIMMED_NODE;
        res.label = "";
        res.forceLabel = false;
      }
    }
    if (node === s.selected) {
      res.highlighted = true;
      res.forceLabel = true;
      res.zIndex = 2;
    }
    if (focus) {
      if (focus.has(node)) {
        res.forceLabel = true;
        res.zIndex = Math.max(res.zIndex ?? 0, 1);
      } else if (!onPath?.nodes.has(node)) {
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
    const data: SigmaEdgeAttrs = attrs.type !== "line" && isLarge(graph) ? { ...attrs, type: "line" } : attrs;
    const [source, target] = graph.extremities(edge);
    if (s.hiddenEdges.has(edge) || s.hiddenNodes.has(source) || s.hiddenNodes.has(target))
      return { ...data, hidden: true };
    if (edge === s.selected) return { ...data, color: "#0f172a", size: 4, zIndex: 2 };
    if (onPath?.edges.has(edge)) return { ...data, color: PATH_COLOR, size: 3.5, zIndex: 2 };
    const marked = edgeColors?.get(edge);
    if (marked) return { ...data, color: marked, size: 2.5, zIndex: 1 };
    if (dimmed?.has(edge)) return { ...data, color: EDGE_COLOR_FAINT };
    if (focus && focusNode) {
      if (source === focusNode || target === focusNode)
        return { ...data, color: EDGE_COLOR_FOCUS, size: 2.5, zIndex: 1 };
      return { ...data, hidden: true };
    }
    if (onPath) return { ...data, color: EDGE_COLOR_FAINT };
    return data;
  };
  return { nodeReducer, edgeReducer };
}
