/// <reference lib="webworker" />
/**
 * Writes a large export off the main thread (app/_components/export-menu.tsx, above EXPORT_WORKER_ABOVE nodes):
 * the page stays responsive and shows which stage the export is in. The files' words arrive said already, in the
 * page's language (lib/graph/export.ts exportWords).
 */
import Graph from "graphology";
import type { SerializedGraph as GraphologySerialized } from "graphology-types";
import { writeExport, type ExportGraph, type ExportWords } from "@/lib/graph/export";

export type ExportWorkerIn = { format: string; graph: GraphologySerialized; viewer?: string; words: ExportWords };
/** A stage: reading the graph, or writing the format (the menu says which in the page's language). */
export type ExportStage = "reading" | "writing";
export type ExportWorkerOut =
  | { kind: "progress"; stage: ExportStage; done: number; of: number }
  | { kind: "done"; text: string }
  | { kind: "error"; message: string };

const ctx = self as unknown as DedicatedWorkerGlobalScope;

ctx.onmessage = (e: MessageEvent<ExportWorkerIn>) => {
  const post = (m: ExportWorkerOut) => ctx.postMessage(m);
  try {
    post({ kind: "progress", stage: "reading", done: 1, of: 3 });
    const g = Graph.from(e.data.graph) as unknown as ExportGraph;
    post({ kind: "progress", stage: "writing", done: 2, of: 3 });
    post({ kind: "done", text: writeExport(e.data.format, g, e.data.viewer, e.data.words) });
  } catch (err) {
    post({ kind: "error", message: (err as Error).message });
  }
};
