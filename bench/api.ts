/**
 * API: p50 / p95 / p99 latency and throughput of search, node, neighbourhood (depth 1, 2), a named view, a
 * console query, paths between two entities (one shortest path, and all=1) and the whole-ecosystem overview, at 1
 * and 32 clients, through the app (`next start` from .next-bench) and straight through the
 * driver with the same query functions. Clients run in a second process (bench/loadgen.ts). The server's RSS is
 * sampled while the app is under load.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT } from "../lib/dev/embedded";
import { startBackground, stopBackground, waitForUrl } from "../lib/dev/processes";
import type { SeedView } from "../graph-seed/schema";
import {
  BENCH_APP_PORT,
  BENCH_BARE_HTTP_PORT,
  BENCH_DIST_DIR,
  BENCH_PASSWORD,
  BENCH_URI,
  bin,
  log,
  neo4jEnv,
  ratio,
  round,
} from "./common";
import type { SizeName } from "./generate";
import type { PathPair } from "./path-pairs";
import { RENDER_GRAPH_DIR } from "./render";
import { SCENARIOS, type LoadgenConfig, type LoadgenResult, type Scenario } from "./loadgen";

/**
 * Clients per scenario. The overview is one request per page load, not a hot path, and one request holds Neo4j for
 * ~0.5 s at S and seconds at M: 32 of them at once only measure a queue (they would run into the 10 s query timeout).
 */
const CLIENTS: Partial<Record<Scenario, number[]>> = {
  overview: [1],
  // Issue 18's concurrency target (API p95 < 2x the driver's at 8 and 32 clients) is on search and neighbourhoods.
  search: [1, 8, 32],
  "neighborhood-1": [1, 8, 32],
  "neighborhood-2": [1, 8, 32],
};

export const CONSOLE_QUERY =
  "MATCH (c:Entity {id: $id})-[r]-(p) RETURN c.name AS name, type(r) AS type, p.id AS other, p.name AS other_name LIMIT 50";

export interface ApiRow {
  scenario: Scenario;
  concurrency: number;
  api: LoadgenResult | null;
  driver: LoadgenResult;
  /** The same paths on a bare Node http server over the same functions (bench/bare-http.ts). */
  bareHttp: LoadgenResult | null;
  /** api / driver at p50, p95, p99, and driver / api throughput; `bareHttpP50`: bare http / driver at p50. */
  ratio: { p50: number; p95: number; p99: number; throughput: number; bareHttpP50: number | null } | null;
  note?: string;
}
export interface ApiResult {
  size: SizeName;
  rows: ApiRow[];
  serverRssMb: { max: number; mean: number; samples: number };
  console: "present" | "missing";
  /** GET /api/views at 1 client (answered from the server's one-minute cache): Next's per-request floor. */
  floorMs: { p50: number; p95: number; throughput: number };
  /** The id pairs of the `paths` scenarios and their shortest distance in the generated records. */
  pathPairs?: PathPair[];
  /** The same 64 paths asked in full and revalidated with their ETag (If-None-Match → 304). */
  revalidation?: RevalidationRow[];
}

export interface RevalidationRow {
  scenario: Scenario;
  concurrency: number;
  full: LoadgenResult;
  revalidated: LoadgenResult;
  /** revalidated / full throughput, and full / revalidated at p50 and p95 (> 1: revalidating is faster). */
  ratio: { throughput: number; p50: number; p95: number } | null;
}

/** Scenarios whose answers a CDN would keep, revalidated at 1 and 32 clients. */
const REVALIDATED: Scenario[] = ["search", "neighborhood-1", "view", "paths"];
const REVALIDATION_POOL = 64;

/** The app server for the benches (API and the bench canvas page). Caller stops it with stopBackground. */
export async function startApp(viewsFile: string): Promise<ChildProcess> {
  if (!fs.existsSync(path.join(ROOT, BENCH_DIST_DIR, "BUILD_ID"))) throw new Error(`no build in ${BENCH_DIST_DIR}`);
  // Another server on the port would answer the health check below, and the bench would measure it instead.
  const taken = await fetch(`http://127.0.0.1:${BENCH_APP_PORT}/api/health`).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`port ${BENCH_APP_PORT} is taken by another server; set BENCH_APP_PORT to a free port`);
  // Appended, not truncated: a run starts the app more than once (the overview on the real seed starts it again).
  const logFile = path.join(ROOT, ".data", "bench-app.log");
  fs.appendFileSync(
    logFile,
    `--- ${new Date().toISOString()} scripts/start.mjs (next start) -p ${BENCH_APP_PORT} (VIEWS_FILE ${viewsFile})\n`,
  );
  const app = startBackground(
    process.execPath,
    [path.join(ROOT, "scripts", "start.mjs"), "-p", String(BENCH_APP_PORT), "-H", "127.0.0.1"],
    {
      ...neo4jEnv(),
      NODE_ENV: "production",
      NEXT_DIST_DIR: BENCH_DIST_DIR,
      VIEWS_FILE: viewsFile,
      CYPHER_RATE_LIMIT_PER_MINUTE: "0",
      API_RATE_LIMIT_PER_MINUTE: "0",
      BENCH_PAGES: "1",
      BENCH_GRAPH_DIR: RENDER_GRAPH_DIR,
    },
    (l) => fs.appendFileSync(logFile, l + "\n"),
  );
  const started = Date.now();
  app.once("exit", (code, signal) => {
    const msg = `app server exited after ${Math.round((Date.now() - started) / 1000)} s (code ${code}, signal ${signal})`;
    fs.appendFileSync(logFile, msg + "\n");
    log(msg);
  });
  await waitForUrl(`http://127.0.0.1:${BENCH_APP_PORT}/api/health`, 90_000);
  return app;
}

