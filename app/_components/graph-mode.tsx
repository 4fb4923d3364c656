"use client";
/**
 * What the database is (lib/neo4j/graph-mode.ts), for client components: the layout reads it once per request
 * and hands it down, so a page for a database we did not design leaves out what only our graph has (the deck /
 * since-2023 scope, our search examples).
 */
import { createContext, useContext } from "react";
import type { GraphMode } from "@/lib/neo4j/graph-mode";

const GraphModeContext = createContext<GraphMode>("ours");

export function GraphModeProvider({ mode, children }: { mode: GraphMode; children: React.ReactNode }) {
  return <GraphModeContext.Provider value={mode}>{children}</GraphModeContext.Provider>;
}

export function useGraphMode(): GraphMode {
  return useContext(GraphModeContext);
}
