/**
 * npx tsx scripts/load-fixture.ts <dir | file.cypher> [--uri bolt://…] [--database neo4j] [--force]
 *
 * Loads a test fixture (tests/fixtures/<name>/graph.cypher: public example graphs, see their SOURCE.md) into a
 * Neo4j: WIPES that database first (every node and relationship, in batches, and every constraint and index
 * except the built-in token lookup indexes), then runs the script statement by statement and prints what the
 * database holds. Credentials from NEO4J_USER / NEO4J_PASSWORD; the database from --database or NEO4J_DATABASE.
 *
 * It never picks a database by itself: the URI must be given (--uri, or NEO4J_URI), there is no default. It refuses
 * a database that holds our own seed data (nodes labelled Entity) unless --force is given.
 */
import fs from "node:fs";
import path from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { isSchemaStatement, splitStatements } from "../lib/dev/cypher-script";
import { parseEnv, EnvError } from "../lib/env";
import { createDriver, driverConfig, redactUri } from "../lib/neo4j/create-driver";

const USAGE =
  "usage: npx tsx scripts/load-fixture.ts <fixture dir | file.cypher> [--uri bolt://host:port] [--database name] [--force]";
const DELETE_BATCH = 10_000;

interface Args {
  script: string;
  uri?: string;
  database?: string;
  force: boolean;
}

function parseArgs(argv: string[]): Args {
  const rest: string[] = [];
  let uri: string | undefined;
  let database: string | undefined;
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--force") force = true;
    else if (a === "--uri" || a === "--database") {
      const v = argv[++i];
      if (!v || v.startsWith("--")) throw new Error(`${a} needs a value\n${USAGE}`);
      if (a === "--uri") uri = v;
      else database = v;
    } else if (a.startsWith("--uri=")) uri = a.slice(6);
    else if (a.startsWith("--database=")) database = a.slice(11);
    else if (a.startsWith("--")) throw new Error(`unknown option ${a}\n${USAGE}`);
    else rest.push(a);
  }
  if (rest.length !== 1) throw new Error(USAGE);
  const target = path.resolve(rest[0]);
  const script =
    fs.existsSync(target) && fs.statSync(target).isDirectory() ? path.join(target, "graph.cypher") : target;
  if (!fs.existsSync(script)) throw new Error(`no such fixture: ${script}`);
  return { script, uri, database, force };
}

const num = (v: unknown) => (neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : Number(v ?? 0));
const quote = (name: string) => `\`${name.replace(/`/g, "``")}\``;

/** Deletes every node (and so every relationship) in batches, then every constraint and every index but LOOKUP. */
export async function wipe(
  driver: Driver,
  database: string,
): Promise<{ nodes: number; constraints: number; indexes: number }> {
  let nodes = 0;
  for (;;) {
    const r = await driver.executeQuery(
      `MATCH (n) WITH n LIMIT $batch DETACH DELETE n RETURN count(*) AS n`,
      { batch: neo4j.int(DELETE_BATCH) },
      { database },
    );
    const n = num(r.records[0]?.get("n"));
    nodes += n;
    if (n < DELETE_BATCH) break;
  }
  const constraints = (
    await driver.executeQuery("SHOW CONSTRAINTS YIELD name RETURN name", {}, { database })
  ).records.map((r) => r.get("name") as string);
  for (const name of constraints)
    await driver.executeQuery(`DROP CONSTRAINT ${quote(name)} IF EXISTS`, {}, { database });
  // Constraint-backed indexes went with their constraints; the token lookup indexes every database has stay.
  const indexes = (
    await driver.executeQuery("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name", {}, { database })
  ).records.map((r) => r.get("name") as string);
  for (const name of indexes) await driver.executeQuery(`DROP INDEX ${quote(name)} IF EXISTS`, {}, { database });
  return { nodes, constraints: constraints.length, indexes: indexes.length };
}

export interface FixtureCounts {
  nodes: number;
  relationships: number;
  labels: Record<string, number>;
  types: Record<string, number>;
  constraints: string[];
  indexes: string[];
}

