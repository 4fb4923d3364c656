/// <reference lib="webworker" />
/**
 * Runs the deterministic ForceAtlas2 of lib/graph/layout.ts off the main thread, in short slices, posting the
 * positions after each slice (visible progress). The iteration count is fixed, so slicing never changes the result.
 */
import { createLayout, type LayoutInput } from "@/lib/graph/layout";

export type LayoutWorkerIn = { kind: "start"; runId: number; input: LayoutInput } | { kind: "pause" } | { kind: "resume" };
export type LayoutWorkerOut = {
  kind: "progress" | "paused" | "done";
  runId: number;
  done: number;
  total: number;
  positions: Float32Array;
};

const ctx = self as unknown as DedicatedWorkerGlobalScope;
let run: { id: number; total: number; layout: ReturnType<typeof createLayout> } | null = null;
let paused = false;
let timer: ReturnType<typeof setTimeout> | undefined;

/**
 * The share of one core the layout takes while it runs. The page's main thread and the browser's GPU process need
 * their cores to draw (on a machine without a GPU, WebGL itself is drawn by the CPU): with few cores, the layout
 * leaves them about one and a half, so frames while it runs stay close to frames at rest (bench/README.md).
 * 2 cores: 25 %; 4 cores: 63 %; 8 or more: 80 %.
 */
const cores = typeof navigator !== "undefined" && navigator.hardwareConcurrency > 0 ? navigator.hardwareConcurrency : 4;
const DUTY = Math.min(0.8, Math.max(0.2, (cores - 1.5) / cores));

function post(kind: LayoutWorkerOut["kind"]): void {
  if (!run) return;
  const positions = run.layout.positions();
  const msg: LayoutWorkerOut = { kind, runId: run.id, done: run.layout.done, total: run.total, positions };
  ctx.postMessage(msg, [positions.buffer]);
}

function tick(): void {
  timer = undefined;
  if (!run || paused) return;
  const t0 = performance.now();
  // Slices of ~12 ms, so progress shows and pause messages get through.
  do run.layout.run(5);
  while (run.layout.done < run.total && performance.now() - t0 < 12);
  if (run.layout.done >= run.total) {
    post("done");
    run = null;
    return;
  }
  post("progress");
  const busy = performance.now() - t0;
  timer = setTimeout(tick, Math.max(16, (busy * (1 - DUTY)) / DUTY));
}

ctx.onmessage = (e: MessageEvent<LayoutWorkerIn>) => {
  const m = e.data;
  if (m.kind === "start") {
    if (timer) clearTimeout(timer);
    run = { id: m.runId, total: m.input.iterations, layout: createLayout(m.input) };
    paused = false;
    tick();
  } else if (m.kind === "pause") {
    paused = true;
    if (timer) clearTimeout(timer);
    timer = undefined;
    post("paused");
  } else if (m.kind === "resume") {
    paused = false;
    if (!timer) tick();
  }
};
