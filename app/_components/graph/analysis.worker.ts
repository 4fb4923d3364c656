/// <reference lib="webworker" />
/**
 * Runs lib/graph/analysis.ts off the main thread for large graphs, posting which stage it is in. Cancelling is
 * terminating the worker (app/_components/graph/use-analysis.ts): graphology's functions cannot be interrupted.
 */
import { analyse, type Analysis, type AnalysisInput } from "@/lib/graph/analysis";

export type AnalysisWorkerIn = { runId: number; input: AnalysisInput };
export type AnalysisWorkerOut =
  | { kind: "progress"; runId: number; stage: string; done: number; of: number }
  | { kind: "done"; runId: number; analysis: Analysis }
  | { kind: "error"; runId: number; message: string };

const ctx = self as unknown as DedicatedWorkerGlobalScope;

ctx.onmessage = (e: MessageEvent<AnalysisWorkerIn>) => {
  const { runId, input } = e.data;
  try {
    const analysis = analyse(input, (stage, done, of) =>
      ctx.postMessage({ kind: "progress", runId, stage, done, of } satisfies AnalysisWorkerOut),
    );
    ctx.postMessage({ kind: "done", runId, analysis } satisfies AnalysisWorkerOut);
  } catch (err) {
    ctx.postMessage({ kind: "error", runId, message: (err as Error).message } satisfies AnalysisWorkerOut);
  }
};
