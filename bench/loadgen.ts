/**
 * The load generator, run as a SECOND PROCESS by bench/api.ts (so the clients never share a CPU budget or an
 * event loop with the server they measure). One run = one scenario, one mode, one concurrency:
 *   mode "http":   the app's endpoint, over keep-alive connections (Node's fetch / undici);
 *   mode "driver": the same query functions (imported from lib/neo4j/queries, lib/views) straight on the driver
 *                  (for paths: `findPaths`, so the same two queries and the same Cypher as the route);
 *   mode "bare-http": the same paths on bench/bare-http.ts (Node's http server over the same functions);
 *   mode "http-revalidate": as "http", but each path is asked again with the ETag its first answer carried
 *                  (If-None-Match), as a CDN or browser revalidates: a 304 counts as an answer.
 * Usage: tsx bench/loadgen.ts <config.json>; prints one JSON line with the latencies' summary.
 */
import fs from "node:fs";
import neo4j, { type Driver } from "neo4j-driver";
import type { SeedView } from "../graph-seed/schema";
import { OVERVIEW_LIMIT } from "../lib/explore/limits";
import { DEFAULT_PATH_OPTIONS, pathsQuery } from "../lib/graph/paths";
import { getNeighborhood, getNode } from "../lib/neo4j/queries/nodes";
import { getOverview } from "../lib/neo4j/queries/overview";
import { findPaths } from "../lib/neo4j/queries/paths";
import { searchEntities } from "../lib/neo4j/queries/search";
import type { Db } from "../lib/neo4j/run";
import { runView } from "../lib/views";
import { idSegment } from "../lib/url/path-segment";
import { summarize, type Summary } from "./common";

export type Scenario =
  | "search"
  | "node"
  | "neighborhood-1"
  | "neighborhood-2"
  | "view"
  | "console"
  | "paths"
  | "paths-all"
  | "overview"
  | "floor";
export const SCENARIOS: Scenario[] = [
  "search",
  "node",
  "neighborhood-1",
  "neighborhood-2",
  "view",
  "console",
  "paths",
  "paths-all",
  "overview",
];

export interface LoadgenConfig {
  mode: LoadgenMode;
  scenario: Scenario;
  concurrency: number;
  warmupMs: number;
  durationMs: number;
  maxRequests: number;
  baseUrl: string;
  neo4j: { uri: string; password: string };
  ids: string[];
  terms: string[];
  view: SeedView;
  consoleQuery: string;
  /** Id pairs for `paths` (one shortest path) and `paths-all` (all=1: every shortest path, up to the cap). */
  pairs: [string, string][];
  /** Only this many distinct parameters (i modulo pool), so that the warm-up has seen every path once. */
  pool?: number;
}

export type LoadgenMode = "http" | "driver" | "bare-http" | "http-revalidate";

export interface LoadgenResult {
  mode: LoadgenMode;
  scenario: Scenario;
  concurrency: number;
  ok: number;
  errors: number;
  statuses: Record<string, number>;
  throughput: number;
  latencyMs: Summary;
}

