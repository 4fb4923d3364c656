/**
 * The console's wire format (POST /api/cypher), shared by the server and the client. Pure types and helpers.
 *
 * Cells are plain JSON where JSON has the type (null, boolean, number, string, list, map). Other Cypher values are
 * tagged maps with `_kind`:
 *   node           { _kind: "node", id, type, properties }            (id: our stable `id`, else `element:…`)
 *   relationship   { _kind: "relationship", id, type, properties }
 *   path           { _kind: "path", segments: [{ start, relationship, end }] }
 *   date, datetime, localdatetime, time, localtime, duration   { _kind, value: ISO 8601 text }
 *   integer        { _kind: "integer", value: "9007199254740993" }   (outside JSON's exact range only)
 *   float          { _kind: "float", value: "NaN" | "Infinity" | "-Infinity" }
 *   point          { _kind: "point", srid, x, y, z? }
 *   bytes          { _kind: "bytes", length }
 */
import type { Json, SerializedGraph } from "../graph/model";

export interface ConsoleSummary {
  /** Neo4j's query type from the plan; always "r" for a query that ran. */
  queryType: string;
  /** Rows returned (at most the cap). */
  rows: number;
  /** True when the result had more rows than the cap and reading stopped there. */
  truncated: boolean;
  /** Wall time on the server, in ms. */
  ms: number;
  /** The cap that applied. */
  maxRows: number;
}

export interface ConsoleResult {
  columns: string[];
  rows: Json[][];
  graph: SerializedGraph;
  summary: ConsoleSummary;
}

export interface ConsoleError {
  error: { code: string; message: string; line?: number; column?: number };
}

export type TaggedKind = "node" | "relationship" | "path" | "date" | "datetime" | "localdatetime" | "time" | "localtime" | "duration" | "integer" | "float" | "point" | "bytes";

/** The `_kind` of a tagged cell, or undefined for plain JSON. */
export function kindOf(v: Json): TaggedKind | undefined {
  if (v && typeof v === "object" && !Array.isArray(v) && typeof v._kind === "string") return v._kind as TaggedKind;
  return undefined;
}
