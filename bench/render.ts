/**
 * Rendering in headless Chromium: time from navigation to the first drawn frame, and frame times while panning
 * and zooming, with 1k / 5k / 20k / 50k nodes in view, on our canvas (the explorer's GraphCanvas on
 * /bench-canvas, fed through the explorer's real data-graph -> sigma-graph pipeline) against a bare sigma.js page
 * drawing the same graph (bench/bare, bundled with esbuild). Plus ForceAtlas2 iterations per second in the worker
 * and frame times while it runs. A third page, the bare one with sigma's hideEdgesOnMove / hideLabelsOnMove,
 * measures what level of detail while moving would give. The JS heap of each page once drawn. And the open-source
 * peers a user would pick instead (bench/peer-vis: vis-network, the engine of neovis.js; bench/peer-cytoscape:
 * cytoscape.js), drawing the same graph and measured the same way, each bounded in time (PEER_DRAW_TIMEOUT_MS).
 */
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { chromium, type Browser, type Page } from "playwright-core";
import { ROOT } from "../lib/dev/embedded";
import { hashString } from "../lib/graph/style";
import { BENCH_APP_PORT, BENCH_STATIC_PORT, log, ratio, round, summarize, type Summary } from "./common";
import { generate } from "./generate";
import { PEERS, type PeerName } from "./peer-common/settings";
import { CHROMIUM_ARGS } from "../playwright.config";

/** Where the render bench writes its graphs; the app serves them from /bench-canvas/graph/<name>. */
export const RENDER_GRAPH_DIR = path.join(ROOT, ".data", "bench-render");
export const RENDER_SIZES = [1_000, 5_000, 20_000, 50_000];
/**
 * A peer's bounds: each load's wait for its first drawn frame, and the pan/zoom and the layout phases. Past one,
 * that figure is recorded as "did not draw in N s" (and the peer is not tried at larger sizes); the run goes on.
 */
export const PEER_DRAW_TIMEOUT_MS = 45_000;
export const PEER_PHASE_TIMEOUT_MS = 60_000;

type PageKind = "ours" | "bare" | "bare-lod" | "bare-as-ours";
export interface RenderMeasure {
  firstFrameMs: number;
  /** Each load: the graph built and handed to sigma (`__bench.loaded`), the first draw call, the first frame's end. */
  loads?: { readyMs: number; firstDrawMs: number; firstFrameMs: number }[];
  /** Frame intervals (rAF to rAF) while panning then zooming. */
  frameMs: Summary;
  /** Frame intervals while the layout runs, and the layout's iterations per second. */
  layout?: { frameMs: Summary; itersPerSec: number; iterations: number };
  /** Frame intervals while the whole graph is redrawn every frame without the layout (ours only). */
  redraw?: { frameMs: Summary };
  /** The page's heap once drawn (1 s after the first frame, after a forced GC). */
  memory?: HeapUsage;
  /** A phase that did not finish within its bound (peers only): its figures are absent or NaN, the others kept. */
  phaseErrors?: { memory?: string; frame?: string; layout?: string };
}
/** CDP `Runtime.getHeapUsage` after `HeapProfiler.collectGarbage`, in MB (10^6 bytes). */
export interface HeapUsage {
  /** Used JS heap (V8). */
  usedMB: number;
  /** Allocated JS heap. */
  totalMB: number;
  /** Used in Blink's garbage-collected heap (DOM objects). */
  embedderMB: number;
  /** Backing stores of ArrayBuffers (typed arrays: sigma's vertex data lives here) and external strings. */
  backingStoreMB: number;
  /** usedMB + embedderMB + backingStoreMB: the figure the ratios compare. */
  sumMB: number;
}
/** A peer renderer at one size: the same figures as the bare page, the explorer's over them, and sigma's. */
export interface PeerRow {
  /** npm package, exact version, licence and the settings its page uses (bench/peer-common/settings.ts). */
  renderer: { package: string; version: string; licence: string; settings: Record<string, string> };
  measure: RenderMeasure | null;
  /** ours / peer (< 1: the explorer is ahead). layoutFrame: frame p50 while each one's own layout runs. */
  ratio: PeerRatio;
  /** bare sigma.js (defaults) / peer: the libraries beside each other. */
  bareRatio: PeerRatio;
  /** Why there is no measure (e.g. "did not draw in 45 s", "not tried: did not draw at 20000 nodes"). */
  error?: string;
}
export interface PeerRatio {
  firstFrame: number;
  frameP50: number;
  frameP95: number;
  layoutFrame: number | null;
  memory: number | null;
}
export interface RenderRow {
  nodes: number;
  edges: number;
  ours: RenderMeasure | null;
  bare: RenderMeasure | null;
  bareLod: RenderMeasure | null;
  /** The bare page with the explorer canvas's sigma settings (arrows, edge events, zIndex, label settings). */
  bareAsOurs: RenderMeasure | null;
  ratio: {
    firstFrame: number;
    frameP50: number;
    frameP95: number;
    fa2: number | null;
    layoutFrameVsPan: number | null;
    /** Frame while the layout runs / frame redrawing the same graph at rest (the target: <= 1.2). */
    layoutFrameVsRest: number | null;
  };
  /** The open-source peers (absent in results from before they were added). */
  peers?: Partial<Record<PeerName, PeerRow>>;
  error?: string;
}

