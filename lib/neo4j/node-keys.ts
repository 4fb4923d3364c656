/**
 * Finding nodes by the keys the API hands out (lib/neo4j/mappers.ts nodeKey), so every lookup stays an index seek
 * in both kinds of database (issue 17):
 * - the seed's stable id of our entities (`company:baidu`: the `Entity.id` uniqueness index);
 * - a constrained key of a database we did not design (`key:Movie.title:The Matrix`: the label's uniqueness
 *   constraint on that property), which survives a reload of that database;
 * - a node's element id (`element:4:…:12`: Neo4j's element-id seek), for labels without such a constraint.
 */
import neo4j from "neo4j-driver";
import { STABLE_KEY_PATTERN } from "../patterns";

const ELEMENT = "element:";

export const isElementKey = (key: string) => key.startsWith(ELEMENT);
export const elementIdOf = (key: string) => key.slice(ELEMENT.length);

export interface StableKey {
  label: string;
  property: string;
  value: string | number;
}

/** The label, property and value a constrained key names, or null when it is not one. */
export function parseStableKey(key: string): StableKey | null {
  const m = STABLE_KEY_PATTERN.exec(key);
  if (!m) return null;
  const [, label, property, raw] = m;
  if (raw.startsWith("#")) {
    const n = Number(raw.slice(1));
    return Number.isSafeInteger(n) ? { label, property, value: n } : null;
  }
  return { label, property, value: raw };
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_]{0,59}$/;

/**
 * The constrained key of a node whose `label` keeps `property` unique, or undefined when its value cannot travel in
 * a link (not a short text or an integer, or holding a link separator) — such a node is named by element id.
 */
export function stableKeyOf(label: string, property: string, value: unknown): string | undefined {
  if (!IDENT.test(label) || !IDENT.test(property)) return undefined;
  let raw: string | undefined;
  if (neo4j.isInt(value)) raw = value.inSafeRange() ? `#${value.toString()}` : undefined;
  else if (typeof value === "number" && Number.isSafeInteger(value)) raw = `#${value}`;
  else if (typeof value === "string" && !value.startsWith("#")) raw = value; // "#…" is how integers are written
  if (raw === undefined) return undefined;
  const key = `key:${label}.${property}:${raw}`;
  return key.length <= 200 && STABLE_KEY_PATTERN.test(key) ? key : undefined;
}

const quote = (name: string) => `\`${name.replace(/`/g, "``")}\``;
const asParam = (v: string | number) => (typeof v === "number" ? neo4j.int(v) : v);

/** `MATCH` of one node by `$key` into `v`, with its parameter (nothing for a constrained key of no constraint). */
export function matchByKey(v: string, key: string): { cypher: string; params: { key: unknown } } {
  if (isElementKey(key)) return { cypher: `MATCH (${v}) WHERE elementId(${v}) = $key`, params: { key: elementIdOf(key) } };
  const stable = parseStableKey(key);
  if (stable && !isConstrained(stable)) return { cypher: `MATCH (${v}) WHERE false`, params: { key: null } };
  if (stable)
    return { cypher: `MATCH (${v}:${quote(stable.label)}) WHERE ${v}.${quote(stable.property)} = $key`, params: { key: asParam(stable.value) } };
  return { cypher: `MATCH (${v}:Entity {id: $key})`, params: { key } };
}

/**
 * A subquery yielding `v` for every node named in `keys` (any mix of kinds), with its parameters: one branch per
 * kind and, for constrained keys, per label and property (identifiers from the validated key, quoted).
 */
export function nodesByKeys(v: string, keys: readonly string[]): { cypher: string; params: Record<string, unknown> } {
  const ids: string[] = [];
  const eids: string[] = [];
  const stable = new Map<string, { label: string; property: string; values: unknown[] }>();
  for (const key of keys) {
    if (isElementKey(key)) eids.push(elementIdOf(key));
    else {
      const s = parseStableKey(key);
      if (!s) ids.push(key);
      else if (isConstrained(s)) {
        const group = `${s.label}.${s.property}`;
        if (!stable.has(group)) stable.set(group, { label: s.label, property: s.property, values: [] });
        stable.get(group)!.values.push(asParam(s.value));
      }
    }
  }
  const branches = [`MATCH (${v}:Entity) WHERE ${v}.id IN $ids RETURN ${v}`, `MATCH (${v}) WHERE elementId(${v}) IN $eids RETURN ${v}`];
  const params: Record<string, unknown> = { ids, eids };
  [...stable.values()].forEach((g, i) => {
    branches.push(`MATCH (${v}:${quote(g.label)}) WHERE ${v}.${quote(g.property)} IN $k${i} RETURN ${v}`);
    params[`k${i}`] = g.values;
  });
  return { cypher: `CALL () {\n  ${branches.join("\n  UNION\n  ")}\n}`, params };
}

/**
 * Label → the property its uniqueness constraint keeps unique, for the database in use: filled from introspection
 * (lib/neo4j/graph-mode.ts, in `any` mode) and read by nodeKey. Empty for our own graph, whose entities carry ids.
 */
const constrained = new Map<string, string>();

/**
 * True when the key's label keeps its property unique in the database in use: a key naming any other property is
 * no key of ours and finds nothing (never a scan over an unindexed property).
 */
const isConstrained = (k: StableKey) => constrained.get(k.label) === k.property;

export function registerStableKeys(labels: readonly { label: string; idKey?: string }[]): void {
  for (const l of labels) if (l.idKey) constrained.set(l.label, l.idKey);
}

/** The constrained key of a node (its primary label's constraint first, then its other labels'), if it has one. */
export function constrainedKeyOf(labels: readonly string[], primary: string, props: Record<string, unknown>): string | undefined {
  if (!constrained.size) return undefined;
  for (const label of [primary, ...[...labels].sort().filter((l) => l !== primary)]) {
    const property = constrained.get(label);
    if (property === undefined || props[property] === undefined) continue;
    const key = stableKeyOf(label, property, props[property]);
    if (key) return key;
  }
  return undefined;
}
