/**
 * The rules for values that travel: entity ids, relationship ids and types, node types, view slugs, partial dates
 * and free text.
 * One home for each, imported by the seed schema (graph-seed/schema.ts), the explorer's URL parser
 * (lib/url/view-state.ts) and the API's parameters (lib/api/params.ts). Pure: no I/O.
 */

/** A stable entity id as the seed writes it: `label-prefix:kebab-name` (company:baidu). */
export const ID_PATTERN = /^[a-z][a-z0-9-]*:[a-z0-9][a-z0-9.-]*$/;
/** A node or relationship the seed did not create, named by Neo4j's element id. */
export const ELEMENT_ID_PATTERN = /^element:[\w:-]+$/;
/**
 * A node of a database we did not design, named by a property its label's uniqueness constraint keeps unique:
 * `key:Movie.title:The Matrix` (a text value) or `key:Order.orderID:#10248` (an integer). Such a name survives a
 * reload of that database, where an element id may not (issue 17). Label and property are plain identifiers; a
 * text value has no `,` `~` `#` `%` (the separators of links) and no control characters — other values are named
 * by element id instead (lib/neo4j/node-keys.ts).
 */
export const STABLE_KEY_PATTERN = /^key:([A-Za-z_][A-Za-z0-9_]{0,59})\.([A-Za-z_][A-Za-z0-9_]{0,59}):(#-?\d{1,18}|[^,~#%\s\u0000-\u001f\u007f](?:[^,~#%\u0000-\u001f\u007f]*[^,~#%\s\u0000-\u001f\u007f])?)$/;
/**
 * Relationship types: ours are UPPER_SNAKE_CASE (PARTNER_OF); a database we did not design may use any letters,
 * digits and underscores (`acted_in`, `所属`). At most 60 characters; never a separator of links or a backtick.
 */
export const REL_TYPE_PATTERN = /^[\p{L}_][\p{L}\p{N}_]{0,59}$/u;
/** Node types (primary labels): ours are PascalCase (GovernmentBody); any letters, digits and underscores, ≤ 60. */
/** The `kind` of a merged relationship type (USES kind integrates, built_on …): what an expansion may be narrowed to. */
export const REL_KIND_PATTERN = /^[a-z][a-z_]{0,39}$/;
export const NODE_TYPE_PATTERN = /^[\p{L}_][\p{L}\p{N}_]{0,59}$/u;
/** View slugs: lower-case words joined by hyphens (alibaba-portfolio). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A relationship id as the seed writes it: `from-TYPE->to`, plus `#key` when two share type and ends. */
const REL_ID = /^(.+)-([A-Z][A-Z0-9_]*)->(.+?)(#[a-z0-9-]+)?$/;

export const MAX_ID_CHARS = 200;
export const MAX_RELATIONSHIP_ID_CHARS = 500;
export const MAX_SLUG_CHARS = 60;
export const MAX_SEARCH_CHARS = 200;

/** True when the text holds a control character (C0 or DEL): refused in ids, searches and parameters. */
export function hasControlChars(s: string): boolean {
  return /[\u0000-\u001f\u007f]/.test(s);
}

/** True for a stable node id (`company:baidu`), a constrained key (`key:Movie.title:…`) or an element id. */
export function isNodeId(s: string): boolean {
  return s.length <= MAX_ID_CHARS && (ID_PATTERN.test(s) || ELEMENT_ID_PATTERN.test(s) || STABLE_KEY_PATTERN.test(s));
}

/** True for a relationship id as the seed writes it (`from-TYPE->to`, plus `#key`) or an element id. */
export function isRelationshipId(s: string): boolean {
  if (s.length > MAX_RELATIONSHIP_ID_CHARS) return false;
  if (ELEMENT_ID_PATTERN.test(s)) return true;
  const m = REL_ID.exec(s);
  return !!m && isNodeId(m[1]) && isNodeId(m[3]);
}

export function isRelType(s: string): boolean {
  return REL_TYPE_PATTERN.test(s);
}

/** A relationship filter: `TYPE`, or `TYPE.kind` (only relationships of that kind), as links and the API write it. */
export function isRelFilter(s: string): boolean {
  const [type, kind, ...more] = s.split(".");
  return more.length === 0 && isRelType(type) && (kind === undefined || REL_KIND_PATTERN.test(kind));
}

export function isNodeType(s: string): boolean {
  return NODE_TYPE_PATTERN.test(s);
}

export function isSlug(s: string): boolean {
  return s.length <= MAX_SLUG_CHARS && SLUG_PATTERN.test(s);
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real calendar day/month between 1900 and 2100. */
export function isPartialDate(value: string): boolean {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < 1900 || year > 2100) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}
