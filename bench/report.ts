/** The table printed at the end of `npm run bench`: every figure beside its baseline, the ratio, and the target. */
import { LOCALE_GROWTH_TARGET, PRE_LANGUAGE_JS_KB } from "./bundle";
import { round } from "./common";
import { LIGHTHOUSE_TARGETS } from "./lighthouse";
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
      `API, size ${a.size} (ms; api / driver ratio; target p50 ratio <= 1.5x; search and neighbourhoods at 8 and 32 clients: p95 ratio < 2x${a.size === "M" ? ", neighbourhood-1 x32 p95 <= 30 ms, search p95 <= 50 ms" : ""}) — server RSS max ${a.serverRssMb.max} MB, mean ${a.serverRssMb.mean} MB; Next floor (cached GET /api/views) p50 ${a.floorMs?.p50 ?? "—"} ms`,
      ["scenario", "clients", "api p50", "p95", "p99", "req/s", "driver p50", "p95", "p99", "req/s", "bare http p50", "p50 x", "p95 x", "bare http x", "", "note"],
      a.rows.map((row) => {
        let ok: boolean | null = row.ratio ? row.ratio.p50 <= 1.5 : null;
        // Issue 18: under load (8 and 32 clients) search and neighbourhoods keep p95 within 2x of the driver's.
        if (row.ratio && row.concurrency >= 8 && /^(search|neighborhood)/.test(row.scenario)) ok = row.ratio.p95 < 2;
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
    if (a.revalidation?.length)
      table(
        `API, size ${a.size}: the same 64 paths in full and revalidated with their ETag (If-None-Match; 304 without running the query)`,
        ["scenario", "clients", "full p50", "p95", "req/s", "revalidated p50", "p95", "req/s", "304s", "throughput x"],
        a.revalidation.map((v) => [
          v.scenario,
          v.concurrency,
          f(v.full.latencyMs.p50),
          f(v.full.latencyMs.p95),
          f(v.full.throughput, 0),
          f(v.revalidated.latencyMs.p50),
          f(v.revalidated.latencyMs.p95),
          f(v.revalidated.throughput, 0),
          `${Math.round((100 * (v.revalidated.statuses["304"] ?? 0)) / Math.max(1, v.revalidated.ok))} %`,
          f(v.ratio?.throughput, 2),
        ]),
      );
  }
  for (const p of r.preview ?? []) printPreview(p);
  if (r.render.length)
    table(
      "Rendering (ms; ours = explorer canvas on /bench-canvas, bare = sigma.js defaults, LOD = bare + hide edges/labels on move; targets: first frame <= 1.2x, frame <= 1.0x, <= 0.5x from 20k)",
      ["nodes", "edges", "1st ours", "1st bare", "x", "frame p50 ours", "bare", "bare+LOD", "bare-as-ours", "x", "p95 ours", "bare", "x", "", "FA2 it/s ours", "bare", "layout frame ms", "at rest", "x (<= 1.2)", "heap MB ours", "bare", "error"],
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
          f(x.ours?.memory?.sumMB),
          f(x.bare?.memory?.sumMB),
          x.error ?? "",
        ];
      }),
    );
  if (r.render.some((x) => x.peers)) printPeers(r.render);
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
  if (r.timeline?.length) printTimeline(r.timeline);
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
  if (r.exports?.length)
    table(
      "Exports at 20k nodes in Node (writeExport vs the bare library call; median of 3; heap: heapUsed growth across the call)",
      ["format", "nodes", "edges", "MB", "ours ms", "bare ms", "x", "ours heap MiB", "bare heap MiB", "x heap", "bare"],
      r.exports.map((e) => [e.format, e.nodes, e.edges, f(e.bytes / 1e6, 1), f(e.ours.p50, 0), f(e.bare.p50, 0), f(e.ratio, 2), f(e.ours.heapMiB, 1), f(e.bare.heapMiB, 1), f(e.ratioHeap, 2), e.bare.what]),
    );
  if (r.bundle.length)
    table(
      "First-load JavaScript (gzip; target /explore <= 300 kB)",
      ["route", "files", "raw kB", "gzip kB", "next build says", ""],
      r.bundle.map((b) => [b.route, b.files, f(b.rawKb), f(b.gzipKb), b.nextReported ?? "", b.route === "/explore" ? mark(b.gzipKb <= 300) : ""]),
    );
  if (r.localePages?.length)
    table(
      `Interface languages at first load (gzip, real seed data; target: growth <= ${Math.round((LOCALE_GROWTH_TARGET - 1) * 100)} % — JS over the last build before the languages, JS + HTML over English)`,
      ["page", "scripts", "JS kB", "JS / before languages", "HTML kB", "of it RSC payload", "JS + HTML kB", "/ English", ""],
      r.localePages.map((p) =>
        p.error
          ? [`/${p.locale}${p.route}`, "—", "—", "—", "—", "—", "—", "—", p.error]
          : [
              `/${p.locale}${p.route}`,
              p.scripts,
              f(p.jsGzipKb),
              p.jsVsPreLanguage === null ? "—" : `${f(p.jsVsPreLanguage, 3)} (${PRE_LANGUAGE_JS_KB[p.route]} kB)`,
              f(p.htmlGzipKb),
              f(p.payloadGzipKb),
              f(p.totalGzipKb),
              f(p.vsEnglish, 3),
              mark((p.jsVsPreLanguage ?? 1) <= LOCALE_GROWTH_TARGET && p.vsEnglish <= LOCALE_GROWTH_TARGET),
            ],
      ),
    );
  if (r.lighthouse?.rows.length) printLighthouse(r.lighthouse);
  for (const s of r.skipped) console.log(`skipped: ${s}`);
  for (const e of r.errors) console.log(`error: ${e.split("\n")[0]}`);
}

