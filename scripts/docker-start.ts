/** The container's start step: wait for Neo4j (up to 3 minutes), then seed the default sets when it is empty. */
import { spawnSync } from "node:child_process";
import { createDriverFromEnv, redactUri } from "../lib/neo4j/create-driver";
import { keepAliveTimeoutMs } from "./start.mjs";

async function main() {
  // server.js (Next's standalone server) reads KEEP_ALIVE_TIMEOUT but ignores a bad value: refuse it here instead.
  try {
    keepAliveTimeoutMs(process.env.KEEP_ALIVE_TIMEOUT);
  } catch (e) {
    console.error(`start: ${(e as Error).message}`);
    process.exit(2);
  }
  const { driver, config } = createDriverFromEnv();
  const deadline = Date.now() + 180_000;
  let count = -1;
  while (Date.now() < deadline) {
    try {
      const res = await driver.executeQuery("MATCH (n:Entity) RETURN count(n) AS c", {}, { database: config.database });
      count = res.records[0].get("c").toNumber();
      break;
    } catch {
      console.log(`start: waiting for Neo4j at ${redactUri(config.uri)}...`);
      await new Promise((r) => setTimeout(r, 3_000));
    }
  }
  await driver.close();
  if (count < 0) {
    console.error("start: Neo4j did not answer within 3 minutes.");
    process.exit(1);
  }
  if (count === 0) {
    console.log("start: the database is empty: seeding the default sets (graph-seed/ecosystem, graph-seed/since-2023)...");
    const r = spawnSync("node_modules/.bin/tsx", ["scripts/seed.ts"], { stdio: "inherit" });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}

main();