/** One request of the scenario, with the i-th parameter of the pools. Returns the HTTP status (200 for driver). */
function requester(cfg: LoadgenConfig, driver: Driver | null): (i: number) => Promise<number> {
  const db: Db = { driver: driver!, database: "neo4j", timeoutMs: 10_000 };
  const k = (i: number) => (cfg.pool ? i % cfg.pool : i);
  const id = (i: number) => cfg.ids[k(i) % cfg.ids.length];
  const term = (i: number) => cfg.terms[k(i) % cfg.terms.length];
  const pair = (i: number) => cfg.pairs[k(i) % cfg.pairs.length];
  if (cfg.mode === "driver") {
    switch (cfg.scenario) {
      case "search":
        return async (i) => (await searchEntities(db, term(i), 20), 200);
      case "node":
        return async (i) => (await getNode(db, id(i)), 200);
      case "neighborhood-1":
        return async (i) => (await getNeighborhood(db, id(i), 1, 200), 200);
      case "neighborhood-2":
        return async (i) => (await getNeighborhood(db, id(i), 2, 200), 200);
      case "view":
        return async () => (await runView(db, cfg.view), 200);
      case "paths":
        return async (i) => (await findPaths(db, pair(i), { all: false }), 200);
      case "paths-all":
        return async (i) => (await findPaths(db, pair(i), { all: true }), 200);
      case "overview":
        return async () => (await getOverview(db, OVERVIEW_LIMIT), 200);
      case "floor":
        return async () => 200;
      case "console":
        return async (i) => {
          await driver!.executeQuery(
            cfg.consoleQuery,
            { id: id(i) },
            { routing: neo4j.routing.READ, database: "neo4j", transactionConfig: { timeout: 5_000 } },
          );
          return 200;
        };
    }
  }
  const etags = new Map<string, string>();
  const get = async (path: string) => {
    const etag = cfg.mode === "http-revalidate" ? etags.get(path) : undefined;
    const res = await fetch(cfg.baseUrl + path, etag ? { headers: { "If-None-Match": etag } } : undefined);
    await res.arrayBuffer();
    const tag = res.headers.get("etag");
    if (cfg.mode === "http-revalidate" && tag) etags.set(path, tag);
    return res.status;
  };
  switch (cfg.scenario) {
    case "search":
      return (i) => get(`/api/search?q=${encodeURIComponent(term(i))}&limit=20`);
    case "node":
      return (i) => get(`/api/nodes/${idSegment(id(i))}`);
    case "neighborhood-1":
      return (i) => get(`/api/nodes/${idSegment(id(i))}/neighborhood?depth=1&limit=200`);
    case "neighborhood-2":
      return (i) => get(`/api/nodes/${idSegment(id(i))}/neighborhood?depth=2&limit=200`);
    case "view":
      return () => get(`/api/views/${cfg.view.slug}`);
    case "paths":
      return (i) => get(`/api/paths?${pathsQuery(pair(i), DEFAULT_PATH_OPTIONS)}`);
    case "paths-all":
      return (i) => get(`/api/paths?${pathsQuery(pair(i), { ...DEFAULT_PATH_OPTIONS, all: true })}`);
    case "overview":
      return () => get(`/api/overview?limit=${OVERVIEW_LIMIT}`);
    case "floor":
      // The view list is cached in the server for a minute: no database work, only Next's own per-request cost.
      return () => get(`/api/views`);
    case "console":
      return async (i) => {
        const res = await fetch(cfg.baseUrl + "/api/cypher", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: cfg.consoleQuery, params: { id: id(i) } }),
        });
        await res.arrayBuffer();
        return res.status;
      };
  }
}

async function phase(cfg: LoadgenConfig, run: (i: number) => Promise<number>, ms: number, record: boolean) {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let next = 0;
  const end = performance.now() + ms;
  const t0 = performance.now();
  const worker = async () => {
    while (performance.now() < end && next < cfg.maxRequests) {
      const i = next++;
      const s = performance.now();
      let status: number;
      try {
        status = await run(i);
      } catch {
        status = 0;
      }
      if (record) {
        statuses[status] = (statuses[status] ?? 0) + 1;
        if (status === 200 || status === 304) latencies.push(performance.now() - s);
      }
    }
  };
  await Promise.all(Array.from({ length: cfg.concurrency }, worker));
  return { latencies, statuses, elapsed: performance.now() - t0 };
}

async function main() {
  const cfg = JSON.parse(fs.readFileSync(process.argv[2], "utf8")) as LoadgenConfig;
  const driver =
    cfg.mode === "driver"
      ? neo4j.driver(cfg.neo4j.uri, neo4j.auth.basic("neo4j", cfg.neo4j.password), { maxConnectionPoolSize: 64 })
      : null;
  try {
    const run = requester(cfg, driver);
    await phase(cfg, run, cfg.warmupMs, false);
    const { latencies, statuses, elapsed } = await phase(cfg, run, cfg.durationMs, true);
    const ok = latencies.length;
    const total = Object.values(statuses).reduce((a, b) => a + b, 0);
    const result: LoadgenResult = {
      mode: cfg.mode,
      scenario: cfg.scenario,
      concurrency: cfg.concurrency,
      ok,
      errors: total - ok,
      statuses,
      throughput: ok / (elapsed / 1000),
      latencyMs: summarize(latencies),
    };
    console.log(JSON.stringify(result));
  } finally {
    await driver?.close();
  }
}

if (process.argv[1]?.endsWith("loadgen.ts")) void main();
