/**
 * What the console's editor needs for autocompletion: this database's labels, relationship types and property
 * keys, plus the procedures and function namespaces the guard allows. Read once per page render.
 */
import "server-only";
import { readQuery, type Db } from "../neo4j/run";
import { INTERNAL_PROPERTIES } from "../neo4j/mappers";

export interface ConsoleSchema {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
}

const EMPTY: ConsoleSchema = { labels: [], relationshipTypes: [], propertyKeys: [] };

/** Never throws: an unreachable database gives an empty schema (the editor still works, without names). */
export async function getConsoleSchema(db: Db): Promise<ConsoleSchema> {
  try {
    const res = await readQuery(
      { ...db, timeoutMs: 3_000 },
      `CALL db.labels() YIELD label WITH collect(label) AS labels
       CALL db.relationshipTypes() YIELD relationshipType WITH labels, collect(relationshipType) AS types
       CALL db.propertyKeys() YIELD propertyKey
       RETURN labels, types, collect(propertyKey) AS keys`,
      {},
      { app: "cn-genai-graph", kind: "console-schema" },
    );
    const rec = res.records[0];
    if (!rec) return EMPTY;
    const list = (k: string) => ((rec.get(k) as string[]) ?? []).filter((s) => !INTERNAL_PROPERTIES.has(s)).sort();
    return { labels: list("labels"), relationshipTypes: list("types"), propertyKeys: list("keys") };
  } catch {
    return EMPTY;
  }
}
