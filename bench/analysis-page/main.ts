/**
 * The analysis bench's page, driven by bench/analysis.ts in headless Chromium. Three ways to analyse the same graph:
 * the explorer's own worker (app/_components/graph/analysis.worker.ts, bundled by esbuild as analysis-worker.js, a
 * new worker per run as app/_components/graph/use-analysis.ts makes one), bare calls of the same graphology
 * functions on this page's main thread, and lib/graph/analysis.ts `analyse()` on the main thread (what
 * use-analysis.ts does at or below its threshold). Bundled by esbuild (bench/analysis.ts).
 */
import Graph from "graphology";
import louvain from "graphology-communities-louvain";
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import pagerank from "graphology-metrics/centrality/pagerank";
import type { AnalysisWorkerIn, AnalysisWorkerOut } from "../../app/_components/graph/analysis.worker";
import { analyse, BETWEENNESS_MAX_NODES, seededRandom, type AnalysisInput } from "../../lib/graph/analysis";

/** Milliseconds from the start of a run to the start of each stage, and the whole run. */
export interface PageRun {
  ms: number;
  stages: Record<string, number>;
  communities: number;
  /** Worker runs: how long postMessage itself held the main thread, and the longest main-thread frame meanwhile. */
  postMs?: number;
  longestFrameMs?: number;
}

interface BenchGraph {
  nodes: { key: string }[];
  edges: { source: string; target: string }[];
}

let input: AnalysisInput = { nodes: [], edges: [] };

async function load(src: string): Promise<{ nodes: number; edges: number }> {
  const g = (await (await fetch(src)).json()) as BenchGraph;
  input = { nodes: g.nodes.map((n) => n.key), edges: g.edges.map((e) => [e.source, e.target]) };
  return { nodes: input.nodes.length, edges: input.edges.length };
}

function worker(): Promise<PageRun> {
  return new Promise((resolve, reject) => {
    const frames: number[] = [];
    let on = true;
    const tick = (t: number) => {
      if (!on) return;
      frames.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const w = new Worker("analysis-worker.js");
    const stages: Record<string, number> = {};
    let postMs = NaN;
    const t0 = performance.now();
    w.onmessage = (e: MessageEvent<AnalysisWorkerOut>) => {
      const m = e.data;
      const t = performance.now();
      if (m.kind === "progress") {
        stages[m.stage] = t - t0;
        return;
      }
      on = false;
      w.terminate();
      if (m.kind === "error") return reject(new Error(m.message));
      frames.push(t);
      let longest = 0;
      for (let i = 1; i < frames.length; i++) longest = Math.max(longest, frames[i] - frames[i - 1]);
      resolve({ ms: t - t0, stages, communities: m.analysis.communities.length, postMs, longestFrameMs: longest });
    };
    w.postMessage({ runId: 1, input } satisfies AnalysisWorkerIn);
    postMs = performance.now() - t0;
  });
}

/** The same graphology functions with the options analyse() gives them, on a plain undirected graph. */
function bare(): PageRun {
  const t0 = performance.now();
  const stages: Record<string, number> = {};
  const g = new Graph({ type: "undirected" });
  for (const n of input.nodes) g.addNode(n);
  for (const [s, t] of input.edges) if (s !== t) g.mergeEdge(s, t);
  stages.PageRank = performance.now() - t0; // the graph built
  pagerank(g, { getEdgeWeight: null });
  stages.betweenness = performance.now() - t0;
  if (g.order <= BETWEENNESS_MAX_NODES) betweennessCentrality(g, { getEdgeWeight: null, normalized: true });
  stages.communities = performance.now() - t0;
  const d = louvain.detailed(g, { getEdgeWeight: null, rng: seededRandom(20230701) });
  return { ms: performance.now() - t0, stages, communities: d.count };
}

function main(): PageRun {
  const stages: Record<string, number> = {};
  const t0 = performance.now();
  const a = analyse(input, (stage) => void (stages[stage] = performance.now() - t0));
  return { ms: performance.now() - t0, stages, communities: a.communities.length };
}

(window as unknown as { __analysis: unknown }).__analysis = { load, worker, bare, main };
