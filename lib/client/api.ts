/**
 * Every call the browser makes to the JSON API, in one place (as vercel/commerce keeps its data access behind one
 * typed fetch). Each response is typed with `import type` from the server module that produces it, so a shape is
 * declared once. The API's error messages are kept for people; its error codes for the page to act on.
 * Paths are built here too (`apiPath`): the explorer's server page preloads the very requests its client makes.
 */
import type { ConsoleResult } from "../cypher/types";
import type { SerializedGraph } from "../graph/model";
import { pathsQuery, type PathOptions } from "../graph/paths";
import type { NodeDetails, Overflow } from "../neo4j/queries/nodes";
import type { SearchHit, SearchResponse } from "../neo4j/queries/search";
import { idSegment } from "../url/path-segment";
import type { ViewGraph, ViewList, ViewSummary } from "../views";

export type { ConsoleResult, NodeDetails, SearchHit, SerializedGraph, ViewGraph, ViewSummary };

/** An API error as the page sees it: the HTTP status (0 when the server was not reached), code and message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Where in the query a console error lies, when the server says. */
    readonly where: { line?: number; column?: number } = {},
  ) {
    super(message);
  }
  /** The resource does not exist (404): a link naming it drops it rather than failing. */
  get missing(): boolean {
    return this.status === 404;
  }
}

export interface NeighborhoodOptions {
  limit: number;
  types?: readonly string[];
  overflow?: Overflow;
}

export const apiPath = {
  node: (id: string) => `/api/nodes/${idSegment(id)}`,
  neighborhood: (id: string, o: NeighborhoodOptions) =>
    `/api/nodes/${idSegment(id)}/neighborhood?depth=1&limit=${o.limit}${o.types?.length ? `&types=${o.types.join(",")}` : ""}${
      o.overflow && o.overflow !== "cut" ? `&overflow=${o.overflow}` : ""
    }`,
  view: (slug: string) => `/api/views/${idSegment(slug)}`,
  views: () => "/api/views",
  search: (q: string, limit: number) => `/api/search?q=${idSegment(q)}&limit=${limit}`,
  searchGraph: (q: string, limit: number) => `/api/search/graph?q=${idSegment(q)}&limit=${limit}`,
  cypher: () => "/api/cypher",
  paths: (ids: readonly string[], o: PathOptions, scope: "all" | "deck" = "all") => `/api/paths?${pathsQuery(ids, o, scope)}`,
  overview: (limit: number) => `/api/overview?limit=${limit}`,
};

type ErrorBody = { error?: { code?: string; message?: string; line?: number; column?: number } };

async function call<T>(url: string, init: RequestInit = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, init);
  } catch (e) {
    if ((e as Error).name === "AbortError") throw e;
    throw new ApiError(0, "network", "The server cannot be reached. Check your connection and try again.");
  }
  const body = (await res.json().catch(() => null)) as (ErrorBody & T) | null;
  if (!body) throw new ApiError(res.status, "internal", `The server answered ${res.status} without a readable body.`);
  if (!res.ok || body.error) {
    const e = body.error ?? {};
    throw new ApiError(res.status, e.code ?? "internal", e.message ?? `The server answered ${res.status}.`, { line: e.line, column: e.column });
  }
  return body;
}

export const api = {
  node: (id: string, signal?: AbortSignal) => call<{ node: NodeDetails }>(apiPath.node(id), { signal }).then((b) => b.node),
  neighborhood: (id: string, o: NeighborhoodOptions, signal?: AbortSignal) => call<SerializedGraph>(apiPath.neighborhood(id, o), { signal }),
  view: (slug: string, signal?: AbortSignal) => call<ViewGraph>(apiPath.view(slug), { signal }),
  views: (signal?: AbortSignal) => call<ViewList>(apiPath.views(), { signal }).then((b) => b.views),
  search: (q: string, limit: number, signal?: AbortSignal) => call<SearchResponse>(apiPath.search(q, limit), { signal }).then((b) => b.results),
  searchGraph: (q: string, limit: number, signal?: AbortSignal) => call<SerializedGraph>(apiPath.searchGraph(q, limit), { signal }),
  /** The shortest path(s) joining the ids; the graph's attributes list them per pair (lib/graph/paths.ts). */
  paths: (ids: readonly string[], o: PathOptions, scope: "all" | "deck" = "all", signal?: AbortSignal) =>
    call<SerializedGraph>(apiPath.paths(ids, o, scope), { signal }),
  overview: (limit: number, signal?: AbortSignal) => call<SerializedGraph>(apiPath.overview(limit), { signal }),
  /** Runs a console query (read-only, guarded on the server). */
  cypher: (query: string, params: unknown, signal?: AbortSignal) =>
    call<ConsoleResult>(apiPath.cypher(), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, params }),
      signal,
    }),
};

const detailsCache = new Map<string, Promise<NodeDetails>>();
/** `GET /api/nodes/{id}`, cached for the page's life (counts do not change while you explore). */
export function nodeDetails(id: string): Promise<NodeDetails> {
  let p = detailsCache.get(id);
  if (!p) {
    p = api.node(id).catch((e) => {
      detailsCache.delete(id);
      throw e;
    });
    detailsCache.set(id, p);
  }
  return p;
}
