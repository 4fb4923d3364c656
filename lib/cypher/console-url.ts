/**
 * The console's URL: `/console?q=<query>&p=<parameters JSON>` (p left out when there are none), and the deep link
 * that carries a result's nodes into the explorer (`/explore?n=id1,id2,…`, built by lib/url/view-state.ts).
 * Pure: used by the page, the client and the tests.
 */
import { isNodeId } from "../patterns";
import { EMPTY_STATE, exploreHref, MAX_IDS, MAX_QUERY_CHARS } from "../url/view-state";
import { DEFAULT_LOCALE, localePath, type Locale } from "../i18n/locales";

/** Longest query text a link carries (longer queries still run; the link is then not updated). */
export const MAX_LINK_CHARS = 6_000;

/** True when the parameters text says "no parameters". */
export function isEmptyParams(text: string): boolean {
  const t = text.trim();
  return t === "" || /^\{\s*\}$/.test(t);
}

/** `/console?q=…&p=…`, or undefined when the link would be too long to share. */
export function consoleHref(query: string, paramsText: string, locale: Locale = DEFAULT_LOCALE): string | undefined {
  const sp = new URLSearchParams();
  if (query.trim()) sp.set("q", query);
  if (!isEmptyParams(paramsText)) sp.set("p", paramsText.trim());
  const qs = sp.toString();
  if (qs.length > MAX_LINK_CHARS) return undefined;
  return localePath(locale, qs ? `/console?${qs}` : "/console");
}

/** Reads q and p from the page's search params (first value of each). */
export function readConsoleParams(sp: Record<string, string | string[] | undefined>): { query: string; paramsText: string } {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
  return { query: first(sp.q).slice(0, MAX_LINK_CHARS * 2), paramsText: first(sp.p).slice(0, MAX_LINK_CHARS * 2) };
}

/**
 * The explorer link for these node ids: as many as fit the explorer's limits (ids it would refuse are left out).
 * Returns the href and how many ids it carries.
 */
export function exploreLinkFor(ids: readonly string[], locale: Locale = DEFAULT_LOCALE): { href: string; count: number } {
  const valid = ids.filter(isNodeId);
  let n = Math.min(valid.length, MAX_IDS);
  // Keep the query string under the explorer's cap (ids are URL-encoded; CJK-free, but ':' and ',' grow).
  while (n > 0 && exploreHref({ ...EMPTY_STATE, locale, lang: locale, nodes: valid.slice(0, n) }).length > MAX_QUERY_CHARS) n = Math.floor(n * 0.8);
  return { href: exploreHref({ ...EMPTY_STATE, locale, lang: locale, nodes: valid.slice(0, n) }), count: n };
}