/** RSS (MB) of every process in the group `pgid` (next start and any child it forks). */
function groupRssMb(pgid: number): number {
  let kb = 0;
  for (const pid of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== pgid) continue; // field 5 of stat: pgrp
      const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
      if (m) kb += Number(m[1]);
    } catch {
      /* gone */
    }
  }
  return kb / 1024;
}

function runLoadgen(cfg: LoadgenConfig): Promise<LoadgenResult> {
  const file = path.join(os.tmpdir(), `cngraph-loadgen-${process.pid}.json`);
  fs.writeFileSync(file, JSON.stringify(cfg));
  return new Promise((resolve, reject) => {
    const child = spawn(bin("tsx"), ["bench/loadgen.ts", file], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (b) => (out += b));
    child.stderr.on("data", (b) => (err += b));
    const timer = setTimeout(() => child.kill("SIGKILL"), cfg.warmupMs + cfg.durationMs + 120_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      fs.rmSync(file, { force: true });
      const line = out.trim().split("\n").pop() ?? "";
      try {
        resolve(JSON.parse(line) as LoadgenResult);
      } catch {
        reject(
          new Error(
            `loadgen ${cfg.mode} ${cfg.scenario} x${cfg.concurrency} failed (exit ${code}): ${err.slice(-1000)}`,
          ),
        );
      }
    });
  });
}

async function consolePresent(): Promise<boolean> {
  try {
    const res = await fetch(`http://127.0.0.1:${BENCH_APP_PORT}/api/cypher`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "RETURN 1 AS one", params: {} }),
    });
    return res.status === 200;
  } catch {
    return false;
  }
}

