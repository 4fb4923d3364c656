/**
 * Load: relationships per second through the project's real loader (`npm run db:seed <dir>`: validate, then one
 * transaction of batched UNWIND…MERGE), against a bare batched UNWIND…CREATE of the same rows through the driver
 * into a wiped database with the same batch size. Leaves the bench Neo4j running and loaded by the real loader.
 */
import { spawn } from "node:child_process";
import neo4j from "neo4j-driver";
import { NODE_LABELS } from "../graph-seed/vocabulary";
import { ROOT } from "../lib/dev/embedded";
import { loadSeedSet } from "../lib/seed/validate";
import { nodeProps, relProps, setVersion } from "../lib/seed/write";
import { BENCH_PASSWORD, BENCH_URI, bin, freshNeo4j, log, neo4jEnv, ratio, round } from "./common";
import type { SizeName } from "./generate";

const BATCH = 10_000; // lib/seed/write.ts's batch size

export interface LoadResult {
  size: SizeName;
  nodes: number;
  relationships: number;
  baseline: { ms: number; relsPerSec: number };
  loader: { cliMs: number; writeMs: number | null; validateMs: number; relsPerSecCli: number; relsPerSecWrite: number | null };
  ratioCli: number;
  ratioWrite: number | null;
}

function runCli(dir: string): Promise<{ code: number; out: string; ms: number }> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(bin("tsx"), ["scripts/seed.ts", dir], { cwd: ROOT, env: neo4jEnv(), stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (b) => (out += b));
    child.stderr.on("data", (b) => (out += b));
    child.on("exit", (code) => resolve({ code: code ?? 1, out, ms: performance.now() - t0 }));
  });
}

/** The bare baseline: the id constraint (needed to find endpoints), then UNWIND…CREATE per batch, one tx each. */
async function bareCreate(dir: string): Promise<number> {
  const set = loadSeedSet(dir);
  const version = setVersion(set);
  const driver = neo4j.driver(BENCH_URI, neo4j.auth.basic("neo4j", BENCH_PASSWORD));
  try {
    await driver.executeQuery("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE");
    await driver.executeQuery("CALL db.awaitIndexes(300)");
    const t0 = performance.now();
    const byLabel = new Map<string, typeof set.nodes>();
    for (const n of set.nodes) (byLabel.get(n.label) ?? byLabel.set(n.label, []).get(n.label)!).push(n);
    for (const [label, nodes] of byLabel) {
      if (!NODE_LABELS.includes(label as (typeof NODE_LABELS)[number])) throw new Error(label);
      for (let i = 0; i < nodes.length; i += BATCH) {
        const rows = nodes.slice(i, i + BATCH).map((n) => nodeProps(n, set.name, version));
        await driver.executeQuery(`UNWIND $rows AS row CREATE (n:Entity:\`${label}\`) SET n = row`, { rows });
      }
    }
    const byType = new Map<string, typeof set.relationships>();
    for (const r of set.relationships) (byType.get(r.type) ?? byType.set(r.type, []).get(r.type)!).push(r);
    for (const [type, rels] of byType) {
      for (let i = 0; i < rels.length; i += BATCH) {
        const rows = rels.slice(i, i + BATCH).map((r) => ({ from: r.from, to: r.to, props: relProps(r, set.name, version) }));
        await driver.executeQuery(
          `UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to}) CREATE (a)-[r:\`${type}\`]->(b) SET r = row.props`,
          { rows },
        );
      }
    }
    return performance.now() - t0;
  } finally {
    await driver.close();
  }
}

export async function benchLoad(size: SizeName, dir: string): Promise<LoadResult> {
  log(`load ${size}: fresh Neo4j, bare UNWIND…CREATE baseline…`);
  await freshNeo4j(size);
  const tv = performance.now();
  const set = loadSeedSet(dir);
  const validateMs = performance.now() - tv;
  const baseMs = await bareCreate(dir);
  log(`load ${size}: baseline ${round(baseMs / 1000, 1)} s; wiping, then npm run db:seed…`);
  await freshNeo4j(size);
  const cli = await runCli(dir);
  if (cli.code !== 0) throw new Error(`db:seed failed (exit ${cli.code}):\n${cli.out.slice(-2000)}`);
  const m = /in (\d+) ms/.exec(cli.out);
  const writeMs = m ? Number(m[1]) : null;
  const rels = set.relationships.length;
  const res: LoadResult = {
    size,
    nodes: set.nodes.length,
    relationships: rels,
    baseline: { ms: round(baseMs, 0), relsPerSec: round(rels / (baseMs / 1000), 0) },
    loader: {
      cliMs: round(cli.ms, 0),
      writeMs,
      validateMs: round(validateMs, 0),
      relsPerSecCli: round(rels / (cli.ms / 1000), 0),
      relsPerSecWrite: writeMs ? round(rels / (writeMs / 1000), 0) : null,
    },
    ratioCli: ratio(cli.ms, baseMs),
    ratioWrite: writeMs ? ratio(writeMs, baseMs) : null,
  };
  log(`load ${size}: db:seed ${round(cli.ms / 1000, 1)} s (write ${writeMs} ms, validation ~${round(validateMs, 0)} ms)`);
  return res;
}
