/**
 * The overview's frame cost (issue 13): `/explore` with no parameters — the whole ecosystem, up to OVERVIEW_LIMIT
 * entities, coloured by community — in headless Chromium, beside the bare sigma.js page (bench/bare) drawing the
 * same graph at the positions the explorer's layout ends with, on a canvas of the explorer's canvas size. Run on
 * the bench Neo4j's synthetic data (1,500 entities: the overview's cap) and on graph-seed/ecosystem (the real one).
 * First frame: navigation to the end of the first drawn frame (median of three cold loads); frame: pan and zoom once
 * the explorer reports itself ready (data in, layout done).
 */
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { build } from "esbuild";
import { chromium, type Browser } from "playwright-core";
import { ROOT } from "../lib/dev/embedded";
import { run } from "../lib/dev/processes";
import { OVERVIEW_LIMIT } from "../lib/explore/limits";
import { mergeInto, newDataGraph } from "../lib/graph/data-graph";
import { prepareLayout, runLayout, seedPosition } from "../lib/graph/layout";
import type { SerializedGraph } from "../lib/graph/model";
import { newSigmaGraph, syncSigmaGraph } from "../lib/graph/sigma-graph";
import { DEFAULT_VIEW_SETS } from "../lib/views";
import { CHROMIUM_ARGS } from "../playwright.config";
import { startApp } from "./api";
import {
  BENCH_APP_PORT,
  BENCH_STATIC_PORT,
  bin,
  freshNeo4j,
  log,
  neo4jEnv,
  ratio,
  round,
  summarize,
  type Summary,
} from "./common";
import type { SizeName } from "./generate";
import {
  coldFirstFrame,
  frames,
  INSTRUMENT,
  loadTimes,
  openDrawn,
  panAndZoom,
  serveStatic,
  type LoadTimes,
} from "./render";

export interface OverviewRow {
  /** Which data: "synthetic S" (the bench set) or "graph-seed (ecosystem + since-2023)". */
  data: string;
  nodes: number;
  edges: number;
  /** The explorer's canvas in CSS pixels (the bare page's is made the same). */
  canvas: { width: number; height: number } | null;
  explore: {
    firstFrameMs: number;
    loads: LoadTimes[];
    /** Navigation to `data-ready="true"` (the data in, the layout done, the analysis the colours need answered). */
    readyMs: number;
    frameMs: Summary;
  } | null;
  bare: { firstFrameMs: number; loads: LoadTimes[]; frameMs: Summary } | null;
  ratio: { firstFrame: number; frameP50: number; frameP95: number };
  error?: string;
}

const VIEWPORT = { width: 1280, height: 800 };

/** The overview as the bare page's graph, at the positions the explorer's own deterministic layout gives it. */
function withLayout(g: SerializedGraph) {
  const data = newDataGraph();
  mergeInto(data, g);
  const sigma = newSigmaGraph();
  syncSigmaGraph(sigma, data, "en", (id) => seedPosition(id, data.order));
  const positions = runLayout(prepareLayout(sigma, new Map()));
  return {
    nodes: g.nodes.map((n) => ({ key: n.key, attributes: { label: n.attributes.label, type: n.attributes.type } })),
    edges: g.edges.map((e) => ({ key: e.key, source: e.source, target: e.target })),
    positions: Object.fromEntries([...positions].map(([id, p]) => [id, [p.x, p.y]])),
  };
}