/** The open-source peers beside the explorer's canvas at each size: the peer's figure and ours / peer (< 1: we are ahead). */
function printPeers(rows: BenchResults["render"]): void {
  const peers = [...new Set(rows.flatMap((x) => Object.keys(x.peers ?? {})))] as (keyof NonNullable<(typeof rows)[number]["peers"]>)[];
  const versions = peers.map((p) => {
    const r = rows.find((x) => x.peers?.[p])?.peers?.[p]?.renderer;
    return r ? `${r.package} ${r.version}` : p;
  });
  const x = (v: number | null | undefined) => (v === null || v === undefined || !Number.isFinite(v) ? "—" : `${f(v, 2)}`);
  table(
    `Peers (${versions.join(", ")}; same graph, same measures; ms, heap MB; "x" = ours / peer, < 1: the explorer ahead; "sigma x" = bare sigma.js / peer)`,
    ["nodes", "peer", "1st peer", "x", "sigma x", "frame p50 peer", "x", "sigma x", "p95 peer", "x", "layout frame peer", "x", "it/s", "heap peer", "x", "note"],
    rows.flatMap((row) =>
      peers.map((p) => {
        const pr = row.peers?.[p];
        const m = pr?.measure;
        const notes = [pr?.error, ...Object.entries(m?.phaseErrors ?? {}).map(([k, v]) => `${k}: ${v}`)].filter(Boolean);
        return [
          row.nodes,
          p,
          f(m?.firstFrameMs, 0),
          x(pr?.ratio.firstFrame),
          x(pr?.bareRatio.firstFrame),
          f(m?.frameMs.p50),
          x(pr?.ratio.frameP50),
          x(pr?.bareRatio.frameP50),
          f(m?.frameMs.p95),
          x(pr?.ratio.frameP95),
          f(m?.layout?.frameMs.p50),
          x(pr?.ratio.layoutFrame),
          f(m?.layout?.itersPerSec),
          f(m?.memory?.sumMB),
          x(pr?.ratio.memory),
          notes.join("; "),
        ];
      }),
    ),
  );
}