export async function benchApi(
  size: SizeName,
  app: ChildProcess,
  pools: { ids: string[]; terms: string[]; view: SeedView; viewsFile: string; pairs: PathPair[] },
  opts: { seconds: number },
): Promise<ApiResult> {
  const hasConsole = await consolePresent();
  if (!hasConsole) log("api: POST /api/cypher does not answer 200: the console query is reported as missing");
  const rows: ApiRow[] = [];
  const rss: number[] = [];
  let sampler: ReturnType<typeof setInterval> | undefined;
  const bare = startBackground(
    bin("tsx"),
    ["bench/bare-http.ts", String(BENCH_BARE_HTTP_PORT), BENCH_URI, BENCH_PASSWORD, pools.viewsFile],
    process.env,
  );
  await waitForUrl(`http://127.0.0.1:${BENCH_BARE_HTTP_PORT}/api/views/${pools.view.slug}`, 60_000);
  const bareUrl = `http://127.0.0.1:${BENCH_BARE_HTTP_PORT}`;
  try {
    const common = {
      maxRequests: 200_000,
      baseUrl: `http://127.0.0.1:${BENCH_APP_PORT}`,
      neo4j: { uri: BENCH_URI, password: BENCH_PASSWORD },
      ids: pools.ids,
      terms: pools.terms,
      view: pools.view,
      consoleQuery: CONSOLE_QUERY,
      pairs: pools.pairs.map((p) => p.ids),
    };
    // Warm both paths first (Neo4j's plan cache and page cache, the JIT, Next's route modules), so neither side
    // of a pair pays for the other's cold start.
    log("api: warming up…");
    for (const scenario of SCENARIOS) {
      if (scenario === "console" && !hasConsole) continue;
      const warmClients = Math.min(4, ...(CLIENTS[scenario] ?? [4]));
      for (const mode of ["http", "driver"] as const)
        await runLoadgen({ ...common, scenario, mode, concurrency: warmClients, warmupMs: 0, durationMs: 2_000 });
      await runLoadgen({
        ...common,
        baseUrl: bareUrl,
        scenario,
        mode: "bare-http",
        concurrency: warmClients,
        warmupMs: 0,
        durationMs: 2_000,
      });
    }
    for (const scenario of SCENARIOS) {
      for (const concurrency of CLIENTS[scenario] ?? [1, 32]) {
        const base: Omit<LoadgenConfig, "mode"> = {
          scenario,
          concurrency,
          warmupMs: 1_000,
          durationMs: opts.seconds * 1000,
          ...common,
        };
        const driver = await runLoadgen({ ...base, mode: "driver" });
        const bareHttp = await runLoadgen({ ...base, baseUrl: bareUrl, mode: "bare-http" });
        let api: LoadgenResult | null = null;
        let note: string | undefined;
        if (scenario === "console" && !hasConsole) note = "POST /api/cypher missing";
        else {
          sampler = setInterval(() => rss.push(groupRssMb(app.pid!)), 250);
          try {
            api = await runLoadgen({ ...base, mode: "http" });
          } finally {
            clearInterval(sampler);
          }
          if (scenario === "console" && api.errors > 0)
            note = `${api.errors} refused (${JSON.stringify(api.statuses)}): the console runs at most 4 queries at once`;
        }
        const row: ApiRow = {
          scenario,
          concurrency,
          api,
          driver,
          bareHttp,
          ratio:
            api && api.ok > 0
              ? {
                  p50: ratio(api.latencyMs.p50, driver.latencyMs.p50),
                  p95: ratio(api.latencyMs.p95, driver.latencyMs.p95),
                  p99: ratio(api.latencyMs.p99, driver.latencyMs.p99),
                  throughput: ratio(driver.throughput, api.throughput),
                  bareHttpP50: bareHttp.ok > 0 ? ratio(bareHttp.latencyMs.p50, driver.latencyMs.p50) : null,
                }
              : null,
          ...(note ? { note } : {}),
        };
        rows.push(row);
        log(
          `api ${size} ${scenario} x${concurrency}: api p50 ${round(api?.latencyMs.p50 ?? NaN, 1)} p95 ${round(api?.latencyMs.p95 ?? NaN, 1)} ms ` +
            `(${round(api?.throughput ?? NaN, 0)}/s) | driver p50 ${round(driver.latencyMs.p50, 1)} p95 ${round(driver.latencyMs.p95, 1)} ms ` +
            `(${round(driver.throughput, 0)}/s) | bare http p50 ${round(bareHttp.latencyMs.p50, 1)} p95 ${round(bareHttp.latencyMs.p95, 1)} ms${note ? ` — ${note}` : ""}`,
        );
      }
    }
    const floor = await runLoadgen({
      ...common,
      scenario: "floor",
      mode: "http",
      concurrency: 1,
      warmupMs: 1_000,
      durationMs: 3_000,
    });
    log(`api ${size} floor (GET /api/views, cached): p50 ${round(floor.latencyMs.p50, 2)} ms`);
    const revalidation: RevalidationRow[] = [];
    for (const scenario of REVALIDATED) {
      for (const concurrency of [1, 32]) {
        const base = { ...common, scenario, concurrency, pool: REVALIDATION_POOL, warmupMs: 2_000, durationMs: opts.seconds * 1000 };
        const full = await runLoadgen({ ...base, mode: "http" });
        const revalidated = await runLoadgen({ ...base, mode: "http-revalidate" });
        const ok = full.ok > 0 && revalidated.ok > 0;
        revalidation.push({
          scenario,
          concurrency,
          full,
          revalidated,
          ratio: ok
            ? {
                throughput: ratio(revalidated.throughput, full.throughput),
                p50: ratio(full.latencyMs.p50, revalidated.latencyMs.p50),
                p95: ratio(full.latencyMs.p95, revalidated.latencyMs.p95),
              }
            : null,
        });
        log(
          `api ${size} ${scenario} x${concurrency} revalidated: ${round(revalidated.throughput, 0)}/s (${JSON.stringify(revalidated.statuses)}) ` +
            `vs full ${round(full.throughput, 0)}/s; p50 ${round(revalidated.latencyMs.p50, 1)} vs ${round(full.latencyMs.p50, 1)} ms`,
        );
      }
    }
    return {
      size,
      rows,
      floorMs: {
        p50: round(floor.latencyMs.p50, 2),
        p95: round(floor.latencyMs.p95, 2),
        throughput: round(floor.throughput, 0),
      },
      serverRssMb: {
        max: round(Math.max(...rss), 0),
        mean: round(rss.reduce((a, b) => a + b, 0) / Math.max(1, rss.length), 0),
        samples: rss.length,
      },
      console: hasConsole ? "present" : "missing",
      pathPairs: pools.pairs,
      revalidation,
    };
  } finally {
    await stopBackground(bare);
  }
}

export { stopBackground };
