/** The table printed at the end of `npm run bench`: every figure beside its baseline, the ratio, and the target. */
import { round } from "./common";
import type { BenchResults } from "./types";

const f = (x: number | null | undefined, d = 1) => (x === null || x === undefined || !Number.isFinite(x) ? "—" : String(round(x, d)));
const mark = (ok: boolean | null) => (ok === null ? "" : ok ? "ok" : "MISS");

function table(title: string, head: string[], rows: (string | number)[][]): void {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? "").length)));
  console.log(`\n${title}`);
  for (const [k, r] of cells.entries()) {
    console.log("  " + r.map((c, i) => c.padEnd(widths[i])).join("  "));
    if (k === 0) console.log("  " + widths.map((w) => "-".repeat(w)).join("  "));
  }
}

export function printReport(r: BenchResults): void {
  console.log(
    `\n=== bench ${r.startedAt} — ${r.machine.cpus} CPUs, load average ${r.machine.loadavgBefore.join(" ")} -> ${r.machine.loadavgAfter?.join(" ")} ===`,
  );
  if (r.load.length)
    table(
      "Load (relationships/s; target >= 50,000/s and <= 2x the bare UNWIND…CREATE)",
      ["size", "rels", "db:seed s", "write s", "rels/s (cli)", "rels/s (write)", "bare s", "bare rels/s", "ratio cli", "ratio write", ""],
      r.load.map((l) => [
        l.size,
        l.relationships,
        f(l.loader.cliMs / 1000),
        f((l.loader.writeMs ?? NaN) / 1000),
        f(l.loader.relsPerSecCli, 0),
        f(l.loader.relsPerSecWrite, 0),
        f(l.baseline.ms / 1000),
        f(l.baseline.relsPerSec, 0),
        `${f(l.ratioCli, 2)}x`,
        `${f(l.ratioWrite, 2)}x`,
        `${mark(l.ratioCli <= 2)}${l.loader.relsPerSecCli >= 50_000 ? "" : " (rate MISS)"}`,
      ]),
    );
  for (const a of r.api) {
    table(
      `API, size ${a.size} (ms; api / driver ratio; target p50 ratio <= 1.5x${a.size === "M" ? ", neighbourhood-1 x32 p95 <= 30 ms, search p95 <= 50 ms" : ""}) — server RSS max ${a.serverRssMb.max} MB, mean ${a.serverRssMb.mean} MB; Next floor (cached GET /api/views) p50 ${a.floorMs?.p50 ?? "—"} ms`,
      ["scenario", "clients", "api p50", "p95", "p99", "req/s", "driver p50", "p95", "p99", "req/s", "bare http p50", "p50 x", "p95 x", "bare http x", "", "note"],
      a.rows.map((row) => {
        let ok: boolean | null = row.ratio ? row.ratio.p50 <= 1.5 : null;
        if (a.size === "M" && row.api && row.scenario === "neighborhood-1" && row.concurrency === 32) ok = !!ok && row.api.latencyMs.p95 <= 30;
        if (a.size === "M" && row.api && row.scenario === "search") ok = !!ok && row.api.latencyMs.p95 <= 50;
        return [
          row.scenario,
          row.concurrency,
          f(row.api?.latencyMs.p50),
          f(row.api?.latencyMs.p95),
          f(row.api?.latencyMs.p99),
          f(row.api?.throughput, 0),
          f(row.driver.latencyMs.p50),
          f(row.driver.latencyMs.p95),
          f(row.driver.latencyMs.p99),
          f(row.driver.throughput, 0),
          f(row.bareHttp?.latencyMs.p50),
          f(row.ratio?.p50, 2),
          f(row.ratio?.p95, 2),
          f(row.ratio?.bareHttpP50, 2),
          mark(ok),
          row.note ?? "",
        ];
      }),
    );
  }
  if (r.render.length)
    table(
      "Rendering (ms; ours = explorer canvas on /bench-canvas, bare = sigma.js defaults, LOD = bare + hide edges/labels on move; targets: first frame <= 1.2x, frame <= 1.0x, <= 0.5x from 20k)",
      ["nodes", "edges", "1st ours", "1st bare", "x", "frame p50 ours", "bare", "bare+LOD", "bare-as-ours", "x", "p95 ours", "bare", "x", "", "FA2 it/s ours", "bare", "layout frame ms", "at rest", "x (<= 1.2)", "error"],
      r.render.map((x) => {
        const frameTarget = x.nodes >= 20_000 ? 0.5 : 1.0;
        const ok = Number.isFinite(x.ratio.firstFrame) ? x.ratio.firstFrame <= 1.2 && x.ratio.frameP50 <= frameTarget : null;
        return [
          x.nodes,
          x.edges,
          f(x.ours?.firstFrameMs, 0),
          f(x.bare?.firstFrameMs, 0),
          f(x.ratio.firstFrame, 2),
          f(x.ours?.frameMs.p50),
          f(x.bare?.frameMs.p50),
          f(x.bareLod?.frameMs.p50),
          f(x.bareAsOurs?.frameMs.p50),
          f(x.ratio.frameP50, 2),
          f(x.ours?.frameMs.p95),
          f(x.bare?.frameMs.p95),
          f(x.ratio.frameP95, 2),
          mark(ok),
          f(x.ours?.layout?.itersPerSec),
          f(x.bare?.layout?.itersPerSec),
          f(x.ours?.layout?.frameMs.p50),
          f(x.ours?.redraw?.frameMs.p50),
          x.ratio.layoutFrameVsRest == null ? "" : `${f(x.ratio.layoutFrameVsRest, 2)} ${mark(x.ratio.layoutFrameVsRest <= 1.2)}`,
          x.error ?? "",
        ];
      }),
    );
  if (r.overview?.length)
    table(
      "Overview (/explore with no start: the whole ecosystem, coloured by community; bare = sigma.js defaults, same graph, same canvas size; ms)",
      ["data", "nodes", "edges", "canvas", "1st /explore", "1st bare", "x", "ready (layout done)", "frame p50 /explore", "bare", "x", "p95 /explore", "bare", "x", "error"],
      r.overview.map((o) => [
        o.data,
        o.nodes,
        o.edges,
        o.canvas ? `${o.canvas.width}x${o.canvas.height}` : "—",
        f(o.explore?.firstFrameMs, 0),
        f(o.bare?.firstFrameMs, 0),
        f(o.ratio.firstFrame, 2),
        f(o.explore?.readyMs, 0),
        f(o.explore?.frameMs.p50),
        f(o.bare?.frameMs.p50),
        f(o.ratio.frameP50, 2),
        f(o.explore?.frameMs.p95),
        f(o.bare?.frameMs.p95),
        f(o.ratio.frameP95, 2),
        o.error ?? "",
      ]),
    );
  if (r.analysis) {
    const a = r.analysis;
    table(
      "Analysis in the worker (postMessage to done, p50 of fresh workers) vs bare graphology (pagerank, louvain, betweenness up to 5k) on the main thread (cold); ms",
      ["nodes", "edges", "betweenness", "worker", "bare", "x", "analyse() main", "worker/analyse()", "analyse()/bare", "post", "longest main frame", "worker stages"],
      a.worker.map((w) => [
        w.nodes,
        w.edges,
        w.betweenness ? "yes" : "no",
        f(w.worker.p50, 0),
        f(w.bare.p50, 0),
        f(w.ratio, 2),
        f(w.main?.p50, 0),
        f(w.ratioWorkerVsMain, 2),
        f(w.ratioMainVsBare, 2),
        f(Math.max(...w.worker.postMs)),
        f(Math.max(...w.worker.longestFrameMs)),
        Object.entries(w.worker.stages)
          .map(([k, v]) => `${k} ${f(v, 0)}`)
          .join(", "),
      ]),
    );
    table(
      `analyse() on the main thread (ms; use-analysis.ts runs it there up to ${a.threshold.workerAbove} nodes; budget ${a.threshold.budgetMs} ms)`,
      ["graph", "nodes", "edges", "Node first", "Node warm p50", "browser first", "browser warm p50", "", "Node stages (warm)"],
      a.main.map((m) => [
        m.graph,
        m.nodes,
        m.edges,
        f(m.node.firstMs),
        f(m.node.p50),
        f(m.browser?.firstMs),
        f(m.browser?.p50),
        m.nodes <= a.threshold.workerAbove ? mark(Math.max(m.node.p50, m.browser?.p50 ?? 0) <= a.threshold.budgetMs) : "(worker)",
        Object.entries(m.node.stages)
          .map(([k, v]) => `${k} ${f(v, 0)}`)
          .join(", "),
      ]),
    );
    console.log(
      `  largest BFS graph within ${a.threshold.budgetMs} ms on the main thread (Node and browser, warm p50): ${a.threshold.largestWithinBudget ?? "none"} nodes; worker above ${a.threshold.workerAbove}`,
    );
    if (a.error) console.log(`  analysis error: ${a.error}`);
  }
  if (r.bundle.length)
    table(
      "First-load JavaScript (gzip; target /explore <= 300 kB)",
      ["route", "files", "raw kB", "gzip kB", "next build says", ""],
      r.bundle.map((b) => [b.route, b.files, f(b.rawKb), f(b.gzipKb), b.nextReported ?? "", b.route === "/explore" ? mark(b.gzipKb <= 300) : ""]),
    );
  for (const s of r.skipped) console.log(`skipped: ${s}`);
  for (const e of r.errors) console.log(`error: ${e.split("\n")[0]}`);
}
