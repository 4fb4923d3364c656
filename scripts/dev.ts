/**
 * npm run dev: the embedded Neo4j (when NEO4J_URI is unset), seeded when empty, and Next on http://localhost:3000.
 */
import path from "node:path";
import { parseEnv } from "../lib/env";
import { ROOT, startEmbedded } from "../lib/dev/embedded";
import { run } from "../lib/dev/processes";
import { createDriverFromEnv } from "../lib/neo4j/create-driver";

async function main() {
  const e = parseEnv();
  if (e.embedded) {
    await startEmbedded({ port: e.NEO4J_EMBEDDED_PORT, dataDir: e.NEO4J_DATA_DIR, password: e.neo4jPassword, heap: e.NEO4J_EMBEDDED_HEAP, txMemoryMax: "1g" });
    console.log(`dev: embedded Neo4j on bolt://127.0.0.1:${e.NEO4J_EMBEDDED_PORT}`);
  }
  const { driver, config } = createDriverFromEnv(e);
  let count = 0;
  try {
    const res = await driver.executeQuery("MATCH (n:Entity) RETURN count(n) AS c", {}, { database: config.database });
    count = res.records[0].get("c").toNumber();
  } finally {
    await driver.close();
  }
  if (count === 0) {
    console.log("dev: the database is empty: seeding the default sets (graph-seed/ecosystem, graph-seed/since-2023)...");
    const code = await run(path.join(ROOT, "node_modules", ".bin", "tsx"), ["scripts/seed.ts"]);
    if (code !== 0) process.exit(code);
  }
  const port = process.env.PORT ?? "3000";
  process.exit(await run(path.join(ROOT, "node_modules", ".bin", "next"), ["dev", "-p", port]));
}

main().catch((err) => {
  console.error(`dev: ${(err as Error).message}`);
  process.exit(1);
});
