"use client";
/**
 * Runs lib/explore/load.ts whenever the state's data key changes, and keeps the one data graph it rebuilds in
 * place. A "loading" line appears only when a load takes longer than a blink.
 */
import { useEffect, useRef, useState } from "react";
import { newDataGraph, type DataGraph } from "@/lib/graph/data-graph";
import { ExplorerLoader, type LoadReport } from "@/lib/explore/load";
import { dataKey, type ViewState } from "@/lib/url/view-state";

export interface ExplorerData extends LoadReport {
  graph: DataGraph;
  /** Bumped on every rebuild. */
  version: number;
  /** The data key the graph was built for (compare with `dataKey(state)`). */
  builtFor: string | null;
  loading: string | null;
}

const LOADING_DELAY_MS = 120;

export function useExplorerData(state: ViewState): ExplorerData {
  const [loader] = useState(() => new ExplorerLoader());
  const [graph] = useState<DataGraph>(() => newDataGraph());
  const [data, setData] = useState<Omit<ExplorerData, "graph">>({
    version: 0,
    builtFor: null,
    loading: null,
    missing: new Set(),
    errors: [],
    truncated: [],
  });
  const key = dataKey(state);
  const stateRef = useRef(state);
  stateRef.current = state;

  useEffect(() => {
    const s = stateRef.current;
    let cancelled = false;
    const what = s.steps.length ? "Expanding…" : s.view ? "Loading the view…" : s.query ? "Searching…" : "Loading…";
    const timer = setTimeout(() => !cancelled && setData((d) => ({ ...d, loading: what })), LOADING_DELAY_MS);
    void loader.load(s, graph, () => cancelled).then((report) => {
      clearTimeout(timer);
      if (report) setData((d) => ({ ...report, version: d.version + 1, builtFor: key, loading: null }));
    });
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [key, loader, graph]);

  return { graph, ...data };
}
