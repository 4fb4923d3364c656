/** The normalisation shared by the loader (search_text) and the search API (the needle). */

/** NFKC (full-width -> half-width), lower-case, single spaces, trimmed. */
export function normalizeForSearch(s: string): string {
  return s.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

/** All names of an entity on their own lines, with a newline at each end so a name can be matched whole. */
export function buildSearchText(names: readonly (string | undefined | null)[]): string {
  const uniq = [...new Set(names.filter((n): n is string => !!n).map(normalizeForSearch).filter(Boolean))];
  return `\n${uniq.join("\n")}\n`;
}

/** Escapes a user string for Lucene's query parser (used by the full-text index). */
export function escapeLucene(s: string): string {
  return s.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, "\\$&").replace(/\b(AND|OR|NOT)\b/g, (m) => m.toLowerCase());
}
