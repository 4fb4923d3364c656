"use client";
/**
 * Loads what the state names (a view, start nodes, a search, then each expansion) and rebuilds the one data
 * graph from it. Fetches are cached by what they ask for, so undo, redo and Back cost no requests.
 */
import { useEffect, useRef, useState } from "react";
import { expansionKey, newDataGraph, rebuildDataGraph, type DataGraph } from "@/lib/graph/data-graph";
import type { SerializedGraph } from "@/lib/neo4j/mappers";
import { dataKey, type ViewState } from "@/lib/url/view-state";
import { api, ApiError, type ViewSummary } from "@/app/_components/graph/api-client";
import { BUSY, EXPAND_LIMIT, SEARCH_START_LIMIT } from "@/lib/url/api-paths";


type Entry =
  | { ok: true; graph: SerializedGraph; view?: ViewSummary; truncated?: boolean }
  | { ok: false; missing: boolean; message: string };

export interface ExplorerData {
  graph: DataGraph;
  /** Bumped on every rebuild. */
  version: number;
  /** The data key the graph was built for (compare with `dataKey(state)`). */
  builtFor: string | null;
  loading: string | null;
  missing: Set<string>;
  errors: string[];
  truncated: string[];
  view?: ViewSummary;
  viewExists?: boolean;
}

function emptyGraph(): SerializedGraph {
  return { attributes: {}, options: { type: "directed", multi: true, allowSelfLoops: true }, nodes: [], edges: [] };
}

async function wrap(p: () => Promise<Omit<Extract<Entry, { ok: true }>, "ok">>): Promise<Entry> {
  try {
    return { ok: true, ...(await p()) };
  } catch (e) {
    const status = e instanceof ApiError ? e.status : 0;
    return { ok: false, missing: status === 404, message: (e as Error).message };
  }
}

const loaders = {
  view: (slug: string) => wrap(async () => {
    const b = await api.view(slug);
    return { graph: b.graph, view: b.view };
  }),
  /** A start node with its neighbours, unless it is busy: then alone (its groups are offered instead). */
  node: (id: string) => wrap(async () => {
    const g = await api.neighborhood(id, { limit: BUSY });
    if (!g.attributes.truncated) return { graph: g };
    return { graph: { ...g, nodes: g.nodes.filter((n) => n.key === id), edges: [] } };
  }),
  /** The top search hits, with the relationships among them (not their other neighbours). */
  search: (q: string) => wrap(async () => {
    const hits = await api.search(q, SEARCH_START_LIMIT);
    const ids = new Set(hits.map((h) => h.id));
    const g = emptyGraph();
    const seen = new Set<string>();
    const hoods = await Promise.all(hits.map((h) => api.neighborhood(h.id, { limit: EXPAND_LIMIT }).catch(() => null)));
    for (const hood of hoods) {
      if (!hood) continue;
      for (const n of hood.nodes) if (ids.has(n.key) && !seen.has(n.key)) (seen.add(n.key), g.nodes.push(n));
      for (const e of hood.edges) if (ids.has(e.source) && ids.has(e.target) && !seen.has(e.key)) (seen.add(e.key), g.edges.push(e));
    }
    return { graph: g };
  }),
  expand: (id: string, type?: string) => wrap(async () => {
    const g = await api.neighborhood(id, { limit: EXPAND_LIMIT, types: type ? [type] : undefined });
    return { graph: g, truncated: !!g.attributes.truncated };
  }),
};

export function useExplorerData(state: ViewState): ExplorerData {
  const cache = useRef(new Map<string, Promise<Entry>>());
  const graphRef = useRef<DataGraph | null>(null);
  graphRef.current ??= newDataGraph();
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
    const get = (k: string, load: () => Promise<Entry>) => {
      let p = cache.current.get(k);
      if (!p) {
        p = load().then((e) => {
          if (!e.ok && !e.missing) cache.current.delete(k); // try again next time
          return e;
        });
        cache.current.set(k, p);
      }
      return p;
    };
    const pending = [
      ...(s.view ? [get(`view:${s.view}`, () => loaders.view(s.view!))] : []),
      ...s.nodes.map((id) => get(`node:${id}`, () => loaders.node(id))),
      ...(s.query ? [get(`search:${s.query}`, () => loaders.search(s.query!))] : []),
    ];
    const expansions = s.steps.flatMap((st) =>
      st.op === "expand" ? [[expansionKey(st), st.id, get(`x:${expansionKey(st)}`, () => loaders.expand(st.id, st.type))] as const] : [],
    );
    const what = s.steps.length ? "Expanding…" : s.view ? "Loading the view…" : s.query ? "Searching…" : "Loading…";
    const timer = setTimeout(() => !cancelled && setData((d) => ({ ...d, loading: what })), 120);

    void (async () => {
      const start = await Promise.all(pending);
      const exp = await Promise.all(expansions.map(([, , p]) => p));
      clearTimeout(timer);
      if (cancelled) return;
      const missing = new Set<string>();
      const errors: string[] = [];
      const truncated: string[] = [];
      let view: ViewSummary | undefined;
      let viewExists: boolean | undefined;
      const startGraphs: SerializedGraph[] = [];
      const startIds = [...(s.view ? [`view:${s.view}`] : []), ...s.nodes, ...(s.query ? ["search"] : [])];
      start.forEach((e, i) => {
        const id = startIds[i];
        if (e.ok) {
          startGraphs.push(e.graph);
          if (e.view) [view, viewExists] = [e.view, true];
        } else if (e.missing) {
          if (id.startsWith("view:")) viewExists = false;
          else missing.add(id);
        } else errors.push(e.message);
      });
      const fetched = new Map<string, SerializedGraph>();
      exp.forEach((e, i) => {
        const [k, id] = expansions[i];
        if (e.ok) {
          fetched.set(k, e.graph);
          if (e.truncated) truncated.push(id);
        } else if (e.missing) missing.add(id);
        else errors.push(e.message);
      });
      rebuildDataGraph(graphRef.current!, startGraphs, s.steps, (k) => fetched.get(k));
      setData((d) => ({
        version: d.version + 1,
        builtFor: key,
        loading: null,
        missing,
        errors: [...new Set(errors)],
        truncated,
        view,
        viewExists,
      }));
    })();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [key]);

  return { graph: graphRef.current, ...data };
}

