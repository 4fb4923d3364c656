/**
 * npm run test:reliability — the long checks of issue 7, against real parts on loopback:
 *   1. load: a mixed workload from 64 concurrent clients (60 s): zero failed requests, zero error responses;
 *      then 3 more minutes under load with the server's memory sampled each minute (flat after warm-up);
 *   2. outage: Neo4j stopped in the middle of the load: every request answers within 2 s with a JSON 503, the health
 *      endpoint and the home page say so; Neo4j started again: the app recovers by itself within 5 s;
 *   3. killed seed: the loader SIGKILLed at several points of its write: the graph is always the whole previous
 *      state or the whole new one; the next run completes;
 *   4. slow database: long console queries and a held write lock do not starve other requests; timeouts apply.
 * Own Neo4j (port 7698, .data/reliability-neo4j) and app (port 3198, build in .next-reliability). Prints a summary
 * and writes the figures to docs/reliability.md. RELIABILITY_LOAD_SECONDS / RELIABILITY_SOAK_MINUTES shorten it.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import neo4j, { type Driver } from "neo4j-driver";
import { ROOT, startEmbedded, stopEmbedded } from "../lib/dev/embedded";
import { run, startBackground, stopBackground, waitForUrl } from "../lib/dev/processes";
import { graphChecksum } from "../tests/support/neo4j";
import { groupRssMiB, percentile, runLoad, type Outcome, type Workload } from "./reliability/workload";

const NEO4J_PORT = 7698;
const APP_PORT = 3198;
const DATA_DIR = ".data/reliability-neo4j";
const DIST = ".next-reliability";
const LOAD_SECONDS = Number(process.env.RELIABILITY_LOAD_SECONDS ?? 60);
const SOAK_MINUTES = Number(process.env.RELIABILITY_SOAK_MINUTES ?? 3);
/** Records added to the changed set, so that its write takes long enough to be killed midway. */
const PROBE_NODES = 10_000;
const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);

interface Check {
  name: string;
  held: boolean;
  detail: string;
}
const checks: Check[] = [];
function check(name: string, held: boolean, detail: string) {
  checks.push({ name, held, detail });
  console.log(`${held ? "HELD  " : "FAILED"} ${name}: ${detail}`);
}

function summarize(outcomes: Outcome[]) {
  const ok = outcomes.filter((o) => o.status >= 200 && o.status < 300);
  const byStatus = new Map<string, number>();
  for (const o of outcomes) {
    const k = o.status === 0 ? `network:${o.code}` : String(o.status) + (o.code ? `:${o.code}` : "");
    byStatus.set(k, (byStatus.get(k) ?? 0) + 1);
  }
  return {
    total: outcomes.length,
    ok: ok.length,
    failed: outcomes.length - ok.length,
    p50: Math.round(percentile(ok.map((o) => o.ms), 50)),
    p95: Math.round(percentile(ok.map((o) => o.ms), 95)),
    p99: Math.round(percentile(ok.map((o) => o.ms), 99)),
    maxMs: Math.round(Math.max(0, ...outcomes.map((o) => o.ms))),
    statuses: Object.fromEntries(byStatus),
  };
}

async function workload(driver: Driver): Promise<Workload> {
  const ids = await driver.executeQuery("MATCH (n:Entity) RETURN n.id AS id ORDER BY id");
  const views = JSON.parse(fs.readFileSync(path.join(ROOT, "graph-seed", "ecosystem", "views.json"), "utf8")) as { slug: string }[];
  return { ids: ids.records.map((r) => r.get("id") as string), views: views.map((v) => v.slug) };
}