/** A connected piece of the synthetic ecosystem: BFS from the hubs, positions around each BFS parent. */
export function benchGraph(n: number, source: ReturnType<typeof generate>) {
  const adj = new Map<string, string[]>();
  for (const r of source.relationships) {
    (adj.get(r.from) ?? adj.set(r.from, []).get(r.from)!).push(r.to);
    (adj.get(r.to) ?? adj.set(r.to, []).get(r.to)!).push(r.from);
  }
  const byId = new Map(source.nodes.map((x) => [x.id, x]));
  const pos = new Map<string, [number, number]>();
  const depth = new Map<string, number>();
  const queue: string[] = [];
  source.hubs.forEach((h, i) => {
    const a = (2 * Math.PI * i) / source.hubs.length;
    pos.set(h, [1000 * Math.cos(a), 1000 * Math.sin(a)]);
    depth.set(h, 0);
    queue.push(h);
  });
  for (let q = 0; q < queue.length && pos.size < n; q++) {
    const p = queue[q];
    const [px, py] = pos.get(p)!;
    for (const m of adj.get(p) ?? []) {
      if (pos.has(m) || pos.size >= n) continue;
      const a = (hashString(m) / 2 ** 32) * 2 * Math.PI;
      const rad = (60 + (hashString(m, 7) / 2 ** 32) * 400) / (1 + depth.get(p)!);
      pos.set(m, [px + rad * Math.cos(a), py + rad * Math.sin(a)]);
      depth.set(m, depth.get(p)! + 1);
      queue.push(m);
    }
  }
  const nodes = [...pos.keys()].map((id) => {
    const s = byId.get(id)!;
    return { key: id, attributes: { label: s.name, type: s.label, name: s.name, name_zh: s.name_zh, name_ja: s.name_ja } };
  });
  const edges: { key: string; source: string; target: string; attributes: { type: string } }[] = [];
  for (const r of source.relationships) {
    if (edges.length >= 2 * n) break; // about two relationships per node, like the reference figures
    if (pos.has(r.from) && pos.has(r.to)) {
      edges.push({ key: `${r.from}-${r.type}->${r.to}`, source: r.from, target: r.to, attributes: { type: r.type } });
    }
  }
  return {
    attributes: {},
    options: { type: "directed", multi: true, allowSelfLoops: true },
    nodes,
    edges,
    positions: Object.fromEntries(pos),
  };
}