/** What the database holds: nodes per label, relationships per type, constraints and (non-lookup) indexes. */
export async function counts(driver: Driver, database: string): Promise<FixtureCounts> {
  const q = (cypher: string) => driver.executeQuery(cypher, {}, { database }).then((r) => r.records);
  const labels = Object.fromEntries(
    (await q("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label")).map((r) => [
      r.get("label"),
      num(r.get("n")),
    ]),
  );
  const types = Object.fromEntries(
    (await q("MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n ORDER BY t")).map((r) => [
      r.get("t"),
      num(r.get("n")),
    ]),
  );
  return {
    nodes: num((await q("MATCH (n) RETURN count(n) AS n"))[0].get("n")),
    relationships: num((await q("MATCH ()-[r]->() RETURN count(r) AS n"))[0].get("n")),
    labels,
    types,
    constraints: (
      await q(
        "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties ORDER BY name",
      )
    ).map(
      (r) =>
        `${r.get("name")}: ${r.get("type")} ${(r.get("labelsOrTypes") as string[]).join("|")}(${(r.get("properties") as string[]).join(", ")})`,
    ),
    indexes: (
      await q(
        "SHOW INDEXES YIELD name, type, labelsOrTypes, properties WHERE type <> 'LOOKUP' RETURN name, type, labelsOrTypes, properties ORDER BY name",
      )
    ).map(
      (r) =>
        `${r.get("name")}: ${r.get("type")} ${((r.get("labelsOrTypes") as string[] | null) ?? []).join("|")}(${((r.get("properties") as string[] | null) ?? []).join(", ")})`,
    ),
  };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const uri = args.uri ?? process.env.NEO4J_URI;
  if (!uri) {
    throw new Error(
      `no database named: give --uri bolt://host:port (or set NEO4J_URI). This script wipes the database it is given.\n${USAGE}`,
    );
  }
  const e = parseEnv({ ...process.env, NEO4J_URI: uri, ...(args.database ? { NEO4J_DATABASE: args.database } : {}) });
  const config = { ...driverConfig(e), connectionTimeoutMs: 10_000 };
  const where = `${redactUri(config.uri)} (database ${config.database})`;
  const statements = splitStatements(fs.readFileSync(args.script, "utf8"));
  const driver = createDriver(config);
  try {
    await driver.verifyConnectivity({ database: config.database });
    const ours = num(
      (
        await driver.executeQuery("MATCH (n:Entity) RETURN count(n) AS n", {}, { database: config.database })
      ).records[0].get("n"),
    );
    if (ours > 0 && !args.force) {
      throw new Error(
        `${where} holds our own seed data (${ours} :Entity nodes); refusing to wipe it. Pass --force if you mean it.`,
      );
    }
    const started = Date.now();
    const wiped = await wipe(driver, config.database);
    console.log(
      `fixture: wiped ${where}: ${wiped.nodes} nodes, ${wiped.constraints} constraints, ${wiped.indexes} indexes`,
    );
    for (const [i, statement] of statements.entries()) {
      try {
        await driver.executeQuery(statement, {}, { database: config.database });
      } catch (err) {
        const line = statement.split("\n").find((l) => l.trim() && !l.trim().startsWith("//")) ?? "";
        throw new Error(
          `statement ${i + 1} of ${statements.length} failed (${line.slice(0, 100)}…): ${(err as Error).message}`,
        );
      }
      // Indexes are built in the background: wait for them before the data that uses them (and before returning).
      if (isSchemaStatement(statement))
        await driver.executeQuery("CALL db.awaitIndexes(300)", {}, { database: config.database });
    }
    await driver.executeQuery("CALL db.awaitIndexes(300)", {}, { database: config.database });
    const c = await counts(driver, config.database);
    console.log(
      `fixture: loaded ${path.relative(process.cwd(), args.script)} into ${where} in ${Date.now() - started} ms (${statements.length} statements): ` +
        `${c.nodes} nodes, ${c.relationships} relationships`,
    );
    console.log(
      `  labels: ${
        Object.entries(c.labels)
          .map(([k, v]) => `${k} ${v}`)
          .join(", ") || "none"
      }`,
    );
    console.log(
      `  relationship types: ${
        Object.entries(c.types)
          .map(([k, v]) => `${k} ${v}`)
          .join(", ") || "none"
      }`,
    );
    console.log(`  constraints: ${c.constraints.join("; ") || "none"}`);
    console.log(`  indexes (besides the token lookups): ${c.indexes.join("; ") || "none"}`);
  } finally {
    await driver.close();
  }
}

if (typeof require !== "undefined" && require.main === module) {
  main().catch((err) => {
    console.error(`fixture: ${err instanceof EnvError ? err.message : (err as Error).message}`);
    process.exit(1);
  });
}
