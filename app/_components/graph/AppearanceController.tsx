"use client";
/** Filters, hover and selection, applied through sigma's reducers (the graph's attributes stay untouched). */
import { useEffect } from "react";
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
  useEffect(() => {
    const { nodeReducer, edgeReducer } = makeReducers(sigma.getGraph(), { hiddenNodes, hiddenEdges, selected, hovered });
    sigma.setSetting("nodeReducer", nodeReducer);
    sigma.setSetting("edgeReducer", edgeReducer);
  }, [sigma, hiddenNodes, hiddenEdges, selected, hovered]);
  return null;
}
