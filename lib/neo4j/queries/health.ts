import { toJson } from "../mappers";
import { readQuery, type Db } from "../run";

export interface HealthInfo {
  version: string;
  edition: string;
  database: string;
  nodes: number;
  relationships: number;
}

/** Asks the server who it is and how big the graph is: proves Bolt, auth and the database all answer. */
export async function getHealth(db: Db): Promise<HealthInfo> {
  const info = await readQuery(db, "CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition");
  const counts = await readQuery(
    db,
    "CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels",
  );
  const rec = info.records[0];
  const c = counts.records[0];
  return {
    version: String(rec?.get("version") ?? "unknown"),
    edition: String(rec?.get("edition") ?? "unknown"),
    database: db.database,
    nodes: Number(toJson(c?.get("nodes") ?? 0)),
    relationships: Number(toJson(c?.get("rels") ?? 0)),
  };
}
