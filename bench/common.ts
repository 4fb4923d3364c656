/** Shared by the bench programs: the bench Neo4j (its own port and directory), stats, timing. */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ROOT, startEmbedded, stopEmbedded } from "../lib/dev/embedded";
import type { SizeName } from "./generate";

export const BENCH_NEO4J_PORT = Number(process.env.BENCH_NEO4J_PORT ?? 7690);
/** BENCH_DATA_DIR / BENCH_DIST_DIR (with the ports) let two bench runs share a checkout without wiping each other. */
export const BENCH_DATA_DIR = process.env.BENCH_DATA_DIR ?? ".data/bench-neo4j";
export const BENCH_APP_PORT = Number(process.env.BENCH_APP_PORT ?? 3190);
export const BENCH_STATIC_PORT = Number(process.env.BENCH_STATIC_PORT ?? 3191);
export const BENCH_BARE_HTTP_PORT = Number(process.env.BENCH_BARE_HTTP_PORT ?? 3192);
export const BENCH_DIST_DIR = process.env.BENCH_DIST_DIR ?? ".next-bench";
export const BENCH_PASSWORD = process.env.BENCH_NEO4J_PASSWORD ?? crypto.randomBytes(12).toString("hex");
export const BENCH_URI = `bolt://127.0.0.1:${BENCH_NEO4J_PORT}`;

/** Heap and page cache per size: the loader writes the whole set in ONE transaction, held in the heap. */
export const NEO4J_MEMORY: Record<SizeName, { heap: string; pagecache: string }> = {
  S: { heap: "2g", pagecache: "512m" },
  M: { heap: "6g", pagecache: "1g" },
  L: { heap: "10g", pagecache: "2g" },
};

/** A fresh, empty bench Neo4j: stops any previous one, wipes its directory, starts it. */
export async function freshNeo4j(size: SizeName): Promise<void> {
  await stopEmbedded(BENCH_DATA_DIR).catch(() => undefined);
  fs.rmSync(path.join(ROOT, BENCH_DATA_DIR), { recursive: true, force: true });
  await startEmbedded({
    port: BENCH_NEO4J_PORT,
    dataDir: BENCH_DATA_DIR,
    password: BENCH_PASSWORD,
    ...NEO4J_MEMORY[size],
    txTimeoutSeconds: 1800,
  });
}

export async function stopNeo4j(): Promise<void> {
  await stopEmbedded(BENCH_DATA_DIR).catch(() => undefined);
}

export function neo4jEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEO4J_URI: BENCH_URI,
    NEO4J_USER: "neo4j",
    NEO4J_PASSWORD: BENCH_PASSWORD,
    NEO4J_DATABASE: "neo4j",
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

export interface Summary {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}
export function summarize(xs: number[]): Summary {
  const s = [...xs].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / Math.max(1, s.length);
  return { n: s.length, p50: quantile(s, 0.5), p95: quantile(s, 0.95), p99: quantile(s, 0.99), mean };
}

export const round = (x: number, d = 2) => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : x);
export const ratio = (a: number, b: number) => round(a / b, 2);
export const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);
export const log = (msg: string) => console.log(`bench: ${msg}`);
