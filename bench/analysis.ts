/**
 * Analysis (issue 13): PageRank + Louvain (+ betweenness up to BETWEENNESS_MAX_NODES) on 5k / 20k / 50k nodes in
 * the explorer's own worker (app/_components/graph/analysis.worker.ts, bundled by esbuild) in headless Chromium,
 * beside bare calls of the same graphology functions on the same page's main thread; and `analyse()`
 * (lib/graph/analysis.ts) on the main thread — in Node and in the browser — at the sizes around the worker
 * threshold (ANALYSIS_WORKER_ABOVE), to tell how long it blocks the page below it. No database, no app server.
 */
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { build } from "esbuild";
import { chromium, type Browser } from "playwright-core";
import { ROOT } from "../lib/dev/embedded";
import { analyse, ANALYSIS_WORKER_ABOVE, type AnalysisInput } from "../lib/graph/analysis";
import { CHROMIUM_ARGS } from "../playwright.config";
import type { PageRun } from "./analysis-page/main";
import { BENCH_STATIC_PORT, log, ratio, round } from "./common";
import { generate, type GeneratedSet } from "./generate";
import { benchGraph, serveStatic } from "./render";

/** Graphs analysed in the worker and bare (from 20k nodes betweenness is left out, as analyse() does above 5k). */
export const WORKER_SIZES = [5_000, 20_000, 50_000];
/** Graphs analysed on the main thread: around the worker threshold. */
export const MAIN_SIZES = [100, 250, 500, 1_000, 2_000, 5_000];
/** What the main thread may be blocked for (a few frames): the threshold's criterion. */
export const MAIN_BUDGET_MS = 50;
const OVERVIEW_LIMIT = 1_500;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};
/**
 * Stage durations from the stage start times a run reports (analyse()'s progress: degree, PageRank, betweenness,
 * communities): `build` is the time before the first stage (the worker: also its start and the input's transfer;
 * analyse(): the id-ordered simple graph); the last stage runs to the end of the run (for the worker: the result's
 * transfer back too).
 */
function durations(starts: Record<string, number>, total: number): Record<string, number> {
  const marks = Object.entries(starts).sort((a, b) => a[1] - b[1]);
  const out: Record<string, number> = { build: round(marks[0]?.[1] ?? total, 1) };
  marks.forEach(([k, t], i) => (out[k] = round((marks[i + 1]?.[1] ?? total) - t, 1)));
  return out;
}

export interface WorkerRow {
  nodes: number;
  edges: number;
  betweenness: boolean;
  /** postMessage to "done" (result received), a new worker each run; stages: durations (see `durations`). */
  worker: { runsMs: number[]; p50: number; postMs: number[]; longestFrameMs: number[]; stages: Record<string, number> };
  /** The same graphology functions on the main thread: the first call in a fresh page (cold), then again (warm). */
  bare: { coldMs: number[]; warmMs: number[]; p50: number; stages: Record<string, number> };
  /** analyse() itself on the main thread of a fresh page (cold): the worker's work without the worker. */
  main: { coldMs: number[]; p50: number; stages: Record<string, number> };
  /** worker p50 / bare (cold) p50; and its two factors: worker / analyse() on the main thread, that / bare. */
  ratio: number;
  ratioWorkerVsMain: number;
  ratioMainVsBare: number;
}
export interface MainRow {
  graph: string;
  nodes: number;
  edges: number;
  /** analyse() in Node (this process): the first call at this size, then warm calls. */
  node: { firstMs: number; warmMs: number[]; p50: number; stages: Record<string, number> };
  /** analyse() on the page's main thread: the first call in a fresh page (cold), then warm calls. */
  browser: { firstMs: number; warmMs: number[]; p50: number } | null;
}
export interface AnalysisResult {
  worker: WorkerRow[];
  main: MainRow[];
  /** The constant, and the largest measured BFS size whose analyse() stays within MAIN_BUDGET_MS (warm p50, Node and browser). */
  threshold: { workerAbove: number; budgetMs: number; largestWithinBudget: number | null };
  error?: string;
}

const inputOf = (g: ReturnType<typeof benchGraph>): AnalysisInput => ({
  nodes: g.nodes.map((n) => n.key),
  edges: g.edges.map((e) => [e.source, e.target]),
});

/**
 * What `GET /api/overview` returns, computed on the records: the `limit` best-connected entities (relationships
 * counted both ways, ties by id) and every relationship among them.
 */
