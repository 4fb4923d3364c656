/**
 * Driver values -> console cells (see types.ts for the format). Graph values reuse the shared mapper (toJson), so
 * the console shows nodes exactly as the rest of the API does; temporal values, big integers, non-finite floats,
 * points and bytes are tagged so the table and the tests can tell them from strings and numbers.
 */
import {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isPath,
  isPoint,
  isTime,
} from "neo4j-driver";
import { isNodeValue, isRelValue, toJson, type Json } from "../neo4j/mappers";

/** Converts one value of a record. Depth-capped: deeper values are cut with a marker. */
export function toCell(value: unknown, depth = 0): Json {
  if (value === null || value === undefined) return null;
  if (depth > 64) return { _kind: "truncated" };
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : { _kind: "integer", value: value.toString() };
  if (typeof value === "bigint") {
    return Number.isSafeInteger(Number(value)) ? Number(value) : { _kind: "integer", value: value.toString() };
  }
  if (typeof value === "number") return Number.isFinite(value) ? value : { _kind: "float", value: String(value) };
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (isDate(value)) return { _kind: "date", value: value.toString() };
  if (isDateTime(value)) return { _kind: "datetime", value: value.toString() };
  if (isLocalDateTime(value)) return { _kind: "localdatetime", value: value.toString() };
  if (isTime(value)) return { _kind: "time", value: value.toString() };
  if (isLocalTime(value)) return { _kind: "localtime", value: value.toString() };
  if (isDuration(value)) return { _kind: "duration", value: value.toString().replace(/T$/, "") };
  if (isPoint(value)) return { _kind: "point", ...(toJson(value) as Record<string, Json>) };
  if (isNodeValue(value) || isRelValue(value) || isPath(value)) return toJson(value);
  if (value instanceof Uint8Array) return { _kind: "bytes", length: value.length };
  if (Array.isArray(value)) return value.map((v) => toCell(v, depth + 1));
  if (typeof value === "object") {
    const out: Record<string, Json> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toCell(v, depth + 1);
    return out;
  }
  return String(value);
}
