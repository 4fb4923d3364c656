/**
 * The timeline's cost while it plays (issue 18): `/explore` on a graph with dated relationships, in headless
 * Chromium, its Play button stepping the time window every 0.5 s (the fastest speed) from the first bucket to the
 * last — each step hides what did not exist then, so the page re-derives the hidden sets, sigma re-processes the
 * graph through its reducers and the analysis runs again on what is shown. Beside it, the same page at rest with
 * the camera moved (the render bench's drag and zooms; no window, so the whole graph): what a frame of this graph
 * costs when nothing but the camera changes. Frames as in the render bench (intervals between animation frames that
 * drew something), plus the main thread's long animation frames (Chromium's Long Animation Frames API) in each phase.
 */
import { chromium, type Browser, type Page } from "playwright-core";
import { CHROMIUM_ARGS } from "../playwright.config";
import { BENCH_APP_PORT, log, ratio, round, summarize, type Summary } from "./common";
import { frames, INSTRUMENT, openDrawn, panAndZoom } from "./render";

/** Play's step in ms: the fastest of the timeline's speeds (app/[locale]/explore/timeline.tsx SPEEDS). */
export const PLAY_STEP_MS = 500;
/** A play is stopped (Pause) after this long whatever its number of steps. */
const PLAY_MAX_MS = 40_000;

/** Long animation frames (>= 50 ms) in a phase: how often the main thread held a frame back, and for how long. */
export interface LongFrames {
  count: number;
  /** Their durations (the whole frame: scripts, style, layout, paint), p50 / p95 / max. */
  durationMs: Summary & { max: number };
  /** Sum of their blocking durations (the part past 50 ms of each long task in them) per second of the phase. */
  blockingMsPerSec: number;
  /** Of their time: scripts and tasks before the frame's rendering, and style + layout + paint (from `styleAndLayoutStart`). */
  share: { beforeRender: number; styleLayout: number };
}

export interface TimelinePhase {
  /** Intervals between animation frames that drew (WebGL draw calls), as in the render bench. */
  frameMs: Summary;
  /** How long the phase lasted. */
  ms: number;
  longFrames: LongFrames | null;
}

export interface TimelineRow {
  /** Which data and link: "synthetic S: v=bench-hub-partners". */
  data: string;
  path: string;
  /** What the canvas shows without a window (its aria-label). */
  nodes: number;
  edges: number;
  /** Playing: every step from the first bucket to the last, PLAY_STEP_MS apart. */
  playing: (TimelinePhase & {
    steps: number;
    granularity: string;
    /** Each step: from the window's write to the URL (history) to the end of the next frame that drew. */
    stepToFrameMs: Summary;
    /** Drawn frames per step (sigma redraws for the window, again when the analysis of what is shown lands). */
    drawnPerStep: number;
  }) | null;
  /** At rest, the camera moved: the render bench's drag and zooms on the same page with everything shown. */
  atRest: TimelinePhase | null;
  /** playing / at rest: frame p50 and p95, and long-frame blocking per second. */
  ratio: { frameP50: number; frameP95: number; blocking: number | null };
  /** How long this measure took, the page's load included. */
  wallMs: number;
  error?: string;
}

/**
 * Injected after INSTRUMENT: the Long Animation Frames observer (Chromium 123+), and every write of the time window
 * to the URL (the explorer's store writes it with pushState / replaceState).
 */
export const INSTRUMENT_TIMELINE = `(() => {
  const w = window;
  w.__loaf = []; w.__steps = [];
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__loaf.push([e.startTime, e.duration, e.blockingDuration, e.renderStart, e.styleAndLayoutStart]); })
      .observe({ type: "long-animation-frame", buffered: true });
  } catch { w.__loaf = null; }
  let last = new URLSearchParams(location.search).get("w");
  for (const name of ["pushState", "replaceState"]) {
    const orig = history[name].bind(history);
    history[name] = (state, title, url) => {
      const r = orig(state, title, url);
      const win = new URLSearchParams(location.search).get("w");
      if (win !== last) { w.__steps.push([performance.now(), win]); last = win; }
      return r;
    };
  }
})();`;

/** A long animation frame: start, duration, blocking duration, renderStart, styleAndLayoutStart (0 when none). */
type Loaf = [number, number, number, number, number];
type Marks = { loaf: Loaf[] | null; steps: [number, string | null][]; frames: [number, boolean][] };

const now = (page: Page) => page.evaluate(() => performance.now());
const marks = (page: Page): Promise<Marks> =>
  page.evaluate(() => {
    const w = window as unknown as { __loaf: Loaf[] | null; __steps: [number, string | null][]; __frames: [number, boolean][] };
    return { loaf: w.__loaf, steps: w.__steps, frames: w.__frames };
  });

function longFrames(loaf: Marks["loaf"], t0: number, t1: number): LongFrames | null {
  if (!loaf) return null;
  const inside = loaf.filter(([start]) => start >= t0 && start < t1);
  const d = summarize(inside.map(([, duration]) => duration));
  const total = inside.reduce((a, [, duration]) => a + duration, 0);
  return {
    count: inside.length,
    durationMs: { ...d, max: inside.length ? Math.max(...inside.map(([, duration]) => duration)) : NaN },
    blockingMsPerSec: round(inside.reduce((a, [, , b]) => a + b, 0) / ((t1 - t0) / 1000), 1),
    share: {
      beforeRender: round(inside.reduce((a, [st, d, , r]) => a + ((r || st + d) - st), 0) / Math.max(1e-9, total), 2),
      styleLayout: round(inside.reduce((a, [st, d, , , sl]) => a + (sl ? st + d - sl : 0), 0) / Math.max(1e-9, total), 2),
    },
  };
}

