/**
 * Driver values -> plain JSON. Integers are converted explicitly (to numbers when safe, else strings), temporal
 * values to ISO strings; nodes and relationships to graphology's serialized format keyed by our stable `id`.
 * Relationships whose endpoints are not in the result are dropped, as neo4j-browser does.
 */
import { ID_PATTERN, isRelationshipId } from "../patterns";
import { nameKeysFor } from "./introspect";
import { constrainedKeyOf } from "./node-keys";
import {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
} from "neo4j-driver";
import type { Node, Relationship, Path } from "neo4j-driver";
import { emptySerializedGraph, type Json, type SerializedEdge, type SerializedGraph, type SerializedNode } from "../graph/model";

/**
 * How values JSON lacks are written. `plain` (the API's nodes and properties): integers outside JSON's exact range
 * and non-finite floats as strings, temporal values as ISO text, bytes as `<n bytes>`. `tagged` (the console's
 * cells, lib/cypher/types.ts): each of those as a small `{ _kind, value }` map, so a reader can tell them from
 * strings. Graph values (nodes, relationships, paths) are the same in both, their properties plain.
 */
export type JsonStyle = "plain" | "tagged";

/** The deepest nesting converted; deeper values are cut (with a marker in the tagged style). */
const MAX_DEPTH = 64;

const temporalKind = (v: unknown): string | undefined =>
  isDate(v)
    ? "date"
    : isDateTime(v)
      ? "datetime"
      : isLocalDateTime(v)
        ? "localdatetime"
        : isTime(v)
          ? "time"
          : isLocalTime(v)
            ? "localtime"
            : isDuration(v)
              ? "duration"
              : undefined;

/** Converts any driver value to JSON (see JsonStyle). Graph values become small tagged maps. */
export function toJson(value: unknown, style: JsonStyle = "plain", depth = 0): Json {
  const tagged = style === "tagged";
  if (value === null || value === undefined) return null;
  if (depth > MAX_DEPTH) return tagged ? { _kind: "truncated" } : null;
  if (isInt(value) || typeof value === "bigint") {
    const n = isInt(value) ? (value.inSafeRange() ? value.toNumber() : null) : Number.isSafeInteger(Number(value)) ? Number(value) : null;
    if (n !== null) return n;
    return tagged ? { _kind: "integer", value: value.toString() } : value.toString();
  }
  if (typeof value === "number") return Number.isFinite(value) ? value : tagged ? { _kind: "float", value: String(value) } : String(value);
  if (typeof value === "string" || typeof value === "boolean") return value;
  const temporal = temporalKind(value);
  if (temporal) {
    const text = (value as { toString(): string }).toString();
    return tagged ? { _kind: temporal, value: temporal === "duration" ? text.replace(/T$/, "") : text } : text;
  }
  if (isPoint(value)) {
    const p = { srid: toJson(value.srid), x: value.x, y: value.y, ...(value.z !== undefined ? { z: value.z } : {}) };
    return tagged ? { _kind: "point", ...p } : p;
  }
  if (isNodeValue(value)) return { _kind: "node", id: nodeKey(value), type: primaryLabel(value.labels), properties: propsToJson(value.properties) };
  if (isRelValue(value)) return { _kind: "relationship", id: relKey(value), type: value.type, properties: propsToJson(value.properties) };
  if (isPath(value)) {
    return {
      _kind: "path",
      segments: value.segments.map((s) => ({
        start: toJson(s.start),
        relationship: toJson(s.relationship),
        end: toJson(s.end),
      })),
    };
  }
  if (Array.isArray(value)) return value.map((v) => toJson(v, style, depth + 1));
  if (value instanceof Uint8Array) return tagged ? { _kind: "bytes", length: value.length } : `<${value.length} bytes>`;
  if (typeof value === "object") {
    const out: Record<string, Json> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toJson(v, style, depth + 1);
    return out;
  }
  return String(value);
}

/** Loader bookkeeping that is not part of the ecosystem's facts. (`seed_set` is kept: it says which set a fact is from.) */
export const INTERNAL_PROPERTIES = new Set(["search_text", "seed_version"]);

function propsToJson(props: Record<string, unknown>): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(props)) if (!INTERNAL_PROPERTIES.has(k)) out[k] = toJson(v);
  return out;
}

// Duck-typed checks (the driver's own): safe even when a bundler loads two copies of the driver's classes.
export function isNodeValue(v: unknown): v is Node {
  return isNode(v as object);
}
export function isRelValue(v: unknown): v is Relationship {
  return isRelationship(v as object);
}

/** The label that is not the shared `Entity` label (first one, sorted, for nodes the seed did not create). */
export function primaryLabel(labels: readonly string[]): string {
  const own = labels.filter((l) => l !== "Entity");
  return own.length ? [...own].sort()[0] : labels[0] ?? "Node";
}

/**
 * The key a node has in the serialized graph: the seed's stable `id` for our entities (the `Entity` label and an id
 * like `company:baidu`); else, in a database we did not design, the property its label's uniqueness constraint
 * keeps unique (`key:Movie.title:The Matrix`); else its element id (`element:…`). A foreign `id` property of any
 * shape is data, not our name for the node (issue 17).
 */
export function nodeKey(n: Node): string {
  const id = n.properties.id;
  if (typeof id === "string" && ID_PATTERN.test(id) && n.labels.includes("Entity")) return id;
  return constrainedKeyOf(n.labels, primaryLabel(n.labels), n.properties as Record<string, unknown>) ?? `element:${n.elementId}`;
}