export function overviewGraph(set: GeneratedSet, limit = OVERVIEW_LIMIT): AnalysisInput {
  const degree = new Map<string, number>();
  for (const r of set.relationships) {
    degree.set(r.from, (degree.get(r.from) ?? 0) + 1);
    degree.set(r.to, (degree.get(r.to) ?? 0) + 1);
  }
  const top = set.nodes
    .map((n) => n.id)
    .sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, limit);
  const keep = new Set(top);
  return {
    nodes: top,
    edges: set.relationships.filter((r) => keep.has(r.from) && keep.has(r.to)).map((r) => [r.from, r.to]),
  };
}

function timeNode(input: AnalysisInput, warm: number): MainRow["node"] {
  const once = () => {
    const stages: Record<string, number> = {};
    const t0 = performance.now();
    analyse(input, (stage) => void (stages[stage] = performance.now() - t0));
    return { ms: performance.now() - t0, stages };
  };
  const first = once();
  const runs = Array.from({ length: warm }, once);
  const warmMs = runs.map((r) => round(r.ms, 1));
  return {
    firstMs: round(first.ms, 1),
    warmMs,
    p50: round(median(warmMs), 1),
    stages: durations(runs.at(-1)!.stages, runs.at(-1)!.ms),
  };
}

type PageApi = {
  load(src: string): Promise<{ nodes: number; edges: number }>;
  worker(): Promise<PageRun>;
  bare(): PageRun;
  main(): PageRun;
};

/** A fresh page (a new renderer: cold JIT) with the graph loaded. */
async function openPage(browser: Browser, file: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const st = `http://127.0.0.1:${BENCH_STATIC_PORT}`;
  await page.goto(`${st}/analysis.html`, { waitUntil: "load" });
  await page.evaluate((src) => (window as unknown as { __analysis: PageApi }).__analysis.load(src), `${st}/${file}`);
  const call = <K extends "worker" | "bare" | "main">(k: K) =>
    page.evaluate((name) => (window as unknown as { __analysis: PageApi }).__analysis[name](), k) as Promise<PageRun>;
  return { context, call };
}

