/**
 * npm run db:seed [dir]          validate, then write the set in one transaction
 * npm run seed:validate [dir]    validate only
 */
import path from "node:path";
import { loadSeedSet, SeedValidationError } from "../lib/seed/validate";

async function main() {
  const args = process.argv.slice(2);
  const validateOnly = args.includes("--validate-only");
  const dir = args.find((a) => !a.startsWith("--")) ?? path.join("graph-seed", "ecosystem");
  let set;
  try {
    set = loadSeedSet(dir);
  } catch (e) {
    if (e instanceof SeedValidationError) {
      console.error(`seed: ${dir} is not valid; nothing was written.\n${e.message}`);
      process.exit(1);
    }
    throw e;
  }
  console.log(
    `seed: ${dir} is valid: ${set.nodes.length} nodes, ${set.relationships.length} relationships, ` +
      `${Object.keys(set.sources).length} sources, ${set.views.length} views`,
  );
  if (validateOnly) return;
  const { writeSeedSet } = await import("../lib/seed/write");
  const { createDriverFromEnv } = await import("../lib/neo4j/create-driver");
  const { driver, config } = createDriverFromEnv();
  try {
    const summary = await writeSeedSet(driver, config.database, set);
    console.log(
      `seed: wrote set "${set.name}" to ${config.uri}: ${summary.nodes} nodes, ${summary.relationships} relationships ` +
        `(${summary.deletedNodes} stale nodes and ${summary.deletedRelationships} stale relationships removed) in ${summary.ms} ms`,
    );
  } catch (e) {
    console.error(`seed: writing failed; the transaction was rolled back and the database is unchanged.\n  ${(e as Error).message}`);
    process.exitCode = 1;
  } finally {
    await driver.close();
  }
}

main().catch((e) => {
  console.error(`seed: ${(e as Error).message}`);
  process.exit(1);
});