/** True for a key that names a node of ours by its seed id (the others keep their `id` property as data). */
const isSeedKey = (key: string) => !key.startsWith("element:") && !key.startsWith("key:");
/** The key a relationship has in the serialized graph: the seed's `id` between our entities, else its element id. */
export function relKey(r: Relationship): string {
  const id = r.properties.id;
  return typeof id === "string" && id && isRelationshipId(id) && !id.startsWith("element:") ? id : `element:${r.elementId}`;
}

/** Property keys that date a node of a database we did not design (a release, a birth, an order). */
const DATE_KEY = /(^|[a-z_])(date|Date|released|born|founded|year|Year)$/;

/**
 * The `date` the timeline reads (lib/graph/timeline.ts), for a node or relationship we did not write that has none:
 * its first date-like property, as a partial date — a DATE or DATETIME (its day), an ISO text, or a year (1000–2999).
 */
export function foreignDate(props: Record<string, unknown>): string | undefined {
  if (props.date !== undefined) return undefined;
  for (const k of Object.keys(props).sort()) {
    if (!DATE_KEY.test(k)) continue;
    const v = props[k];
    const j = toJson(v);
    if (typeof j === "number" && Number.isInteger(j) && j >= 1000 && j <= 2999) return String(j);
    if (typeof j === "string") {
      const m = /^(\d{4})(-\d{2})?(-\d{2})?/.exec(j);
      // A temporal value, a partial date, or a date with a time of day ("1996-07-04 00:00:00.000"): its day.
      if (m && (temporalKind(v) || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(j) || /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}/.test(j))) return m[0];
    }
  }
  return undefined;
}

/** The properties the seed's entities are named by, then those of databases we did not design (nameKeysFor). */
const OUR_NAME_KEYS = ["name", "name_zh", "name_ja"];

/**
 * A node's name for people: our names, else the first name-like property (name, title, …, companyName; first and
 * last name together), else its label and an id-like property ("Order 10248"), else its label.
 */
export function displayName(n: Node): string {
  const p = n.properties as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : typeof v === "number" || isInt(v) ? String(toJson(v)) : "");
  for (const k of OUR_NAME_KEYS) if (text(p[k])) return text(p[k]);
  for (const k of nameKeysFor(Object.keys(p))) {
    const v = k === "firstName+lastName" ? [text(p.firstName), text(p.lastName)].filter(Boolean).join(" ") : text(p[k]);
    if (v) return v;
  }
  const label = primaryLabel(n.labels);
  // The label's own id first (orderID on an Order, not the customerID it also carries), then `id`, then any other.
  const own = label.charAt(0).toLowerCase() + label.slice(1);
  const ids = Object.keys(p)
    .sort()
    .filter((k) => /(^id$|[a-z]ID$|[a-z]Id$|_id$)/.test(k) && text(p[k]));
  const idKey = ids.find((k) => [`${own}ID`, `${own}Id`, `${own}_id`].includes(k)) ?? ids.find((k) => k === "id") ?? ids[0];
  return idKey ? `${label} ${text(p[idKey])}` : label;
}

/**
 * Collects graph values from anywhere inside records (nodes, relationships, paths, nested in lists and maps)
 * into one serialized graph.
 */
export class GraphCollector {
  private nodes = new Map<string, SerializedNode>();
  private elementToKey = new Map<string, string>();
  private rels = new Map<string, Relationship>();

  add(value: unknown, depth = 0): void {
    if (value === null || value === undefined || depth > 32) return;
    if (isNodeValue(value)) return this.addNode(value);
    if (isRelValue(value)) {
      this.rels.set(value.elementId, value);
      return;
    }
    if (isPath(value)) {
      const p = value as Path;
      this.addNode(p.start);
      for (const s of p.segments) {
        this.addNode(s.start);
        this.addNode(s.end);
        this.rels.set(s.relationship.elementId, s.relationship);
      }
      return;
    }
    if (Array.isArray(value)) {
      for (const v of value) this.add(v, depth + 1);
      return;
    }
    if (typeof value === "object" && !isInt(value) && Object.getPrototypeOf(value) === Object.prototype) {
      for (const v of Object.values(value as Record<string, unknown>)) this.add(v, depth + 1);
    }
  }

  private addNode(n: Node): void {
    if (this.elementToKey.has(n.elementId)) return;
    const key = nodeKey(n);
    this.elementToKey.set(n.elementId, key);
    const props = propsToJson(n.properties);
    // Our `id` is the key; a foreign database's `id` property is data and stays, and its dates feed the timeline.
    if (isSeedKey(key)) delete props.id;
    else {
      const date = foreignDate(n.properties as Record<string, unknown>);
      if (date) props.date = date;
    }
    this.nodes.set(key, { key, attributes: { ...props, label: displayName(n), type: primaryLabel(n.labels) } });
  }

  get nodeCount(): number {
    return this.nodes.size;
  }

  toGraph(attributes: Record<string, Json> = {}): SerializedGraph {
    const edges: SerializedEdge[] = [];
    for (const r of this.rels.values()) {
      const source = this.elementToKey.get(r.startNodeElementId);
      const target = this.elementToKey.get(r.endNodeElementId);
      if (source === undefined || target === undefined) continue;
      const key = relKey(r);
      const props = propsToJson(r.properties);
      if (!key.startsWith("element:")) delete props.id;
      else {
        const date = foreignDate(r.properties as Record<string, unknown>);
        if (date) props.date = date;
      }
      edges.push({ key, source, target, attributes: { ...props, type: r.type } });
    }
    return { ...emptySerializedGraph(attributes), nodes: [...this.nodes.values()], edges };
  }
}
