/**
 * An entity id as a URL path segment. Ids look like `company:baidu`; ":" is allowed in a path segment
 * (RFC 3986 pchar), so it is kept as is and ordinary ids travel without any "%" escape (the API's middleware only
 * runs for paths that contain one: proxy.ts). Anything else is escaped as encodeURIComponent does.
 */
export function idSegment(id: string): string {
  return encodeURIComponent(id).replace(/%3A/gi, ":");
}
