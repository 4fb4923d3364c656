/**
 * A database's shape, read-only (never creates an index or writes): its labels and relationship types with counts,
 * the property keys each label's nodes have (from a sample) and their value types, its constraints and indexes.
 * From them: a display name per label, the property that identifies a node when a uniqueness constraint says so,
 * the full-text indexes search can use, and the temporal properties the timeline can read. Cached per driver for a
 * minute. Used in `any` mode (lib/neo4j/graph-mode.ts) and by GET /api/schema.
 */
import neo4j from "neo4j-driver";
import { readQuery, type Db } from "./run";

export interface LabelInfo {
  label: string;
  count: number;
  /** Property keys seen on a sample of its nodes, most frequent first, with their value types. */
  properties: { key: string; types: string[]; share: number }[];
  /** The properties its nodes are named by (the first present one wins), or [] when none is name-like. */
  nameKeys: string[];
  /** A property with a uniqueness (or node key) constraint: a stable name for its nodes. */
  idKey?: string;
  /** Properties holding dates (DATE, DATETIME, or strings written YYYY[-MM[-DD]]). */
  dateKeys: string[];
}
export interface RelTypeInfo {
  type: string;
  count: number;
}
export interface FulltextIndex {
  name: string;
  labels: string[];
  properties: string[];
}
export interface GraphSchema {
  labels: LabelInfo[];
  relTypes: RelTypeInfo[];
  /** Node full-text indexes that are ONLINE. */
  fulltext: FulltextIndex[];
  /** Pairs (label, property) with a TEXT or RANGE index: what a CONTAINS / prefix scan can use. */
  indexed: { label: string; property: string; type: string }[];
  /** Label → relationship type → label, with counts (the schema view's edges). */
  patterns: { from: string; type: string; to: string; count: number }[];
}

const SAMPLE = 200;
const TTL_MS = 60_000;
const MAX_LABELS = 200;
const cache = new WeakMap<object, { at: number; schema: Promise<GraphSchema> }>();

/** Keys that name a node, in order of preference; then any key ending in "name" / "title" (companyName). */
const NAME_KEYS = ["name", "title", "displayName", "fullName", "label", "username", "login", "caption"];

export function nameKeysFor(keys: readonly string[]): string[] {
  const present = new Set(keys);
  const out = NAME_KEYS.filter((k) => present.has(k));
  const sorted = [...keys].sort();
  for (const k of sorted) if (/[a-z]Name$|[a-z]Title$|_name$|_title$/.test(k) && !out.includes(k)) out.push(k);
  if (present.has("firstName") && present.has("lastName")) out.unshift("firstName+lastName");
  return out;
}

const quote = (name: string) => `\`${name.replace(/`/g, "``")}\``;
const int = (v: unknown) => (neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : Number(v ?? 0));

async function read(db: Db): Promise<GraphSchema> {
  const labels = (await readQuery(db, "CALL db.labels() YIELD label RETURN label ORDER BY label LIMIT $max", { max: neo4j.int(MAX_LABELS) })).records.map(
    (r) => r.get("label") as string,
  );
  const types = (await readQuery(db, "CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType AS t ORDER BY t")).records.map(
    (r) => r.get("t") as string,
  );
  const constraints = (
    await readQuery(db, "SHOW CONSTRAINTS YIELD type, entityType, labelsOrTypes, properties RETURN type, entityType, labelsOrTypes, properties")
  ).records.map((r) => ({
    type: r.get("type") as string,
    entity: r.get("entityType") as string,
    labels: (r.get("labelsOrTypes") as string[] | null) ?? [],
    props: (r.get("properties") as string[] | null) ?? [],
  }));
  const indexes = (
    await readQuery(db, "SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, state RETURN name, type, entityType, labelsOrTypes, properties, state")
  ).records.map((r) => ({
    name: r.get("name") as string,
    type: r.get("type") as string,
    entity: r.get("entityType") as string,
    labels: (r.get("labelsOrTypes") as string[] | null) ?? [],
    props: (r.get("properties") as string[] | null) ?? [],
    state: r.get("state") as string,
  }));

  const labelInfos: LabelInfo[] = [];
  for (const label of labels) {
    const q = `MATCH (n:${quote(label)}) WITH count(n) AS total
CALL () { MATCH (n:${quote(label)}) WITH n LIMIT $sample UNWIND keys(n) AS k RETURN k, collect(DISTINCT valueType(n[k])) AS types, count(*) AS seen, count(DISTINCT n) AS nodes }
RETURN total, k, types, seen`;
    const rows = (await readQuery(db, q, { sample: neo4j.int(SAMPLE) })).records;
    const total = rows.length ? int(rows[0].get("total")) : 0;
    const sampled = Math.min(total, SAMPLE) || 1;
    const properties = rows
      .filter((r) => r.get("k") !== null)
      .map((r) => ({ key: r.get("k") as string, types: (r.get("types") as string[]).map((t) => t.replace(/ NOT NULL$/, "")), share: int(r.get("seen")) / sampled }))
      .sort((a, b) => b.share - a.share || a.key.localeCompare(b.key));
    const keys = properties.map((p) => p.key);
    const unique = constraints.find(
      (c) => c.entity === "NODE" && (c.type === "UNIQUENESS" || c.type === "NODE_KEY") && c.labels.length === 1 && c.labels[0] === label && c.props.length === 1,
    );
    const dateKeys = properties
      .filter((p) => p.types.some((t) => /^(DATE|LOCAL DATETIME|ZONED DATETIME)$/.test(t)) || /(^|[a-z_])(date|released|born|founded|year)$/i.test(p.key))
      .map((p) => p.key);
    labelInfos.push({ label, count: total, properties, nameKeys: nameKeysFor(keys), idKey: unique?.props[0], dateKeys });
  }
  const relTypes: RelTypeInfo[] = [];
  for (const type of types) {
    const n = (await readQuery(db, `MATCH ()-[r:${quote(type)}]->() RETURN count(r) AS n`)).records[0]?.get("n");
    relTypes.push({ type, count: int(n) });
  }
  // Label → type → label from a bounded sample of relationships (the schema view; counts are of the sample).
  const patterns = (
    await readQuery(
      db,
      `MATCH (a)-[r]->(b) WITH a, r, b LIMIT 20000
       UNWIND labels(a) AS la UNWIND labels(b) AS lb
       RETURN la AS from, type(r) AS type, lb AS to, count(*) AS count ORDER BY count DESC LIMIT 500`,
    )
  ).records.map((r) => ({ from: r.get("from") as string, type: r.get("type") as string, to: r.get("to") as string, count: int(r.get("count")) }));
  return {
    labels: labelInfos,
    relTypes,
    fulltext: indexes
      .filter((i) => i.type === "FULLTEXT" && i.entity === "NODE" && i.state === "ONLINE")
      .map((i) => ({ name: i.name, labels: i.labels, properties: i.props })),
    indexed: indexes
      .filter((i) => (i.type === "TEXT" || i.type === "RANGE") && i.entity === "NODE" && i.state === "ONLINE" && i.labels.length === 1 && i.props.length === 1)
      .map((i) => ({ label: i.labels[0], property: i.props[0], type: i.type })),
    patterns,
  };
}

/** The database's schema (cached for a minute per driver; a failed read is not cached). */
export function introspect(db: Db): Promise<GraphSchema> {
  const hit = cache.get(db.driver);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.schema;
  const schema = read(db);
  cache.set(db.driver, { at: Date.now(), schema });
  schema.catch(() => cache.delete(db.driver));
  return schema;
}