/** Measures the overview on the app now running on BENCH_APP_PORT. Never throws: a failure is the row's `error`. */
export async function benchOverview(label: string): Promise<OverviewRow> {
  const row: OverviewRow = {
    data: label,
    nodes: 0,
    edges: 0,
    canvas: null,
    explore: null,
    bare: null,
    ratio: { firstFrame: NaN, frameP50: NaN, frameP95: NaN },
  };
  const dir = path.join(ROOT, ".data", "bench-overview");
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  let server: http.Server | undefined;
  let browser: Browser | undefined;
  try {
    const app = `http://127.0.0.1:${BENCH_APP_PORT}`;
    const res = await fetch(`${app}/api/overview?limit=${OVERVIEW_LIMIT}`);
    if (!res.ok) throw new Error(`GET /api/overview: ${res.status}`);
    const g = (await res.json()) as SerializedGraph;
    row.nodes = g.nodes.length;
    row.edges = g.edges.length;
    log(`overview (${label}): ${row.nodes} nodes, ${row.edges} relationships; laying it out as the explorer does…`);
    fs.writeFileSync(path.join(dir, "overview.json"), JSON.stringify(withLayout(g)));
    await build({
      entryPoints: [path.join(ROOT, "bench", "bare", "main.ts")],
      bundle: true,
      minify: true,
      format: "iife",
      outfile: path.join(dir, "bare.js"),
      logLevel: "warning",
    });
    fs.copyFileSync(path.join(ROOT, "bench", "bare", "index.html"), path.join(dir, "index.html"));
    server = await serveStatic(dir);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: CHROMIUM_ARGS,
    });

    // The explorer: two cold loads, then a third kept open for the frames once the layout is done.
    const url = `${app}/en/explore`; // the page itself, not the redirect to a locale (proxy.ts)
    const loads = [await coldFirstFrame(browser, url), await coldFirstFrame(browser, url)];
    const context = await browser.newContext({ viewport: VIEWPORT });
    try {
      const page = await context.newPage();
      await page.addInitScript(INSTRUMENT);
      await openDrawn(page, url);
      loads.push(await loadTimes(page));
      await page.waitForSelector('[data-testid="explorer"][data-ready="true"]', { timeout: 300_000 });
      const readyMs = await page.evaluate(() => performance.now());
      const box = await page.locator('section[aria-label="Graph"]').boundingBox();
      if (!box) throw new Error("no graph section on /explore");
      row.canvas = { width: Math.round(box.width), height: Math.round(box.height) };
      await page.waitForTimeout(1_000);
      const frameMs = summarize(await frames(page, () => panAndZoom(page, row.nodes, box)));
      row.explore = {
        firstFrameMs: loads.map((l) => l.firstFrameMs).sort((a, b) => a - b)[1],
        loads,
        readyMs: round(readyMs, 0),
        frameMs,
      };
    } finally {
      await context.close();
    }

    // The bare page, the same graph on a canvas of the same size at the top left.
    const st = `http://127.0.0.1:${BENCH_STATIC_PORT}`;
    const bareUrl = `${st}/index.html?w=${row.canvas.width}&h=${row.canvas.height}&src=${encodeURIComponent(`${st}/overview.json`)}`;
    const bareLoads = [await coldFirstFrame(browser, bareUrl), await coldFirstFrame(browser, bareUrl)];
    const bareContext = await browser.newContext({ viewport: VIEWPORT });
    try {
      const page = await bareContext.newPage();
      await page.addInitScript(INSTRUMENT);
      await openDrawn(page, bareUrl);
      bareLoads.push(await loadTimes(page));
      await page.waitForTimeout(1_000);
      const frameMs = summarize(await frames(page, () => panAndZoom(page, row.nodes, { x: 0, y: 0, ...row.canvas! })));
      row.bare = {
        firstFrameMs: bareLoads.map((l) => l.firstFrameMs).sort((a, b) => a - b)[1],
        loads: bareLoads,
        frameMs,
      };
    } finally {
      await bareContext.close();
    }
    row.ratio = {
      firstFrame: ratio(row.explore.firstFrameMs, row.bare.firstFrameMs),
      frameP50: ratio(row.explore.frameMs.p50, row.bare.frameMs.p50),
      frameP95: ratio(row.explore.frameMs.p95, row.bare.frameMs.p95),
    };
  } catch (e) {
    row.error = (e as Error).message.split("\n")[0];
  } finally {
    await browser?.close().catch(() => undefined);
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
    fs.rmSync(dir, { recursive: true, force: true });
  }
  log(
    `overview (${label}, ${row.nodes} nodes / ${row.edges} relationships, canvas ${row.canvas?.width}x${row.canvas?.height}): ` +
      `first frame /explore ${row.explore?.firstFrameMs} ms (${row.explore?.loads.map((l) => l.firstFrameMs).join("/")}) / bare ${row.bare?.firstFrameMs} ms = ${row.ratio.firstFrame}; ` +
      `ready (layout done) ${row.explore?.readyMs} ms; frame p50 ${round(row.explore?.frameMs.p50 ?? NaN, 1)} / ${round(row.bare?.frameMs.p50 ?? NaN, 1)} ms = ${row.ratio.frameP50}` +
      (row.error ? ` — ${row.error}` : ""),
  );
  return row;
}

/**
 * The real ecosystem's overview: the default seed sets (graph-seed/ecosystem, then graph-seed/since-2023 when
 * present: what `npm run db:seed` writes) in a fresh bench Neo4j, and a new app server on them with their views
 * (handed to `onApp`, so the caller stops it whatever happens).
 */
export async function benchSeedOverview(size: SizeName, onApp: (app: ChildProcess) => void): Promise<OverviewRow> {
  const sets = DEFAULT_VIEW_SETS.filter((s) => fs.existsSync(path.join(ROOT, "graph-seed", s, "data")));
  const label = `graph-seed (${sets.join(" + ")})`;
  log(`overview: seeding ${label} into a fresh bench Neo4j…`);
  await freshNeo4j(size);
  if ((await run(bin("tsx"), ["scripts/seed.ts"], neo4jEnv())) !== 0) throw new Error(`db:seed ${label} failed`);
  const views = sets.map((s) => path.join(ROOT, "graph-seed", s, "views.json")).filter((f) => fs.existsSync(f));
  onApp(await startApp(views.join(",")));
  return benchOverview(label);
}