/** 1. Load and memory. */
async function loadPhase(base: string, w: Workload, appPgid: number) {
  const outcomes: Outcome[] = [];
  const end = Date.now() + LOAD_SECONDS * 1000;
  const started = Date.now();
  await runLoad(base, w, 64, () => Date.now() < end, (o) => outcomes.push(o));
  const s = summarize(outcomes);
  const rps = Math.round(s.total / ((Date.now() - started) / 1000));
  check(
    `load: 64 clients, ${LOAD_SECONDS} s, mixed workload`,
    s.failed === 0 && s.total > 0,
    `${s.total} requests (${rps}/s), ${s.failed} failed; p50 ${s.p50} ms, p95 ${s.p95} ms, p99 ${s.p99} ms; ${JSON.stringify(s.statuses)}`,
  );

  const samples: number[] = [groupRssMiB(appPgid)];
  const soakOutcomes: Outcome[] = [];
  for (let m = 1; m <= SOAK_MINUTES; m++) {
    const until = Date.now() + 60_000;
    await runLoad(base, w, 64, () => Date.now() < until, (o) => soakOutcomes.push(o));
    if (typeof global.gc === "function") global.gc();
    samples.push(groupRssMiB(appPgid));
  }
  const soak = summarize(soakOutcomes);
  // Flat: no minute-over-minute growth beyond noise (5 % or 16 MiB) across the soak, after the warm-up minute.
  const growth = samples.slice(1).map((v, i) => v - samples[i]);
  const tolerated = (prev: number) => Math.max(16, prev * 0.05);
  const flat = SOAK_MINUTES < 1 || samples.slice(2).every((v, i) => v - samples[i + 1] <= tolerated(samples[i + 1]));
  check(
    `memory: server RSS across ${SOAK_MINUTES} more minutes under the same load`,
    flat && soak.failed === 0,
    `RSS by minute ${samples.join(" → ")} MiB (growth ${growth.join(", ")}); ${soak.total} requests, ${soak.failed} failed`,
  );
  return { load: { ...s, rps }, memory: { samplesMiB: samples } };
}

/** 2. Neo4j stopped in the middle of the load, then started again. */
async function outagePhase(base: string, w: Workload, password: string) {
  const during: Outcome[] = [];
  let phase: "before" | "down" | "after" = "before";
  let downAt = Infinity;
  let stop = false;
  // Requests started once the database is down (those in flight while it shut down are not "during" the outage).
  const load = runLoad(base, w, 16, () => !stop, (o) => {
    if (phase === "down" && performance.now() - o.ms >= downAt) during.push(o);
  }, 10_000);
  await new Promise((r) => setTimeout(r, 5_000));
  await stopEmbedded(DATA_DIR);
  downAt = performance.now();
  phase = "down";
  await new Promise((r) => setTimeout(r, 8_000));
  const health = await fetch(`${base}/api/health`);
  const healthBody = (await health.json()) as { status?: string; error?: { message?: string } };
  const home = await (await fetch(`${base}/`)).text();
  const duringCount = during.length;
  const slowest = Math.max(0, ...during.map((o) => o.ms));
  const all503 = during.length > 0 && during.every((o) => o.status === 503 && o.code === "database_unavailable");
  check(
    "outage: every request during the outage answers within 2 s with a JSON 503",
    all503 && slowest < 2_000,
    `${during.length} requests, statuses ${JSON.stringify(summarize(during).statuses)}, slowest ${Math.round(slowest)} ms`,
  );
  check(
    "outage: /api/health and the home page say the database is unavailable",
    health.status === 503 && healthBody.status === "unavailable" && /unavailable/i.test(home),
    `health ${health.status} "${healthBody.error?.message ?? ""}"; home page banner ${/unavailable/i.test(home) ? "shown" : "missing"}`,
  );
  await startEmbedded({ port: NEO4J_PORT, dataDir: DATA_DIR, password, heap: "2g", txMemoryMax: "1g" });
  const boltBack = Date.now();
  let recoveredMs = -1;
  while (Date.now() - boltBack < 15_000) {
    const r = await fetch(`${base}/api/search?q=baidu`).catch(() => null);
    if (r?.status === 200) {
      recoveredMs = Date.now() - boltBack;
      break;
    }
    await new Promise((res) => setTimeout(res, 100));
  }
  phase = "after";
  const after: Outcome[] = [];
  const afterEnd = Date.now() + 10_000;
  await runLoad(base, w, 16, () => Date.now() < afterEnd, (o) => after.push(o));
  stop = true;
  await load;
  const a = summarize(after);
  check(
    "recovery: the app answers again within 5 s of Neo4j being back, without a restart",
    recoveredMs >= 0 && recoveredMs <= 5_000 && a.failed === 0,
    `first 200 after ${recoveredMs} ms; then ${a.total} requests, ${a.failed} failed`,
  );
  return { outage: { requests: duringCount, slowestMs: Math.round(slowest), recoveredMs, after: a } };
}

