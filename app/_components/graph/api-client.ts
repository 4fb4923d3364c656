/** The explorer's calls to the JSON API, with the API's error messages kept for people. */
import { apiPath } from "@/lib/url/api-paths";
import type { Json, SerializedGraph } from "@/lib/neo4j/mappers";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function get<T>(url: string, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { signal });
  } catch (e) {
    if ((e as Error).name === "AbortError") throw e;
    throw new ApiError(0, "The server cannot be reached. Check your connection and try again.");
  }
  const body = (await res.json().catch(() => null)) as ({ error?: { message?: string } } & T) | null;
  if (!res.ok || !body) throw new ApiError(res.status, body?.error?.message ?? `The server answered ${res.status}.`);
  return body;
}

export interface NodeDetails {
  id: string;
  type: string;
  labels: string[];
  properties: Record<string, Json>;
  relationshipCounts: { type: string; direction: "out" | "in"; count: number }[];
  degree: number;
}
export interface ViewSummary {
  slug: string;
  title: string;
  description?: string;
  nodes?: number | null;
  relationships?: number | null;
}

export const api = {
  node: (id: string, signal?: AbortSignal) => get<{ node: NodeDetails }>(apiPath.node(id), signal).then((b) => b.node),
  neighborhood: (id: string, opts: { limit: number; types?: string[] }, signal?: AbortSignal) =>
    get<SerializedGraph>(apiPath.neighborhood(id, opts), signal),
  view: (slug: string, signal?: AbortSignal) => get<{ view: ViewSummary; graph: SerializedGraph }>(apiPath.view(slug), signal),
  search: (q: string, limit: number, signal?: AbortSignal) =>
    get<{ results: { id: string; type: string; name: string; names: string[] }[] }>(apiPath.search(q, limit), signal).then(
      (b) => b.results,
    ),
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