export async function benchAnalysis(
  opts: { workerSizes?: number[]; mainSizes?: number[]; rounds?: number } = {},
): Promise<AnalysisResult> {
  const workerSizes = opts.workerSizes ?? WORKER_SIZES;
  const mainSizes = opts.mainSizes ?? MAIN_SIZES;
  const rounds = opts.rounds ?? 3;
  const result: AnalysisResult = {
    worker: [],
    main: [],
    threshold: { workerAbove: ANALYSIS_WORKER_ABOVE, budgetMs: MAIN_BUDGET_MS, largestWithinBudget: null },
  };
  const dir = path.join(ROOT, ".data", "bench-analysis");
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  let server: http.Server | undefined;
  let browser: Browser | undefined;
  try {
    log("analysis: generating graphs and bundling the worker and the page…");
    const source = generate("M");
    const graphs = new Map<string, AnalysisInput>();
    for (const n of new Set([...mainSizes, ...workerSizes])) {
      const g = benchGraph(n, source);
      graphs.set(`bfs-${n}`, inputOf(g));
      fs.writeFileSync(path.join(dir, `graph-${n}.json`), JSON.stringify({ nodes: g.nodes, edges: g.edges }));
    }
    // The overview's shape (the best-connected 1,500 and every relationship among them): denser than a BFS piece.
    for (const size of ["S", "M"] as const) {
      const o = overviewGraph(size === "M" ? source : generate(size));
      graphs.set(`overview-${size}`, o);
      fs.writeFileSync(
        path.join(dir, `overview-${size}.json`),
        JSON.stringify({
          nodes: o.nodes.map((key) => ({ key })),
          edges: o.edges.map(([s, t]) => ({ source: s, target: t })),
        }),
      );
    }
    const bundle = (entry: string, outfile: string) =>
      build({
        entryPoints: [path.join(ROOT, entry)],
        bundle: true,
        minify: true,
        format: "iife",
        outfile: path.join(dir, outfile),
        logLevel: "warning",
      });
    await bundle("app/_components/graph/analysis.worker.ts", "analysis-worker.js");
    await bundle("bench/analysis-page/main.ts", "analysis-page.js");
    fs.copyFileSync(path.join(ROOT, "bench", "analysis-page", "index.html"), path.join(dir, "analysis.html"));

    // analyse() in Node, sizes ascending (the first call at each size is the coldest there).
    const mainGraphs = [...mainSizes.map((n) => `bfs-${n}`), "overview-S", "overview-M"];
    for (const name of mainGraphs) {
      const input = graphs.get(name)!;
      const row: MainRow = {
        graph: name,
        nodes: input.nodes.length,
        edges: input.edges.length,
        node: timeNode(input, input.nodes.length >= 5_000 ? 3 : 5),
        browser: null,
      };
      result.main.push(row);
      log(
        `analysis: analyse() in Node, ${name} (${row.nodes} nodes, ${row.edges} relationships): first ${row.node.firstMs} ms, warm p50 ${row.node.p50} ms ${JSON.stringify(row.node.stages)}`,
      );
    }

    server = await serveStatic(dir);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: CHROMIUM_ARGS,
    });

    // analyse() on the page's main thread: a fresh page per graph (its first call is cold, as in the explorer).
    for (const row of result.main) {
      if (row.nodes >= 5_000) continue; // the 5k figure is the bare row below
      const file = row.graph.startsWith("bfs-") ? `graph-${row.nodes}.json` : `${row.graph}.json`;
      const { context, call } = await openPage(browser, file);
      try {
        const first = await call("main");
        const warmMs: number[] = [];
        for (let i = 0; i < 3; i++) warmMs.push(round((await call("main")).ms, 1));
        row.browser = { firstMs: round(first.ms, 1), warmMs, p50: round(median(warmMs), 1) };
      } finally {
        await context.close();
      }
      log(
        `analysis: analyse() on the page's main thread, ${row.graph}: first ${row.browser.firstMs} ms, warm p50 ${row.browser.p50} ms`,
      );
    }

    const within = result.main.filter(
      (r) => r.graph.startsWith("bfs-") && Math.max(r.node.p50, r.browser?.p50 ?? 0) <= MAIN_BUDGET_MS,
    );
    result.threshold.largestWithinBudget = within.length ? Math.max(...within.map((r) => r.nodes)) : null;

    // Worker against bare, interleaved, each round in a fresh page.
    for (const n of workerSizes) {
      const w: PageRun[] = [];
      const cold: PageRun[] = [];
      const warm: PageRun[] = [];
      const main: PageRun[] = [];
      let edges = 0;
      for (let i = 0; i < rounds; i++) {
        const { context, call } = await openPage(browser, `graph-${n}.json`);
        try {
          w.push(await call("worker"));
          cold.push(await call("bare"));
          warm.push(await call("bare"));
        } finally {
          await context.close();
        }
        const other = await openPage(browser, `graph-${n}.json`);
        try {
          main.push(await other.call("main"));
        } finally {
          await other.context.close();
        }
      }
      edges = graphs.get(`bfs-${n}`)!.edges.length;
      const wMs = w.map((r) => round(r.ms, 1));
      const coldMs = cold.map((r) => round(r.ms, 1));
      const mid = w.find((r) => round(r.ms, 1) === median(wMs))!;
      const coldMid = cold.find((r) => round(r.ms, 1) === median(coldMs))!;
      const mainMs = main.map((r) => round(r.ms, 1));
      const mainMid = main.find((r) => round(r.ms, 1) === median(mainMs))!;
      const row: WorkerRow = {
        nodes: n,
        edges,
        betweenness: n <= 5_000,
        worker: {
          runsMs: wMs,
          p50: median(wMs),
          postMs: w.map((r) => round(r.postMs ?? NaN, 1)),
          longestFrameMs: w.map((r) => round(r.longestFrameMs ?? NaN, 1)),
          stages: durations(mid.stages, mid.ms),
        },
        bare: {
          coldMs,
          warmMs: warm.map((r) => round(r.ms, 1)),
          p50: median(coldMs),
          stages: durations(coldMid.stages, coldMid.ms),
        },
        main: { coldMs: mainMs, p50: median(mainMs), stages: durations(mainMid.stages, mainMid.ms) },
        ratio: ratio(median(wMs), median(coldMs)),
        ratioWorkerVsMain: ratio(median(wMs), median(mainMs)),
        ratioMainVsBare: ratio(median(mainMs), median(coldMs)),
      };
      result.worker.push(row);
      log(
        `analysis ${n}: worker ${wMs.join(" / ")} ms (post ${row.worker.postMs.join("/")} ms, longest main-thread frame ${row.worker.longestFrameMs.join("/")} ms) ` +
          `| bare cold ${coldMs.join(" / ")} warm ${row.bare.warmMs.join(" / ")} ms | analyse() on the main thread ${mainMs.join(" / ")} ms ` +
          `| x ${row.ratio} (worker / analyse() ${row.ratioWorkerVsMain}, analyse() / bare ${row.ratioMainVsBare}); ` +
          `stages: worker ${JSON.stringify(row.worker.stages)}, analyse() ${JSON.stringify(row.main.stages)}, bare ${JSON.stringify(row.bare.stages)}`,
      );
    }
  } catch (e) {
    result.error = (e as Error).message.split("\n")[0];
    log(`analysis: ${result.error}`);
  } finally {
    await browser?.close().catch(() => undefined);
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return result;
}
