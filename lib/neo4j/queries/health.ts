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
  const res = await readQuery(
    db,
    `CALL dbms.components() YIELD versions, edition
     CALL () { MATCH (n) RETURN count(n) AS nodes }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
     RETURN versions[0] AS version, edition, nodes, rels`,
  );
  const rec = res.records[0];
  return {
    version: String(rec?.get("version") ?? "unknown"),
    edition: String(rec?.get("edition") ?? "unknown"),
    database: db.database,
    nodes: Number(toJson(rec?.get("nodes") ?? 0)),
    relationships: Number(toJson(rec?.get("rels") ?? 0)),
  };
}