/** Lighthouse's scores and metrics per page (medians of the runs), each beside its target. */
function printLighthouse(l: NonNullable<BenchResults["lighthouse"]>): void {
  const t = LIGHTHOUSE_TARGETS;
  const cell = (x: number | null | undefined, ok: boolean | null, d = 0) => `${f(x, d)}${ok === false ? " MISS" : ""}`;
  table(
    `Lighthouse ${l.lighthouseVersion ?? ""} (${l.formFactor ?? "?"} emulation, ${l.throttlingMethod ?? "?"} throttling; median of ${l.runsPerPage} runs; ${l.data}) — targets: performance >= ${t.performance}, CLS < ${t.clsBelow}, TBT < ${t.tbtBelowMs} ms`,
    ["page", "performance", "accessibility", "best practices", "SEO", "CLS", "TBT ms", "LCP ms", "FCP ms", "", "failing audits (runs)", "error"],
    l.rows.map((x) => {
      const m = x.median;
      return [
        `${x.page} (${x.path})`,
        cell(m?.performance, m ? (m.performance ?? 0) >= t.performance : null),
        f(m?.accessibility, 0),
        f(m?.bestPractices, 0),
        f(m?.seo, 0),
        cell(m?.cls, m ? m.cls < t.clsBelow : null, 3),
        cell(m?.tbtMs, m ? m.tbtMs < t.tbtBelowMs : null),
        f(m?.lcpMs, 0),
        f(m?.fcpMs, 0),
        mark(x.ok),
        x.failing.map((a) => (a.runs < x.completed ? `${a.id} (${a.runs}/${x.completed})` : a.id)).join(", "),
        x.error ?? "",
      ];
    }),
  );
}

/** Link-preview images per kind of link and round, each beside the plain picture (next/og's floor in this server). */
function printPreview(p: NonNullable<BenchResults["preview"]>[number]): void {
  table(
    `Link previews, size ${p.size} (GET /api/preview, 1200x630 PNG; ms per image; "x plain" = p50 / the plain picture's p50 ${f(p.plain.p50)} ms, p95 ${f(p.plain.p95)} ms)`,
    ["round", "clients", "link", "images", "p50", "p95", "kB", "statuses", "x plain"],
    p.rows.map((x) => [
      x.round,
      x.clients,
      x.kind,
      x.ms.n,
      f(x.ms.p50),
      f(x.ms.p95),
      f(x.bytes / 1000, 0),
      Object.entries(x.statuses)
        .map(([k, v]) => `${k} x${v}`)
        .join(" "),
      f(x.xPlain, 2),
    ]),
  );
  console.log(
    `  revalidated (If-None-Match) / first p50 ${f(p.ratio.revalidated, 2)}; repeat without validator / first ${f(p.ratio.repeat, 2)} (drawn again: the server keeps no picture; below 1 is Neo4j and the JIT warmer); ` +
      `images/s ${f(p.throughput.one)} at 1 client, ${f(p.throughput.many)} at ${p.throughput.clients}${p.error ? ` — error: ${p.error}` : ""}`,
  );
}

/** The timeline playing beside the same page at rest with the camera moved. */
function printTimeline(rows: NonNullable<BenchResults["timeline"]>): void {
  type Long = NonNullable<NonNullable<(typeof rows)[number]["playing"]>["longFrames"]>;
  const share = (l: Long | null | undefined) => (l?.share ? `${f(l.share.beforeRender, 2)} / ${f(l.share.styleLayout, 2)}` : "—");
  table(
    "Timeline playing (Play at 0.5 s per step, first bucket to last) vs the same page at rest, camera moved (pan/zoom); ms; long frames = Long Animation Frames >= 50 ms",
    ["data", "nodes", "edges", "steps", "frame p50 playing", "p95", "at rest p50", "p95", "x p50", "x p95", "step to frame p50", "p95", "drawn/step", "long frames playing", "blocking ms/s", "scripts / style+layout", "at rest", "ms/s", "scripts / style+layout", "x blocking", "error"],
    rows.map((t) => [
      t.data,
      t.nodes,
      t.edges,
      t.playing ? `${t.playing.steps} (${t.playing.granularity})` : "—",
      f(t.playing?.frameMs.p50),
      f(t.playing?.frameMs.p95),
      f(t.atRest?.frameMs.p50),
      f(t.atRest?.frameMs.p95),
      f(t.ratio.frameP50, 2),
      f(t.ratio.frameP95, 2),
      f(t.playing?.stepToFrameMs.p50, 0),
      f(t.playing?.stepToFrameMs.p95, 0),
      f(t.playing?.drawnPerStep),
      f(t.playing?.longFrames?.count, 0),
      f(t.playing?.longFrames?.blockingMsPerSec),
      share(t.playing?.longFrames),
      f(t.atRest?.longFrames?.count, 0),
      f(t.atRest?.longFrames?.blockingMsPerSec),
      share(t.atRest?.longFrames),
      f(t.ratio.blocking, 2),
      t.error ?? "",
    ]),
  );
}
