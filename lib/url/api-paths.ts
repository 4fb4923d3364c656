/**
 * The API requests the explorer makes, as paths: built in one place so the explorer's page can tell the browser
 * to fetch its start data while the scripts still load (`startRequests`, preloaded by app/explore/page.tsx), and
 * the client's fetch then finds the very same request in flight.
 */
import { idSegment } from "./path-segment";
import type { ViewState } from "./view-state";

/** A node with more neighbours than this is expanded one relationship type at a time. */
export const BUSY = 25;
/** At most this many neighbours per expansion. */
export const EXPAND_LIMIT = 200;
/** Search hits a search link starts with. */
export const SEARCH_START_LIMIT = 8;

export const apiPath = {
  node: (id: string) => `/api/nodes/${idSegment(id)}`,
  neighborhood: (id: string, opts: { limit: number; types?: string[] }) =>
    `/api/nodes/${idSegment(id)}/neighborhood?depth=1&limit=${opts.limit}${opts.types?.length ? `&types=${opts.types.join(",")}` : ""}`,
  view: (slug: string) => `/api/views/${idSegment(slug)}`,
  search: (q: string, limit: number) => `/api/search?q=${idSegment(q)}&limit=${limit}`,
};

/** The first requests for a state: its view, start nodes, search and expansions (at most `max`). */
export function startRequests(s: ViewState, max = 8): string[] {
  const out = [
    ...(s.view ? [apiPath.view(s.view)] : []),
    ...s.nodes.map((id) => apiPath.neighborhood(id, { limit: BUSY })),
    ...(s.query ? [apiPath.search(s.query, SEARCH_START_LIMIT)] : []),
    ...s.steps.flatMap((st) =>
      st.op === "expand" ? [apiPath.neighborhood(st.id, { limit: EXPAND_LIMIT, types: st.type ? [st.type] : undefined })] : [],
    ),
  ];
  return [...new Set(out)].slice(0, max);
}