/** Static files with CORS (the bench canvas page on the app's port fetches the graphs from here). */
export function serveStatic(dir: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const name = path.basename(new URL(req.url ?? "/", "http://x").pathname) || "index.html";
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const type = name.endsWith(".html") ? "text/html" : name.endsWith(".js") ? "text/javascript" : "application/json";
    res.writeHead(200, { "content-type": type, "access-control-allow-origin": "*", "cache-control": "no-store" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(BENCH_STATIC_PORT, "127.0.0.1", () => resolve(server)));
}

/**
 * Injected before any page script: marks the first WebGL draw with something in it, then the end of that frame
 * (the next animation frame), and records animation-frame timestamps while `__rec` is on.
 */
export const INSTRUMENT = `(() => {
  const w = window;
  w.__frames = []; w.__rec = false; w.__drew = false;
  // Each entry: [timestamp, whether anything was drawn since the previous animation frame].
  const tick = (t) => { if (w.__rec) w.__frames.push([t, w.__drew]); w.__drew = false; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  const mark = () => {
    w.__drew = true;
    if (w.__firstDraw !== undefined) return;
    w.__firstDraw = performance.now();
    requestAnimationFrame(() => { w.__firstFrame = performance.now(); });
  };
  w.__markDraw = mark;
  for (const C of [window.WebGL2RenderingContext, window.WebGLRenderingContext]) {
    if (!C) continue;
    const p = C.prototype;
    for (const name of ["drawArrays", "drawElements", "drawArraysInstanced", "drawElementsInstanced"]) {
      const orig = p[name];
      if (!orig) continue;
      p[name] = function (...a) {
        const count = name.startsWith("drawArrays") ? a[2] : a[1];
        const inst = name.endsWith("Instanced") ? a[name === "drawArraysInstanced" ? 3 : 4] : 1;
        if (count > 0 && inst > 0) mark();
        return orig.apply(this, a);
      };
    }
  }
})();`;

/**
 * Injected after INSTRUMENT on the peer pages, which draw with Canvas 2D (vis-network; cytoscape.js's labels and
 * overlays): a drawing call on a canvas in the document counts as a draw, as a WebGL draw call does (offscreen
 * canvases — caches, texture atlases — do not). The sigma pages keep INSTRUMENT alone (each of their frames
 * issues WebGL draw calls), so their figures stay comparable with earlier runs.
 */
export const INSTRUMENT_2D = `(() => {
  const w = window;
  const mark = w.__markDraw;
  const C = window.CanvasRenderingContext2D;
  if (!C || !mark) return;
  const p = C.prototype;
  for (const name of ["fill", "stroke", "fillRect", "strokeRect", "fillText", "strokeText", "drawImage", "putImageData"]) {
    const orig = p[name];
    if (!orig) continue;
    p[name] = function () {
      if (!w.__drew && this.canvas && this.canvas.isConnected) mark();
      return orig.apply(this, arguments);
    };
  }
})();`;

/**
 * Frame times during `action`: the intervals between animation frames in which something was drawn (sigma
 * renders in an animation frame; the interval to the next one is that frame's cost, at least one vsync).
 * Frames with nothing drawn (waiting for the next input event) are left out.
 */
export async function frames(page: Page, action: () => Promise<void>): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __frames: [number, boolean][]; __rec: boolean };
    w.__frames = [];
    w.__rec = true;
  });
  await action();
  const ts = await page.evaluate(() => {
    const w = window as unknown as { __frames: [number, boolean][]; __rec: boolean };
    w.__rec = false;
    return w.__frames;
  });
  const out: number[] = [];
  for (let i = 1; i < ts.length; i++) if (ts[i][1]) out.push(ts[i][0] - ts[i - 1][0]);
  return out;
}

/**
 * A drag out and back, then zooms in and out, from the centre of `box` (default: the viewport). Fewer steps for big
 * graphs (a frame takes seconds there).
 */
export async function panAndZoom(
  page: Page,
  nodes: number,
  box: { x: number; y: number; width: number; height: number } = { x: 0, y: 0, ...page.viewportSize()! },
): Promise<void> {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const steps = nodes >= 20_000 ? 8 : 20;
  const wheels = nodes >= 20_000 ? 2 : 4;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) await page.mouse.move(cx + (i * 240) / steps, cy + (i * 120) / steps);
  for (let i = steps - 1; i >= 0; i--) await page.mouse.move(cx + (i * 240) / steps, cy + (i * 120) / steps);
  await page.mouse.up();
  for (let i = 0; i < wheels; i++) {
    await page.mouse.wheel(0, i < wheels / 2 ? -240 : 240);
    await page.waitForTimeout(120);
  }
  await page.waitForTimeout(400);
}

