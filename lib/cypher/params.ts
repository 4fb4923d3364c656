/**
 * The console's parameters: the JSON text the console's URL carries (`p=`, parseParamsText, with the byte cap), and
 * the parsed object's check and conversion for the driver (convertConsoleParams).
 */
import { convertParams, type ParamsVerdict } from "../neo4j/params";

/**
 * Parses the parameters as the console's URL carries them (`p=` JSON text). Also checks the byte cap.
 * Returns the raw JSON value; run convertConsoleParams on it.
 */
export function parseParamsText(text: string, maxBytes: number): { ok: true; value: unknown } | { ok: false; reason: string; tooLarge?: boolean } {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > maxBytes) return { ok: false, reason: `The parameters are ${bytes} bytes; the limit is ${maxBytes}.`, tooLarge: true };
  if (!text.trim()) return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, reason: `The parameters are not valid JSON: ${(e as Error).message}` };
  }
}

/**
 * True when `$name` can be written without backticks: an identifier (`$name`, `$_x`, `$名前`) or a decimal
 * integer (`$1`, `$42`). Any other name is still a parameter, written `` $`my name` ``. For the editor's completion;
 * the console itself accepts every name.
 */
export function isPlainParameterName(name: string): boolean {
  return /^[\p{ID_Start}_]\p{ID_Continue}*$/u.test(name) || /^(0|[1-9][0-9]*)$/.test(name);
}

/**
 * Checks and converts the console's parameters: a JSON object within the size, depth and width caps, whole numbers
 * as INTEGER (lib/neo4j/params.ts). Names are not restricted: Neo4j takes a parameter of any name — `$1` and
 * `` $`any text` `` reach names that are not identifiers — and names carry no Cypher, so every string is accepted.
 */
export function convertConsoleParams(input: unknown): ParamsVerdict {
  if (input === undefined || input === null || typeof input !== "object" || Array.isArray(input)) return convertParams(input);
  // convertParams also checks names for named views' sake (plain identifiers only); hand it stand-in names and
  // put the real ones back, in the result and in its messages.
  const names = Object.keys(input);
  const stand = (i: number) => `__console_param_${i}__`;
  const renamed = Object.fromEntries(names.map((n, i) => [stand(i), (input as Record<string, unknown>)[n]]));
  const r = convertParams(renamed);
  if (!r.ok) return { ...r, reason: r.reason.replace(/__console_param_(\d+)__/g, (_, i: string) => names[Number(i)] ?? "") };
  return { ok: true, params: Object.fromEntries(names.map((n, i) => [n, r.params[stand(i)]])) };
}
