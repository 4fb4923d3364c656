/**
 * Query parameters from JSON (the console's, a named view's): a JSON object, checked for size, depth and width,
 * then converted for the driver — whole numbers become neo4j.int (Cypher INTEGER, as LIMIT wants), other numbers
 * stay floats. Pure apart from the driver's int().
 */
import neo4j from "neo4j-driver";

export const PARAM_LIMITS = {
  /** Nesting depth of lists and maps below the top-level object. */
  maxDepth: 8,
  /** Values in the whole tree (list items, map entries). */
  maxValues: 20_000,
  /** Keys of the top-level object. */
  maxTopLevelKeys: 100,
  maxKeyLength: 200,
} as const;

/** A parameter name usable as `$name` without backticks. */
const PARAM_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export type ParamsVerdict = { ok: true; params: Record<string, unknown> } | { ok: false; reason: string; tooLarge?: boolean };

/** Validates already-parsed JSON parameters (the byte cap is checked on the text, before parsing). */
export function convertParams(input: unknown): ParamsVerdict {
  if (input === undefined || input === null) return { ok: true, params: {} };
  if (typeof input !== "object" || Array.isArray(input)) {
    return { ok: false, reason: 'Parameters must be a JSON object, like {"name": "Baidu", "limit": 10}.' };
  }
  const entries = Object.entries(input as Record<string, unknown>);
  if (entries.length > PARAM_LIMITS.maxTopLevelKeys) {
    return { ok: false, reason: `Too many parameters: at most ${PARAM_LIMITS.maxTopLevelKeys}.`, tooLarge: true };
  }
  const budget = { values: 0 };
  const out: Record<string, unknown> = {};
  for (const [k, v] of entries) {
    if (!PARAM_NAME.test(k)) {
      return { ok: false, reason: `The parameter name "${k.slice(0, 40)}" is not valid: use letters, digits and _ (not starting with a digit).` };
    }
    const r = convertValue(v, 0, budget, k);
    if (!r.ok) return r;
    out[k] = r.value;
  }
  return { ok: true, params: out };
}

type ValueResult = { ok: true; value: unknown } | { ok: false; reason: string; tooLarge?: boolean };

function convertValue(v: unknown, depth: number, budget: { values: number }, path: string): ValueResult {
  if (++budget.values > PARAM_LIMITS.maxValues) {
    return { ok: false, reason: `The parameters hold too many values: at most ${PARAM_LIMITS.maxValues}.`, tooLarge: true };
  }
  if (v === null || typeof v === "string" || typeof v === "boolean") return { ok: true, value: v };
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { ok: false, reason: `The parameter "${path}" is not a finite number.` };
    if (Number.isInteger(v)) {
      if (!Number.isSafeInteger(v)) {
        return { ok: false, reason: `The parameter "${path}" is an integer too large to be exact in JSON; keep it within ±${Number.MAX_SAFE_INTEGER}.` };
      }
      return { ok: true, value: neo4j.int(v) };
    }
    return { ok: true, value: v };
  }
  if (depth >= PARAM_LIMITS.maxDepth) {
    return { ok: false, reason: `The parameters are nested too deeply: at most ${PARAM_LIMITS.maxDepth} levels of lists and maps.`, tooLarge: true };
  }
  if (Array.isArray(v)) {
    const out: unknown[] = [];
    for (let i = 0; i < v.length; i++) {
      const r = convertValue(v[i], depth + 1, budget, `${path}[${i}]`);
      if (!r.ok) return r;
      out.push(r.value);
    }
    return { ok: true, value: out };
  }
  if (typeof v === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      if (k.length > PARAM_LIMITS.maxKeyLength) return { ok: false, reason: `A key in the parameter "${path}" is longer than ${PARAM_LIMITS.maxKeyLength} characters.` };
      const r = convertValue(x, depth + 1, budget, `${path}.${k}`);
      if (!r.ok) return r;
      out[k] = r.value;
    }
    return { ok: true, value: out };
  }
  return { ok: false, reason: `The parameter "${path}" has a type JSON does not have.` };
}