export type LoadTimes = { readyMs: number; firstDrawMs: number; firstFrameMs: number };
export const loadTimes = (page: Page): Promise<LoadTimes> =>
  page.evaluate(() => {
    const w = window as unknown as { __firstFrame: number; __firstDraw: number; __bench?: { loaded?: number } };
    return { readyMs: Math.round(w.__bench?.loaded ?? NaN), firstDrawMs: Math.round(w.__firstDraw), firstFrameMs: Math.round(w.__firstFrame) };
  });

/** Opens `url` in `page` and waits for the end of its first drawn frame. */
export async function openDrawn(page: Page, url: string, timeoutMs = 180_000): Promise<void> {
  const start = Date.now();
  await page.goto(url, { waitUntil: "load", timeout: timeoutMs });
  await page.waitForFunction(() => (window as unknown as { __firstFrame?: number }).__firstFrame !== undefined, null, {
    timeout: Math.max(1, timeoutMs - (Date.now() - start)),
    polling: 100,
  });
}

/** INSTRUMENT, then `init` (the peers: INSTRUMENT_2D). */
async function instrument(page: Page, init: string[] = []): Promise<void> {
  await page.addInitScript(INSTRUMENT);
  for (const s of init) await page.addInitScript(s);
}

/** Navigation start to the end of the first frame that drew, in a fresh context. */
export async function coldFirstFrame(
  browser: Browser,
  url: string,
  opts: { timeoutMs?: number; init?: string[] } = {},
): Promise<LoadTimes> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await instrument(page, opts.init);
    await openDrawn(page, url, opts.timeoutMs);
    return await loadTimes(page);
  } finally {
    await context.close();
  }
}

/** The page's heap now, after a forced garbage collection (Chromium's DevTools protocol). */
export async function heapUsage(page: Page): Promise<HeapUsage> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("HeapProfiler.collectGarbage");
    const u = await cdp.send("Runtime.getHeapUsage");
    const mb = (b: number) => round(b / 1e6, 1);
    return {
      usedMB: mb(u.usedSize),
      totalMB: mb(u.totalSize),
      embedderMB: mb(u.embedderHeapUsedSize),
      backingStoreMB: mb(u.backingStorageSize),
      sumMB: mb(u.usedSize + u.embedderHeapUsedSize + u.backingStorageSize),
    };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Rejects with `message` after `ms` (the promise itself is left to settle, or to fail when its page closes). */
function within<T>(p: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new BoundError(message)), ms)));
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}
class BoundError extends Error {}
const seconds = (ms: number) => `${round(ms / 1000, 0)} s`;

export interface MeasureOptions {
  withLayout: boolean;
  layoutMs: number;
  withRedraw?: boolean;
  /** Init scripts after INSTRUMENT (the peers: INSTRUMENT_2D). */
  init?: string[];
  /** Each load's wait for the first drawn frame (default 180 s); past it, the measure fails with "did not draw in N s". */
  drawTimeoutMs?: number;
  /** Bound on the pan/zoom and on the layout phase (default none); past it, the phase is in `phaseErrors`. */
  phaseTimeoutMs?: number;
}