/** A copy of the ecosystem set, changed and grown so that the write takes long enough to be killed midway. */
function changedSet(): string {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cngraph-rel-")), "ecosystem");
  fs.cpSync(path.join(ROOT, "graph-seed", "ecosystem"), dir, { recursive: true });
  const source = Object.keys(JSON.parse(fs.readFileSync(path.join(dir, "sources.json"), "utf8")))[0];
  const nodes = Array.from({ length: PROBE_NODES }, (_, i) => ({
    id: `event:reliability-${i}`,
    label: "Event",
    name: `Reliability probe ${i}`,
    name_zh: `可靠性探针 ${i}`,
    name_ja: `信頼性プローブ ${i}`,
    sources: [source],
  }));
  const relationships = nodes.slice(1).map((n, i) => ({ type: "PART_OF", from: n.id, to: nodes[i].id, sources: [source] }));
  fs.writeFileSync(path.join(dir, "data", "zz-reliability.json"), JSON.stringify({ nodes, relationships }));
  return dir;
}

/** 3. The seed loader killed (SIGKILL) at several points of its write. */
async function killedSeedPhase(driver: Driver, env: NodeJS.ProcessEnv) {
  const before = await graphChecksum(driver);
  const dir = changedSet();
  const seedOnce = (killAfterMs?: number) =>
    new Promise<{ code: number | null; killed: boolean; ms: number }>((resolve) => {
      const t = Date.now();
      const child = spawn(bin("tsx"), ["scripts/seed.ts", dir], { cwd: ROOT, env, stdio: "ignore" });
      let killed = false;
      const timer = killAfterMs === undefined ? undefined : setTimeout(() => {
        killed = true;
        child.kill("SIGKILL");
      }, killAfterMs);
      child.on("exit", (code) => {
        if (timer) clearTimeout(timer);
        resolve({ code, killed, ms: Date.now() - t });
      });
    });
  const restore = () => run(bin("tsx"), ["scripts/seed.ts", "graph-seed/ecosystem"], env);
  // The whole new state, learnt from one uninterrupted run; then back to the previous one.
  const full = await seedOnce();
  const next = await graphChecksum(driver);
  await restore();
  const restoredFirst = await graphChecksum(driver);
  const states: string[] = [];
  let mixed = 0;
  for (const at of [500, 1_500, 2_500, 3_500, 5_000, 7_000]) {
    const r = await seedOnce(at);
    // The server rolls back a transaction whose client vanished once it notices the closed socket: wait for a
    // whole state (at most 15 s); anything else is a partial write.
    let sum = await graphChecksum(driver);
    for (let i = 0; i < 30 && sum.hash !== before.hash && sum.hash !== next.hash; i++) {
      await new Promise((res) => setTimeout(res, 500));
      sum = await graphChecksum(driver);
    }
    const state = sum.hash === before.hash ? "previous" : sum.hash === next.hash ? "new" : `MIXED (${sum.nodes} nodes)`;
    if (state.startsWith("MIXED")) mixed++;
    states.push(`kill at ${at} ms (${r.killed ? "killed" : `had exited ${r.code}`}): ${state}`);
    if (state !== "previous") await restore();
  }
  const last = await seedOnce();
  const after = await graphChecksum(driver);
  check(
    "killed seed: the graph is always the whole previous state or the whole new one; the next run completes",
    mixed === 0 && full.code === 0 && restoredFirst.hash === before.hash && last.code === 0 && after.hash === next.hash,
    `${states.join("; ")}; an uninterrupted run takes ${full.ms} ms (${before.nodes} -> ${next.nodes} nodes); the run after the kills exited ${last.code} with the whole new state: ${after.hash === next.hash}`,
  );
  const restoredCode = await restore();
  const restored = await graphChecksum(driver);
  check("killed seed: re-seeding the real set restores it exactly", restoredCode === 0 && restored.hash === before.hash, `${restored.nodes} nodes`);
  return { killedSeed: { states, fullRunMs: full.ms } };
}

