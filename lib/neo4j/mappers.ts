/**
 * Driver values -> plain JSON. Integers are converted explicitly (to numbers when safe, else strings), temporal
 * values to ISO strings; nodes and relationships to graphology's serialized format keyed by our stable `id`.
 * Relationships whose endpoints are not in the result are dropped, as neo4j-browser does.
 */
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

/** The key a node has in the serialized graph: its `id`, or its element id for nodes the seed did not write. */
export function nodeKey(n: Node): string {
  const id = n.properties.id;
  return typeof id === "string" && id ? id : `element:${n.elementId}`;
}
/** The key a relationship has in the serialized graph (as nodeKey). */
export function relKey(r: Relationship): string {
  const id = r.properties.id;
  return typeof id === "string" && id ? id : `element:${r.elementId}`;
}

function displayName(n: Node): string {
  const p = n.properties as Record<string, unknown>;
  for (const k of ["name", "name_zh", "name_ja", "title", "id"]) if (typeof p[k] === "string" && p[k]) return p[k] as string;
  return primaryLabel(n.labels);
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
    const { id: _id, ...rest } = propsToJson(n.properties);
    this.nodes.set(key, { key, attributes: { ...rest, label: displayName(n), type: primaryLabel(n.labels) } });
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
      const { id: _id, ...rest } = propsToJson(r.properties);
      edges.push({ key: relKey(r), source, target, attributes: { ...rest, type: r.type } });
    }
    return { ...emptySerializedGraph(attributes), nodes: [...this.nodes.values()], edges };
  }
}