export async function measure(browser: Browser, url: string, nodes: number, opts: MeasureOptions): Promise<RenderMeasure> {
  const { withLayout, layoutMs, withRedraw = false, init, drawTimeoutMs = 180_000, phaseTimeoutMs } = opts;
  const drawn = async (p: Promise<unknown>) => {
    try {
      await p;
    } catch (e) {
      if (/Timeout .*exceeded/i.test((e as Error).message)) throw new Error(`did not draw in ${seconds(drawTimeoutMs)}`);
      throw e;
    }
  };
  const bounded = <T>(p: Promise<T>, what: string) =>
    phaseTimeoutMs === undefined ? p : within(p, phaseTimeoutMs, `${what} did not finish in ${seconds(phaseTimeoutMs)}`);
  // The first frame is the median of three loads, each in a new browser context (cold caches) with no other page
  // open (an open page keeps animation frames and the compositor busy): one load is too noisy on 2 shared cores.
  const loads: LoadTimes[] = [];
  for (let i = 0; i < 2; i++) {
    await drawn(coldFirstFrame(browser, url, { timeoutMs: drawTimeoutMs, init }).then((l) => loads.push(l)));
  }
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await instrument(page, init);
    await drawn(openDrawn(page, url, drawTimeoutMs));
    loads.push(await loadTimes(page));
    const firstFrameMs = loads.map((l) => l.firstFrameMs).sort((a, b) => a - b)[1];
    await page.waitForTimeout(1_000);
    const out: RenderMeasure = { firstFrameMs: round(firstFrameMs, 0), loads, frameMs: summarize([]) };
    try {
      out.memory = await bounded(heapUsage(page), "heap");
    } catch (e) {
      if (!(e instanceof BoundError)) throw e;
      out.phaseErrors = { memory: e.message, frame: "not measured: the page did not answer", layout: "not measured" };
      return out;
    }
    try {
      out.frameMs = summarize(await bounded(frames(page, () => panAndZoom(page, nodes)), "pan/zoom"));
    } catch (e) {
      if (!(e instanceof BoundError)) throw e;
      // The page is still busy with the moves: nothing more can be measured in it.
      out.phaseErrors = { ...out.phaseErrors, frame: e.message, ...(withLayout ? { layout: "not measured: pan/zoom did not finish" } : {}) };
      return out;
    }
    if (withLayout) {
      // Same page again, this time with the layout running: frames while it runs, and iterations per second.
      try {
        await bounded(
          (async () => {
            await drawn(openDrawn(page, url + "&layout=1", drawTimeoutMs));
            const lf = await frames(page, () => page.waitForTimeout(layoutMs));
            const entries = await page.evaluate(() => {
              const b = (window as unknown as { __bench: { layout: { done: number; t: number }[]; stopLayout?: () => void } }).__bench;
              b.stopLayout?.();
              return b.layout.filter((e) => e.done > 0);
            });
            const first = entries[0];
            const last = entries[entries.length - 1];
            const iters = first && last && last !== first ? last.done - first.done : 0;
            out.layout = {
              frameMs: summarize(lf),
              iterations: last?.done ?? 0,
              itersPerSec: iters > 0 ? round((iters / (last.t - first.t)) * 1000, 1) : 0,
            };
          })(),
          "layout",
        );
      } catch (e) {
        if (phaseTimeoutMs === undefined || (!(e instanceof BoundError) && !/^did not draw/.test((e as Error).message))) throw e;
        out.phaseErrors = { ...out.phaseErrors, layout: (e as Error).message };
        return out;
      }
    }
    if (withRedraw) {
      // The same page redrawing the whole graph every frame on the main thread, without the layout: the frame
      // "at rest" that a layout frame is compared with (each layout frame re-processes and redraws everything too).
      await openDrawn(page, url + "&redraw=1");
      await page.waitForTimeout(500);
      out.redraw = { frameMs: summarize(await frames(page, () => page.waitForTimeout(Math.min(layoutMs, 3_000)))) };
    }
    return out;
  } finally {
    await context.close();
  }
}

const peerRatio = (a: RenderMeasure | null, b: RenderMeasure | null): PeerRatio => ({
  firstFrame: a && b ? ratio(a.firstFrameMs, b.firstFrameMs) : NaN,
  frameP50: a && b ? ratio(a.frameMs.p50, b.frameMs.p50) : NaN,
  frameP95: a && b ? ratio(a.frameMs.p95, b.frameMs.p95) : NaN,
  layoutFrame: a?.layout && b?.layout ? ratio(a.layout.frameMs.p50, b.layout.frameMs.p50) : null,
  memory: a?.memory && b?.memory ? ratio(a.memory.sumMB, b.memory.sumMB) : null,
});

/** The installed version of an npm package (the peers are pinned exactly in package.json). */
function installedVersion(pkg: string): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules", pkg, "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return "not installed";
  }
}

