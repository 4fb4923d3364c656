"use client";
/**
 * What the database is (lib/neo4j/graph-mode.ts), for client components: the layout reads it once per request
 * and hands it down, so a page for a database we did not design leaves out what only our graph has (the deck /
 * since-2023 scope, our search examples, our words for types), and colours that database's labels in an order of
 * its own (lib/graph/style.ts setTypeOrder) — every label its own colour, the same on every page.
 */
import { createContext, useContext } from "react";
import { setTypeOrder } from "@/lib/graph/style";
import type { GraphMode } from "@/lib/neo4j/graph-mode";

const GraphModeContext = createContext<GraphMode>("ours");

export function GraphModeProvider({ mode, types = [], children }: { mode: GraphMode; types?: readonly string[]; children: React.ReactNode }) {
  // During render, not in an effect: the first canvas and legend already use these colours.
  setTypeOrder(mode === "any" ? types : []);
  return <GraphModeContext.Provider value={mode}>{children}</GraphModeContext.Provider>;
}

export function useGraphMode(): GraphMode {
  return useContext(GraphModeContext);
}
