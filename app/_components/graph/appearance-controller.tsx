"use client";
/** Filters, hover and selection, applied through sigma's reducers (the graph's attributes stay untouched). */
import { useEffect, useRef } from "react";
import { makeReducers } from "@/lib/graph/reducers";
import { useSigma } from "./sigma-context";

export function AppearanceController({
  hiddenNodes,
  hiddenEdges,
  selected,
  hovered,
}: {
  hiddenNodes: ReadonlySet<string>;
  hiddenEdges: ReadonlySet<string>;
  selected?: string;
  hovered?: string;
}) {
  const sigma = useSigma();
  const first = useRef(true);
  useEffect(() => {
    // The canvas creates sigma with the reducers of this empty state: setting them again would re-process the
    // whole graph right after the first frame.
    const empty = !hiddenNodes.size && !hiddenEdges.size && !selected && !hovered;
    if (first.current && empty) {
      first.current = false;
      return;
    }
    first.current = false;
    const { nodeReducer, edgeReducer } = makeReducers(sigma.getGraph(), { hiddenNodes, hiddenEdges, selected, hovered });
    sigma.setSetting("nodeReducer", nodeReducer);
    sigma.setSetting("edgeReducer", edgeReducer);
  }, [sigma, hiddenNodes, hiddenEdges, selected, hovered]);
  return null;
}