async function counts(page: Page): Promise<{ nodes: number; edges: number }> {
  const labelText = (await page.locator('[aria-label^="Graph of "]').first().getAttribute("aria-label")) ?? "";
  const [nodes, edges] = (labelText.match(/[\d,]+/g) ?? []).map((x) => Number(x.replace(/,/g, "")));
  return { nodes: nodes ?? NaN, edges: edges ?? NaN };
}

/** The timeline's cost on `path` (an explorer link) on the app now running on BENCH_APP_PORT. Never throws. */
export async function benchTimeline(label: string, path: string, browserIn?: Browser): Promise<TimelineRow> {
  const started = performance.now();
  const row: TimelineRow = {
    data: label,
    path,
    nodes: NaN,
    edges: NaN,
    playing: null,
    atRest: null,
    ratio: { frameP50: NaN, frameP95: NaN, blocking: null },
    wallMs: NaN,
  };
  const browser = browserIn ?? (await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS }));
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(INSTRUMENT);
    await page.addInitScript(INSTRUMENT_TIMELINE);
    await openDrawn(page, `http://127.0.0.1:${BENCH_APP_PORT}${path}`);
    await page.waitForSelector('[data-testid="explorer"][data-ready="true"]', { timeout: 300_000 });
    const timeline = page.getByTestId("timeline");
    await timeline.waitFor({ timeout: 60_000 });
    Object.assign(row, await counts(page));
    await page.waitForTimeout(1_000);

    // At rest: the camera moved over the whole graph.
    const box = await page.locator('section[aria-label="Graph"]').boundingBox();
    if (!box) throw new Error("no graph section on /explore");
    const r0 = await now(page);
    const restFrames = await frames(page, () => panAndZoom(page, row.nodes, box));
    const r1 = await now(page);
    row.atRest = { frameMs: summarize(restFrames), ms: round(r1 - r0, 0), longFrames: longFrames((await marks(page)).loaf, r0, r1) };
    await page.waitForTimeout(1_000);

    // Playing: the fastest speed, from the first bucket to the last (Play starts at the first when no window is on).
    await timeline.getByLabel("Speed").selectOption(String(PLAY_STEP_MS));
    const granularity = await timeline.getByLabel("Step").inputValue();
    const play = timeline.getByRole("button", { name: "Play", exact: true });
    const p0 = await now(page);
    const playFrames = await frames(page, async () => {
      await play.click();
      const pause = timeline.getByRole("button", { name: "Pause", exact: true });
      await pause.waitFor({ timeout: 10_000 });
      // Play ends by itself after the last bucket (the button says Play again).
      const done = await pause.waitFor({ state: "detached", timeout: PLAY_MAX_MS }).then(
        () => true,
        () => false,
      );
      if (!done) await pause.click();
      // The last step's frames.
      await page.waitForTimeout(PLAY_STEP_MS);
    });
    const p1 = await now(page);
    const m = await marks(page);
    const steps = m.steps.filter(([t]) => t >= p0 && t <= p1);
    // The frames recorded by `frames` (the last recording is still in __frames): for each step, its first drawn frame.
    const drawn = m.frames.filter(([, d]) => d).map(([t]) => t);
    const toFrame = steps.map(([t], i) => {
      const next = steps[i + 1]?.[0] ?? Infinity;
      const f = drawn.find((x) => x > t && x < next);
      return f === undefined ? NaN : f - t;
    });
    row.playing = {
      frameMs: summarize(playFrames),
      ms: round(p1 - p0, 0),
      longFrames: longFrames(m.loaf, p0, p1),
      steps: steps.length,
      granularity,
      stepToFrameMs: summarize(toFrame.filter(Number.isFinite)),
      drawnPerStep: round(playFrames.length / Math.max(1, steps.length), 1),
    };
    row.ratio = {
      frameP50: ratio(row.playing.frameMs.p50, row.atRest.frameMs.p50),
      frameP95: ratio(row.playing.frameMs.p95, row.atRest.frameMs.p95),
      blocking:
        row.playing.longFrames && row.atRest.longFrames && row.atRest.longFrames.blockingMsPerSec > 0
          ? ratio(row.playing.longFrames.blockingMsPerSec, row.atRest.longFrames.blockingMsPerSec)
          : null,
    };
  } catch (e) {
    row.error = (e as Error).message.split("\n")[0];
  } finally {
    await context.close().catch(() => undefined);
    if (!browserIn) await browser.close().catch(() => undefined);
  }
  row.wallMs = round(performance.now() - started, 0);
  const p = row.playing;
  const a = row.atRest;
  log(
    `timeline (${label}, ${row.nodes} nodes / ${row.edges} relationships): playing ${p?.steps} ${p?.granularity} steps, frame p50 ${round(p?.frameMs.p50 ?? NaN, 1)} / p95 ${round(p?.frameMs.p95 ?? NaN, 1)} ms, ` +
      `step to frame p50 ${round(p?.stepToFrameMs.p50 ?? NaN, 0)} ms, long frames ${p?.longFrames?.count} (${p?.longFrames?.blockingMsPerSec} ms blocking/s) | ` +
      `at rest (pan/zoom) p50 ${round(a?.frameMs.p50 ?? NaN, 1)} / p95 ${round(a?.frameMs.p95 ?? NaN, 1)} ms, long frames ${a?.longFrames?.count} (${a?.longFrames?.blockingMsPerSec} ms/s) | ` +
      `x p50 ${row.ratio.frameP50}, p95 ${row.ratio.frameP95}; ${round(row.wallMs / 1000, 1)} s${row.error ? ` — ${row.error}` : ""}`,
  );
  return row;
}
