/**
 * Every call the browser makes to the JSON API, in one place (as vercel/commerce keeps its data access behind one
 * typed fetch). Each response is typed with `import type` from the server module that produces it, so a shape is
 * declared once. The API's error messages are kept for people; its error codes for the page to act on.
 * Paths are built here too (`apiPath`): the explorer's server page preloads the very requests its client makes.
 */
import type { ConsoleResult } from "../cypher/types";
import { createTranslator } from "use-intl/core";
import enErrors from "../i18n/messages/en/errors.json";
import type { Locale } from "../i18n/locales";
import { msg, type Message } from "../i18n/message";
import type { SerializedGraph } from "../graph/model";
import { pathsQuery, type PathOptions } from "../graph/paths";
import type { NodeDetails, Overflow } from "../neo4j/queries/nodes";
import type { SearchHit, SearchResponse } from "../neo4j/queries/search";
import { idSegment } from "../url/path-segment";
import type { ViewGraph, ViewList, ViewSummary } from "../views";

export type { ConsoleResult, NodeDetails, SearchHit, SerializedGraph, ViewGraph, ViewSummary };

/** The codes the errors namespace has a message for (lib/i18n/messages/<locale>/errors.json). */
const KNOWN_CODES: ReadonlySet<string> = new Set(Object.keys(enErrors.message));

/** An error code's message, to say in the page's language; a code the catalogue does not know reads as "internal". */
export function errorProblem(code: string): Message {
  return msg(`errors.message.${KNOWN_CODES.has(code) ? code : "internal"}`);
}

/**
 * What a page shows for an API error: on an English page the API's own message (it names the detail — the line, the
 * refused word — and it is what API clients read too), in another language the code's message in that language.
 */
export function errorText(e: { code: string; message: string }, locale: Locale, say: (m: Message) => string): string {
  return locale === "en" ? e.message : say(errorProblem(e.code));
}

/** Where a console error lies, from the server's fields or its message ("… line 2, column 1 …"). */
export function errorPosition(e: { message: string; line?: number; column?: number }): { line: number; column: number } | undefined {
  if (e.line !== undefined && e.column !== undefined) return { line: e.line, column: e.column };
  const m = /\bline (\d+), column (\d+)/.exec(e.message);
  return m ? { line: Number(m[1]), column: Number(m[2]) } : undefined;
}

/** An English message of the errors namespace (what ApiError.message carries for errors made here), filled in. */
function english(path: string, values?: Record<string, string | number>): string {
  return englishErrors(path, values);
}
// Through use-intl, not by hand: in the app's build the catalogue arrives precompiled (next.config.js).
const englishErrors = createTranslator({ locale: "en", messages: enErrors, onError: () => undefined, getMessageFallback: ({ key }) => key }) as unknown as (
  key: string,
  values?: Record<string, string | number>,
) => string;

/**
 * An API error as the page sees it: the HTTP status (0 when the server was not reached), code and message (the
 * API's English words). `problem` is the code's message for the page's language (`errorText` picks what to show).
 */
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
  /** The code's message in the errors namespace: say it with useSay() / say(locale, m). */
  get problem(): Message {
    return errorProblem(this.code);
  }
  /** The text a page in `locale` shows for this error (see errorText). */
  shownIn(locale: Locale, say: (m: Message) => string): string {
    return errorText(this, locale, say);
  }
  /** The resource does not exist (404): a link naming it drops it rather than failing. */
  get missing(): boolean {
    return this.status === 404;
  }
}

export interface NeighborhoodOptions {
  limit: number;
  types?: readonly string[];
  /** Only relationships whose `kind` is one of these (an old link's narrowed expansion). */
  kinds?: readonly string[];
  overflow?: Overflow;
}

export const apiPath = {
  node: (id: string) => `/api/nodes/${idSegment(id)}`,
  neighborhood: (id: string, o: NeighborhoodOptions) =>
    `/api/nodes/${idSegment(id)}/neighborhood?depth=1&limit=${o.limit}${o.types?.length ? `&types=${o.types.join(",")}` : ""}${o.kinds?.length ? `&kinds=${o.kinds.join(",")}` : ""}${
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

/** The error for "the server was not reached" (status 0, code network). */
export function networkError(): ApiError {
  return new ApiError(0, "network", english("message.network"));
}

type ErrorBody = { error?: { code?: string; message?: string; line?: number; column?: number } };

async function call<T>(url: string, init: RequestInit = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, init);
  } catch (e) {
    if ((e as Error).name === "AbortError") throw e;
    throw networkError();
  }
  const body = (await res.json().catch(() => null)) as (ErrorBody & T) | null;
  if (!body) throw new ApiError(res.status, "internal", english("server.noBody", { status: res.status }));
  if (!res.ok || body.error) {
    const e = body.error ?? {};
    throw new ApiError(res.status, e.code ?? "internal", e.message ?? english("server.answered", { status: res.status }), { line: e.line, column: e.column });
  }
  return body;
}

export const api = {
  node: (id: string, signal?: AbortSignal) => call<{ node: NodeDetails }>(apiPath.node(id), { signal }).then((b) => b.node),
  neighborhood: (id: string, o: NeighborhoodOptions, signal?: AbortSignal) => call<SerializedGraph>(apiPath.neighborhood(id, o), { signal }),
  view: (slug: string, signal?: AbortSignal) => call<ViewGraph>(apiPath.view(slug), { signal }),
  views: (signal?: AbortSignal) => call<ViewList>(apiPath.views(), { signal }).then((b) => b.views),
  search: (q: string, limit: number, signal?: AbortSignal) => call<SearchResponse>(apiPath.search(q, limit), { signal }).then((b) => b.results),
  /** The hits and how they were found (`scan`: the database has no full-text index, issue 17). */
  searchWithMethod: (q: string, limit: number, signal?: AbortSignal) => call<SearchResponse>(apiPath.search(q, limit), { signal }),
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

/** The standalone HTML export's viewer script (public/export-viewer.js, built by scripts/build-viewer.ts). */
export async function exportViewerScript(): Promise<string> {
  let res: Response;
  try {
    res = await fetch("/export-viewer.js");
  } catch {
    throw networkError();
  }
  if (!res.ok) throw new ApiError(res.status, "internal", english("server.answered", { status: res.status }));
  return res.text();
}

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
