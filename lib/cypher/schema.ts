/**
 * What the console's editor needs for autocompletion: this database's labels, relationship types and property
 * keys, plus the procedures the guard lets the console call on this server. Read once per page render.
 */
import "server-only";
import { readQuery, type Db } from "../neo4j/run";
import { INTERNAL_PROPERTIES } from "../neo4j/mappers";
import { callableProcedures, readProcedureCatalogue } from "./procedures";

/** One procedure as the editor's completion takes it (@neo4j-cypher/editor-support's `procedures` entries). */
export interface ConsoleProcedure {
  name: string;
  /** `(arg :: TYPE) :: (field :: TYPE)`. */
  signature: string;
  returnItems: { name: string; signature: string }[];
}

export interface ConsoleSchema {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
  /** The procedures the console may call on this server (empty when the server could not say). */
  procedures: ConsoleProcedure[];
}

type Names = Omit<ConsoleSchema, "procedures">;
const NO_NAMES: Names = { labels: [], relationshipTypes: [], propertyKeys: [] };

/** Never throws: an unreachable database gives an empty schema (the editor still works, without names). */
export async function getConsoleSchema(db: Db): Promise<ConsoleSchema> {
  const [names, procedures] = await Promise.all([readNames(db), consoleProcedures(db)]);
  return { ...names, procedures };
}

async function readNames(db: Db): Promise<Names> {
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
    if (!rec) return NO_NAMES;
    const list = (k: string) => ((rec.get(k) as string[]) ?? []).filter((s) => !INTERNAL_PROPERTIES.has(s)).sort();
    return { labels: list("labels"), relationshipTypes: list("types"), propertyKeys: list("keys") };
  } catch {
    return NO_NAMES;
  }
}

async function consoleProcedures(db: Db): Promise<ConsoleProcedure[]> {
  try {
    const catalogue = await readProcedureCatalogue(db);
    return callableProcedures(catalogue).map((p) => ({ name: p.name, signature: p.signature ?? "", returnItems: p.returnItems ?? [] }));
  } catch {
    return [];
  }
}