/** 4. Long queries and a held lock do not starve others; timeouts apply and are reported. */
async function slowPhase(base: string, driver: Driver) {
  const session = driver.session();
  const tx = session.beginTransaction();
  await tx.run("MATCH (n:Entity {id: 'company:baidu'}) SET n.reliability_lock = true");
  const slow = Array.from({ length: 4 }, () =>
    fetch(`${base}/api/cypher`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "MATCH (a),(b),(c),(d),(e),(f) WHERE a.name < b.name AND c.name < d.name AND e.name <> f.name RETURN count(*)" }),
    }).then(async (r) => ({ status: r.status, body: (await r.json()) as { error?: { code?: string; message?: string } } })),
  );
  const fast: number[] = [];
  const fastStatuses: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    const r = await fetch(`${base}/api/nodes/company:baidu`);
    await r.text();
    fast.push(performance.now() - t);
    fastStatuses.push(r.status);
    await new Promise((res) => setTimeout(res, 100));
  }
  const slowResults = await Promise.all(slow);
  await tx.rollback();
  await session.close();
  const timeouts = slowResults.filter((s) => s.body.error?.code === "timeout" || s.status === 429).length;
  check(
    "slow database: reads of a locked node and other requests are answered while long queries run",
    fastStatuses.every((s) => s === 200) && percentile(fast, 95) < 2_000,
    `20 reads of the locked node during 4 long console queries: p50 ${Math.round(percentile(fast, 50))} ms, p95 ${Math.round(percentile(fast, 95))} ms`,
  );
  check(
    "slow database: the console timeout applies and is reported",
    timeouts === slowResults.length,
    slowResults.map((s) => `${s.status} ${s.body.error?.code ?? "ok"}`).join(", "),
  );
}

function writeReport(figures: Record<string, unknown>) {
  const file = path.join(ROOT, "docs", "reliability.md");
  const text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "# Reliability\n";
  const marker = "<!-- latest-run -->";
  const block = [
    marker,
    `## Latest run (${new Date().toISOString().slice(0, 16)}Z, ${os.cpus().length} cores)`,
    "",
    "| check | result | detail |",
    "|---|---|---|",
    ...checks.map((c) => `| ${c.name} | ${c.held ? "held" : "**failed**"} | ${c.detail.replace(/\|/g, "/")} |`),
    "",
    "```json",
    JSON.stringify(figures, null, 2),
    "```",
    "",
  ].join("\n");
  const head = text.includes(marker) ? text.slice(0, text.indexOf(marker)) : `${text.trimEnd()}\n\n`;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, head + block);
}

async function main() {
  const password = crypto.randomBytes(12).toString("hex");
  const base = `http://127.0.0.1:${APP_PORT}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_URI: `bolt://127.0.0.1:${NEO4J_PORT}`,
    NEO4J_USER: "neo4j",
    NEO4J_PASSWORD: password,
    NEXT_DIST_DIR: DIST,
    NEXT_TELEMETRY_DISABLED: "1",
    // Every client here is on loopback: the limits would only measure themselves.
    API_RATE_LIMIT_PER_MINUTE: "0",
    CYPHER_RATE_LIMIT_PER_MINUTE: "0",
  };
  let app: ReturnType<typeof startBackground> | undefined;
  const driver = neo4j.driver(env.NEO4J_URI!, neo4j.auth.basic("neo4j", password));
  const figures: Record<string, unknown> = {};
  try {
    await stopEmbedded(DATA_DIR).catch(() => undefined);
    fs.rmSync(path.join(ROOT, DATA_DIR), { recursive: true, force: true });
    const [, built] = await Promise.all([
      startEmbedded({ port: NEO4J_PORT, dataDir: DATA_DIR, password, heap: "2g", txMemoryMax: "1g" }),
      run(bin("next"), ["build", "--webpack"], { ...env, NODE_ENV: "production" }),
    ]);
    if (built !== 0) throw new Error("next build failed");
    if ((await run(bin("tsx"), ["scripts/seed.ts", "graph-seed/ecosystem"], env)) !== 0) throw new Error("seeding failed");
    app = startBackground(process.execPath, [path.join(ROOT, "scripts", "start.mjs"), "-p", String(APP_PORT), "-H", "127.0.0.1"], { ...env, NODE_ENV: "production" }, () => undefined);
    await waitForUrl(`${base}/api/health`, 90_000);
    const w = await workload(driver);
    Object.assign(figures, await loadPhase(base, w, app.pid!));
    Object.assign(figures, await outagePhase(base, w, password));
    Object.assign(figures, await killedSeedPhase(driver, env));
    await slowPhase(base, driver);
  } catch (e) {
    check("the run itself", false, (e as Error).message);
  } finally {
    await driver.close().catch(() => undefined);
    await stopBackground(app);
    await stopEmbedded(DATA_DIR).catch(() => undefined);
  }
  writeReport(figures);
  const held = checks.filter((c) => c.held).length;
  console.log("\nreliability summary:");
  for (const c of checks) console.log(`  ${c.held ? "held  " : "FAILED"}  ${c.name}`);
  console.log(`${held} passed, ${checks.length - held} failed`);
  process.exit(held === checks.length ? 0 : 1);
}

main();