/** Pushes a row per size into `rows` as it goes (so an interrupted run keeps what it measured). */
export async function benchRender(
  opts: { sizes?: number[]; layoutMs?: number; layoutUpTo?: number } = {},
  rows: RenderRow[] = [],
): Promise<RenderRow[]> {
  const sizes = opts.sizes ?? RENDER_SIZES;
  const dir = RENDER_GRAPH_DIR;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  let server: http.Server | undefined;
  let browser: Browser | undefined;
  try {
    log("render: generating graphs and bundling the bare sigma.js page and the peers…");
    const source = generate("M");
    for (const n of sizes) fs.writeFileSync(path.join(dir, `graph-${n}.json`), JSON.stringify(benchGraph(n, source)));
    await build({
      entryPoints: [path.join(ROOT, "bench", "bare", "main.ts")],
      bundle: true,
      minify: true,
      format: "iife",
      outfile: path.join(dir, "bare.js"),
      logLevel: "warning",
    });
    const html = fs.readFileSync(path.join(ROOT, "bench", "bare", "index.html"), "utf8");
    fs.writeFileSync(path.join(dir, "index.html"), html);
    fs.writeFileSync(
      path.join(dir, "lod.html"),
      html.replace('<script src="bare.js"></script>', '<script>window.__lod = true</script><script src="bare.js"></script>'),
    );
    // The peers: bench/peer-<name>/main.ts -> peer-<name>.js, index.html -> peer-<name>.html (the static server
    // serves one flat directory).
    for (const peer of PEERS) {
      await build({
        entryPoints: [path.join(ROOT, "bench", peer.page, "main.ts")],
        bundle: true,
        minify: true,
        format: "iife",
        outfile: path.join(dir, `${peer.page}.js`),
        logLevel: "warning",
      });
      fs.copyFileSync(path.join(ROOT, "bench", peer.page, "index.html"), path.join(dir, `${peer.page}.html`));
    }
    const renderers = Object.fromEntries(
      PEERS.map((p) => [p.name, { package: p.package, version: installedVersion(p.package), licence: p.licence, settings: p.settings }]),
    ) as Record<PeerName, PeerRow["renderer"]>;
    /** A peer that did not draw at a size is not tried at larger ones: the size where it stopped. */
    const gaveUp = new Map<PeerName, string>();
    server = await serveStatic(dir);
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
    const st = `http://127.0.0.1:${BENCH_STATIC_PORT}`;
    const urls: Record<PageKind, (n: number) => string> = {
      ours: (n) => `http://127.0.0.1:${BENCH_APP_PORT}/bench-canvas?src=${encodeURIComponent(`/bench-canvas/graph/graph-${n}.json`)}`,
      bare: (n) => `${st}/index.html?src=${encodeURIComponent(`${st}/graph-${n}.json`)}`,
      "bare-lod": (n) => `${st}/lod.html?src=${encodeURIComponent(`${st}/graph-${n}.json`)}`,
      "bare-as-ours": (n) => `${st}/index.html?as=ours&src=${encodeURIComponent(`${st}/graph-${n}.json`)}`,
    };
    const peerUrl = (page: string, n: number) => `${st}/${page}.html?src=${encodeURIComponent(`${st}/graph-${n}.json`)}`;
    for (const n of sizes) {
      const g = JSON.parse(fs.readFileSync(path.join(dir, `graph-${n}.json`), "utf8")) as { nodes: unknown[]; edges: unknown[] };
      const row: RenderRow = {
        nodes: g.nodes.length,
        edges: g.edges.length,
        ours: null,
        bare: null,
        bareLod: null,
        bareAsOurs: null,
        ratio: { firstFrame: NaN, frameP50: NaN, frameP95: NaN, fa2: null, layoutFrameVsPan: null, layoutFrameVsRest: null },
      };
      try {
        const layoutMs = opts.layoutMs ?? 6_000;
        // The layout is measured up to 5k nodes: beyond, graphology's supervisor (the baseline) redraws the whole
        // graph after every single iteration and a run takes minutes in software WebGL.
        const withLayout = n <= (opts.layoutUpTo ?? 5_000);
        row.bare = await measure(browser, urls.bare(n), n, { withLayout, layoutMs });
        row.ours = await measure(browser, urls.ours(n), n, { withLayout, layoutMs, withRedraw: withLayout });
        row.bareLod = await measure(browser, urls["bare-lod"](n), n, { withLayout: false, layoutMs });
        row.bareAsOurs = await measure(browser, urls["bare-as-ours"](n), n, { withLayout: false, layoutMs });
        row.ratio = {
          firstFrame: ratio(row.ours.firstFrameMs, row.bare.firstFrameMs),
          frameP50: ratio(row.ours.frameMs.p50, row.bare.frameMs.p50),
          frameP95: ratio(row.ours.frameMs.p95, row.bare.frameMs.p95),
          fa2: row.ours.layout && row.bare.layout ? ratio(row.ours.layout.itersPerSec, row.bare.layout.itersPerSec) : null,
          layoutFrameVsPan: row.ours.layout ? ratio(row.ours.layout.frameMs.p50, row.ours.frameMs.p50) : null,
          layoutFrameVsRest: row.ours.layout && row.ours.redraw ? ratio(row.ours.layout.frameMs.p50, row.ours.redraw.frameMs.p50) : null,
        };
      } catch (e) {
        row.error = (e as Error).message.split("\n")[0];
      }
      rows.push(row);
      log(
        `render ${n}: first frame ours ${row.ours?.firstFrameMs} ms / bare ${row.bare?.firstFrameMs} ms ` +
          `(graph ready ${row.ours?.loads?.map((l) => l.readyMs).join("/")} / ${row.bare?.loads?.map((l) => l.readyMs).join("/")} ms); ` +
          `frame p50 ours ${round(row.ours?.frameMs.p50 ?? NaN, 1)} / bare ${round(row.bare?.frameMs.p50 ?? NaN, 1)} / bare+LOD ${round(row.bareLod?.frameMs.p50 ?? NaN, 1)} / bare-as-ours ${round(row.bareAsOurs?.frameMs.p50 ?? NaN, 1)} ms; ` +
          `FA2 ours ${row.ours?.layout?.itersPerSec} it/s / bare ${row.bare?.layout?.itersPerSec} it/s; ` +
          `frame while laying out ${round(row.ours?.layout?.frameMs.p50 ?? NaN, 1)} / redrawing at rest ${round(row.ours?.redraw?.frameMs.p50 ?? NaN, 1)} ms; ` +
          `heap ours ${row.ours?.memory?.sumMB} / bare ${row.bare?.memory?.sumMB} MB${row.error ? ` — ${row.error}` : ""}`,
      );
      // The peers, after the sigma pages (a peer that hangs cannot disturb their figures), each in its own bounds.
      row.peers = {};
      for (const peer of PEERS) {
        const pr: PeerRow = { renderer: renderers[peer.name], measure: null, ratio: peerRatio(null, null), bareRatio: peerRatio(null, null) };
        row.peers[peer.name] = pr;
        const stopped = gaveUp.get(peer.name);
        if (stopped) {
          pr.error = `not tried: ${stopped}`;
          continue;
        }
        try {
          pr.measure = await measure(browser, peerUrl(peer.page, n), n, {
            withLayout: n <= (opts.layoutUpTo ?? 5_000),
            layoutMs: opts.layoutMs ?? 6_000,
            init: [INSTRUMENT_2D],
            drawTimeoutMs: PEER_DRAW_TIMEOUT_MS,
            phaseTimeoutMs: PEER_PHASE_TIMEOUT_MS,
          });
          pr.ratio = peerRatio(row.ours, pr.measure);
          pr.bareRatio = peerRatio(row.bare, pr.measure);
        } catch (e) {
          pr.error = (e as Error).message.split("\n")[0];
          if (/^did not draw/.test(pr.error)) gaveUp.set(peer.name, `${pr.error} at ${n} nodes`);
        }
        const m = pr.measure;
        log(
          `render ${n}: ${peer.package} ${pr.renderer.version}: first frame ${m?.firstFrameMs ?? "—"} ms (ours x${pr.ratio.firstFrame}); ` +
            `frame p50 ${round(m?.frameMs.p50 ?? NaN, 1)} / p95 ${round(m?.frameMs.p95 ?? NaN, 1)} ms (ours x${pr.ratio.frameP50} / x${pr.ratio.frameP95}); ` +
            `layout frame ${round(m?.layout?.frameMs.p50 ?? NaN, 1)} ms, ${m?.layout?.itersPerSec ?? "—"} it/s (ours x${pr.ratio.layoutFrame ?? "—"}); ` +
            `heap ${m?.memory?.sumMB ?? "—"} MB (ours x${pr.ratio.memory ?? "—"})` +
            `${pr.error ? ` — ${pr.error}` : ""}${m?.phaseErrors ? ` — ${Object.entries(m.phaseErrors).map(([k, v]) => `${k}: ${v}`).join("; ")}` : ""}`,
        );
      }
    }
  } finally {
    await browser?.close().catch(() => undefined);
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
