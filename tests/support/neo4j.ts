/** Test helpers: a driver to the test Neo4j (from the runner's env) and a checksum of the whole graph. */
import crypto from "node:crypto";
import neo4j, { type Driver } from "neo4j-driver";
import { toJson } from "../../lib/neo4j/mappers";

export function requireEnv(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set: integration tests run under \`npm test\` (scripts/test.ts), which sets it`);
  return v;
}

export function testDriver(): Driver {
  return neo4j.driver(requireEnv("NEO4J_URI"), neo4j.auth.basic(process.env.NEO4J_USER ?? "neo4j", requireEnv("NEO4J_PASSWORD")));
}

// Not BASE_URL: Vite (and so vitest) reserves that name and sets it to "/".
export const baseUrl = () => requireEnv("APP_URL");

/** Counts plus a hash of every node's labels and properties and every relationship's type, ends and properties. */
export async function graphChecksum(driver: Driver): Promise<{ nodes: number; relationships: number; hash: string }> {
  const nodes = await driver.executeQuery(
    "MATCH (n) RETURN elementId(n) AS e, labels(n) AS labels, properties(n) AS props ORDER BY coalesce(n.id, elementId(n))",
  );
  const rels = await driver.executeQuery(
    "MATCH (a)-[r]->(b) RETURN type(r) AS t, coalesce(a.id, elementId(a)) AS a, coalesce(b.id, elementId(b)) AS b, properties(r) AS props ORDER BY a, t, b, coalesce(r.id, '')",
  );
  const h = crypto.createHash("sha256");
  const canon = (v: unknown) => JSON.stringify(toJson(v), (_k, val) => (val && typeof val === "object" && !Array.isArray(val) ? Object.fromEntries(Object.entries(val).sort()) : val));
  for (const r of nodes.records) h.update(canon([[...(r.get("labels") as string[])].sort(), r.get("props")]));
  for (const r of rels.records) h.update(canon([r.get("t"), r.get("a"), r.get("b"), r.get("props")]));
  return { nodes: nodes.records.length, relationships: rels.records.length, hash: h.digest("hex") };
}
