"use client";
/**
 * Filters, hover and selection, applied through sigma's reducers (the graph's attributes stay untouched); the
 * focused relationships show their type (lib/graph/edge-labels.ts).
 */
import { useEffect, useRef } from "react";
import { focusedEdges, withEdgeLabels } from "@/lib/graph/edge-labels";
import { makeReducers, type Emphasis } from "@/lib/graph/reducers";
import { useSigma } from "./sigma-context";

export function AppearanceController({
  hiddenNodes,
  hiddenEdges,
  selected,
  hovered,
  hoveredEdge,
  emphasis,
}: {
  hiddenNodes: ReadonlySet<string>;
  hiddenEdges: ReadonlySet<string>;
  selected?: string;
  hovered?: string;
  hoveredEdge?: string;
  /** Sizes, colours and a path from the analysis (lib/explore/appearance.ts). */
  emphasis?: Emphasis;
}) {
  const sigma = useSigma();
  const first = useRef(true);
  useEffect(() => {
    // The canvas creates sigma with the reducers of this empty state: setting them again would re-process the
    // whole graph right after the first frame.
    const empty = !hiddenNodes.size && !hiddenEdges.size && !selected && !hovered && !hoveredEdge && !emphasis;
    if (first.current && empty) {
      first.current = false;
      return;
    }
    first.current = false;
    const graph = sigma.getGraph();
    const { nodeReducer, edgeReducer } = makeReducers(graph, { hiddenNodes, hiddenEdges, selected, hovered, emphasis });
    const focused = focusedEdges(graph, { hovered, selected, hoveredEdge, path: emphasis?.path?.edges });
    sigma.setSetting("nodeReducer", nodeReducer);
    sigma.setSetting("edgeReducer", withEdgeLabels(edgeReducer, focused));
  }, [sigma, hiddenNodes, hiddenEdges, selected, hovered, hoveredEdge, emphasis]);
  return null;
}
