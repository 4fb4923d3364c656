/**
 * Driver values -> console cells (see types.ts for the format): the shared converter in its tagged style, so the
 * console shows nodes exactly as the rest of the API does, and temporal values, big integers, non-finite floats,
 * points and bytes are tagged so the table and the tests can tell them from strings and numbers.
 */
import type { Json } from "../graph/model";
import { toJson } from "../neo4j/mappers";

/** Converts one value of a record. Depth-capped: deeper values are cut with a marker. */
export function toCell(value: unknown): Json {
  return toJson(value, "tagged");
}
