/**
 * What a state's data is and how it is loaded: the requests its start (a view, nodes, a search) and its expansions
 * need — one request each, the server answering every start with one graph — fetched through lib/client/api.ts,
 * cached by what they ask for (so undo, redo and Back cost no requests), then merged into the one data graph in
 * step order. Framework-free: lib/explore/store.ts runs it when the state's data key changes.
 */
import { api, apiPath, ApiError, type NeighborhoodOptions } from "../client/api";
import { expansionKey, rebuildDataGraph, type DataGraph } from "../graph/data-graph";
import type { SerializedGraph } from "../graph/model";
import { pathsOf, type PathsAttributes } from "../graph/paths";
import type { ViewState } from "../url/view-state";
import type { ViewInfo } from "../views";
import { isEmptyStart } from "../url/view-state";
import { BUSY, EXPAND_LIMIT, OVERVIEW_LIMIT, SEARCH_START_LIMIT } from "./limits";

type Loaded = { graph: SerializedGraph; view?: ViewInfo };
type Entry = ({ ok: true } & Loaded) | { ok: false; missing: boolean; message: string };

/** One request a state needs: its cache key, its path (what the page preloads) and how to fetch it. */
interface Need {
  key: string;
  path: string;
  /** What it loads: a view, a start node, a search, or an expansion step of node `id`. */
  kind: "view" | "node" | "search" | "overview" | "path" | "expand";
  id: string;
  fetch: () => Promise<Loaded>;
}

const START_NODE: NeighborhoodOptions = { limit: BUSY, overflow: "center" };
const expansion = (type?: string, kind?: string): NeighborhoodOptions => ({ limit: EXPAND_LIMIT, types: type ? [type] : undefined, kinds: kind ? [kind] : undefined });

/**
 * The requests for a state, starts first (view, nodes, search; the overview when it names none), then each
 * expansion step in order, then the path.
 */
function needs(s: ViewState): Need[] {
  const path = s.path;
  return [
    ...(isEmptyStart(s)
      ? [
          {
            key: "overview",
            path: apiPath.overview(OVERVIEW_LIMIT),
            kind: "overview" as const,
            id: "",
            fetch: async () => ({ graph: await api.overview(OVERVIEW_LIMIT) }),
          },
        ]
      : []),
    ...(s.view
      ? [
          {
            key: `view:${s.view}`,
            path: apiPath.view(s.view),
            kind: "view" as const,
            id: s.view,
            fetch: () => api.view(s.view!),
          },
        ]
      : []),
    ...s.nodes.map((id) => ({
      key: `node:${id}`,
      path: apiPath.neighborhood(id, START_NODE),
      kind: "node" as const,
      id,
      fetch: async () => ({ graph: await api.neighborhood(id, START_NODE) }),
    })),
    ...(s.query
      ? [
          {
            key: `search:${s.query}`,
            path: apiPath.searchGraph(s.query, SEARCH_START_LIMIT),
            kind: "search" as const,
            id: s.query,
            fetch: async () => ({ graph: await api.searchGraph(s.query!, SEARCH_START_LIMIT) }),
          },
        ]
      : []),
    ...s.steps.flatMap((st) =>
      st.op === "expand"
        ? [
            {
              key: `x:${expansionKey(st)}`,
              path: apiPath.neighborhood(st.id, expansion(st.type, st.kind)),
              kind: "expand" as const,
              id: st.id,
              fetch: async () => ({ graph: await api.neighborhood(st.id, expansion(st.type, st.kind)) }),
            },
          ]
        : [],
    ),
    ...(path
      ? [
          {
            key: `path:${apiPath.paths(path.ids, path.options, s.scope)}`,
            path: apiPath.paths(path.ids, path.options, s.scope),
            kind: "path" as const,
            id: path.ids.join(","),
            fetch: async () => ({ graph: await api.paths(path.ids, path.options, s.scope) }),
          },
        ]
      : []),
  ];
}

/** The first requests for a state (at most `max`), for the page to preload while its scripts load. */
export function startRequests(s: ViewState, max = 8): string[] {
  return [...new Set(needs(s).map((n) => n.path))].slice(0, max);
}

/** What loading a state found, beside the graph. */
export interface LoadReport {
  /** Node ids the server no longer knows (404 on start nodes and expansions). */
  missing: Set<string>;
  errors: string[];
  /** Nodes whose expansion was cut at EXPAND_LIMIT neighbours. */
  truncated: string[];
  view?: ViewInfo;
  /** False when the named view no longer exists. */
  viewExists?: boolean;
  /** The path(s) asked for, when the state names one. */
  paths?: PathsAttributes;
  /** True when the data is the whole-ecosystem overview; `overviewTotal` entities exist in all. */
  overview?: boolean;
  overviewTotal?: number;
}

/** Loads states into a data graph; one per explorer, holding the cache of what it fetched. */
export class ExplorerLoader {
  private cache = new Map<string, Promise<Entry>>();

  /** `describe`: what the page shows for a failed request (the API's message by default; the store says it in the page's language). */
  constructor(private readonly describe: (e: Error) => string = (e) => e.message) {}

  private get(n: Need): Promise<Entry> {
    let p = this.cache.get(n.key);
    if (!p) {
      p = n.fetch().then(
        (l): Entry => ({ ok: true, ...l }),
        (e): Entry => {
          const missing = e instanceof ApiError && e.missing;
          if (!missing) this.cache.delete(n.key); // try again next time
          return { ok: false, missing, message: this.describe(e as Error) };
        },
      );
      this.cache.set(n.key, p);
    }
    return p;
  }

  /**
   * Fetches what the state names and, unless `cancelled()` by then, rebuilds `graph` from it in step order.
   * Returns null when cancelled.
   */
  async load(s: ViewState, graph: DataGraph, cancelled: () => boolean = () => false): Promise<LoadReport | null> {
    const list = needs(s);
    const entries = await Promise.all(list.map((n) => this.get(n)));
    if (cancelled()) return null;
    const report: LoadReport = { missing: new Set(), errors: [], truncated: [] };
    const start: SerializedGraph[] = [];
    const fetched = new Map<string, SerializedGraph>();
    const after: SerializedGraph[] = [];
    entries.forEach((e, i) => {
      const n = list[i];
      if (!e.ok) {
        if (!e.missing) report.errors.push(e.message);
        else if (n.kind === "view") report.viewExists = false;
        else if (n.kind === "path") report.errors.push(e.message);
        else if (n.kind !== "search") report.missing.add(n.id);
        return;
      }
      if (n.kind === "path") {
        report.paths = pathsOf(e.graph);
        after.push(e.graph);
      } else if (n.kind === "overview") {
        start.push(e.graph);
        report.overview = true;
        report.overviewTotal = typeof e.graph.attributes.total === "number" ? e.graph.attributes.total : undefined;
      } else if (n.kind !== "expand") start.push(e.graph);
      else {
        fetched.set(n.key, e.graph);
        if (e.graph.attributes.truncated) report.truncated.push(n.id);
      }
      if (e.view) [report.view, report.viewExists] = [e.view, true];
    });
    report.errors = [...new Set(report.errors)];
    rebuildDataGraph(graph, start, s.steps, (k) => fetched.get(`x:${k}`), after);
    return report;
  }
}
