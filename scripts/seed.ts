/**
 * npm run db:seed [dir …]          validate, then write each set in one transaction, in the order given
 * npm run seed:validate [dir …]    validate only
 * Without a dir: the default sets that exist, in order (graph-seed/ecosystem, then graph-seed/since-2023, which
 * builds on it).
 */
import fs from "node:fs";
import path from "node:path";
import { loadSeedSet, SeedValidationError, type SeedSet } from "../lib/seed/validate";
import { DEFAULT_VIEW_SETS } from "../lib/views";

async function main() {
  const args = process.argv.slice(2);
  const validateOnly = args.includes("--validate-only");
  const given = args.filter((a) => !a.startsWith("--"));
  const dirs = given.length ? given : DEFAULT_VIEW_SETS.map((s) => path.join("graph-seed", s)).filter((d) => fs.existsSync(path.join(d, "data")));
  const sets: SeedSet[] = [];
  for (const dir of dirs) {
    try {
      sets.push(loadSeedSet(dir));
    } catch (e) {
      if (e instanceof SeedValidationError) {
        console.error(`seed: ${dir} is not valid; nothing was written.\n${e.message}`);
        process.exit(1);
      }
      throw e;
    }
    const set = sets[sets.length - 1];
    console.log(
      `seed: ${dir} is valid: ${set.nodes.length} nodes, ${set.relationships.length} relationships, ` +
        `${Object.keys(set.sources).length} sources, ${set.views.length} views`,
    );
  }
  if (validateOnly) return;
  const { writeSeedSet } = await import("../lib/seed/write");
  const { createDriverFromEnv } = await import("../lib/neo4j/create-driver");
  const { driver, config } = createDriverFromEnv();
  try {
    for (const set of sets) {
      const summary = await writeSeedSet(driver, config.database, set);
      console.log(
        `seed: wrote set "${set.name}" to ${config.uri}: ${summary.nodes} nodes, ${summary.relationships} relationships ` +
          `(${summary.deletedNodes} stale nodes and ${summary.deletedRelationships} stale relationships removed) in ${summary.ms} ms`,
      );
    }
  } catch (e) {
    console.error(`seed: writing failed; that set's transaction was rolled back and the database keeps what it had.\n  ${(e as Error).message}`);
    process.exitCode = 1;
  } finally {
    await driver.close();
  }
}

main().catch((e) => {
  console.error(`seed: ${(e as Error).message}`);
  process.exit(1);
});
