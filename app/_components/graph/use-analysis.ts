"use client";
/**
 * The analysis (lib/graph/analysis.ts) of what the canvas shows, recomputed when the data or the filters change:
 * on the main thread up to ANALYSIS_WORKER_ABOVE nodes (its module loaded on demand, so it is not first-load
 * JavaScript), above that in a worker, with its stage as progress and a cancel that terminates it. The page's first
 * analysis always runs in the worker: it pays for compiling graphology's code, and it competes with the first
 * frame (Lighthouse, 4x slower CPU: a 120 ms long task for an 18-node view; bench/README.md, "Lighthouse").
 */
import { useEffect, useRef, useState } from "react";
import type { Analysis, AnalysisInput } from "@/lib/graph/analysis";
import type { DataGraph } from "@/lib/graph/data-graph";
import { hashString } from "@/lib/graph/style";
import { msg, type Message } from "@/lib/i18n/message";
import type { AnalysisWorkerOut } from "./analysis.worker";

/** Kept in step with lib/graph/analysis.ts ANALYSIS_WORKER_ABOVE (not imported: that would load the module). */
const WORKER_ABOVE = 250;

/** The analysis's stages (lib/graph/analysis.ts `progress`), to say in the page's language. */
const STAGES: Record<string, Message> = {
  degree: msg("panels.analysis.degree"),
  PageRank: msg("panels.analysis.pagerank"),
  betweenness: msg("panels.analysis.betweenness"),
  communities: msg("panels.analysis.communities"),
};

/** A stage's name in words (useSay); a stage this list does not know, as it is. */
export function stageMessage(stage: string): Message {
  return STAGES[stage] ?? msg("panels.analysis.other", { stage });
}

export interface AnalysisStatus {
  state: "idle" | "running" | "done" | "cancelled" | "error";
  /** The stage's name as the analysis reports it ("degree", "PageRank", …). */
  stage?: string;
  /** The same, to say in the page's language (`useSay()(status.stageText)`). */
  stageText?: Message;
  /** 0..1 */
  progress: number;
  message?: string;
}

export function analysisInput(
  data: DataGraph,
  hiddenNodes: ReadonlySet<string>,
  hiddenEdges: ReadonlySet<string>,
): AnalysisInput {
  const nodes = data.filterNodes((n) => !hiddenNodes.has(n));
  const edges: [string, string][] = [];
  data.forEachEdge((e, _a, s, t) => {
    if (!hiddenEdges.has(e) && !hiddenNodes.has(s) && !hiddenNodes.has(t)) edges.push([s, t]);
  });
  return { nodes, edges };
}

export function useAnalysis(
  data: DataGraph,
  version: number,
  hiddenNodes: ReadonlySet<string>,
  hiddenEdges: ReadonlySet<string>,
) {
  const [result, setResult] = useState<{ key: string; analysis: Analysis } | null>(null);
  const [status, setStatus] = useState<AnalysisStatus>({ state: "idle", progress: 0 });
  const worker = useRef<Worker | null>(null);
  const run = useRef(0);
  const first = useRef(true);
  const key = `${version}:${hashString([...hiddenNodes].join(","))}:${hashString([...hiddenEdges].join(","))}`;

  useEffect(() => {
    const id = ++run.current;
    const input = analysisInput(data, hiddenNodes, hiddenEdges);
    // The page's empty graph before its data arrives: nothing to analyse, and no worker to start only to end it a
    // moment later (a worker ended while its script loads leaves that request open for good: no network idle).
    if (first.current && !input.nodes.length) return;
    setStatus({ state: "running", progress: 0 });
    const finish = (analysis: Analysis) => {
      if (id !== run.current) return;
      setResult({ key, analysis });
      setStatus({ state: "done", progress: 1 });
    };
    const onMain = input.nodes.length <= WORKER_ABOVE && !first.current;
    if (input.nodes.length) first.current = false;
    if (onMain) {
      void import("@/lib/graph/analysis").then((m) => finish(m.analyse(input)));
      return;
    }
    worker.current?.terminate();
    const w = new Worker(new URL("./analysis.worker.ts", import.meta.url), { type: "module" });
    worker.current = w;
    w.onmessage = (e: MessageEvent<AnalysisWorkerOut>) => {
      const m = e.data;
      if (m.runId !== id) return;
      if (m.kind === "progress") setStatus({ state: "running", stage: m.stage, stageText: stageMessage(m.stage), progress: m.done / m.of });
      else {
        if (m.kind === "done") finish(m.analysis);
        else setStatus({ state: "error", progress: 0, message: m.message });
        // Its answer given, the worker goes (a named view's page would otherwise keep an idle one for its life).
        w.terminate();
        if (worker.current === w) worker.current = null;
      }
    };
    w.postMessage({ runId: id, input });
    return () => {
      w.terminate();
      if (worker.current === w) worker.current = null;
    };
    // `version` stands for the data graph's content; `key` for the hidden sets'.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, key]);

  const cancel = () => {
    run.current++;
    worker.current?.terminate();
    worker.current = null;
    setStatus({ state: "cancelled", progress: 0 });
  };
  return {
    analysis: result?.key === key ? result.analysis : (result?.analysis ?? null),
    fresh: result?.key === key,
    status,
    cancel,
  };
}
