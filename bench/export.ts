/**
 * Exports at 20k nodes (issue 18): each format of lib/graph/export.ts (writeExport) on a generated 20k-node graph
 * (~40k edges, render.ts's benchGraph on the M set), in Node: wall time (median of 3) and the heap-used growth
 * across the call (after a gc when node runs with --expose-gc, else without: then it is noisy), beside the bare
 * library call: graphology-gexf `write`, JSON.stringify(graph.export()), a plain CSV join. graphology-graphml has no
 * writer (a parser only), so GraphML's baseline is a plain join of <node>/<edge> elements without keys or escaping.
 */
import writeGexf from "graphology-gexf/common/writer.js";
import { exportGraph, writeExport, type ExportGraph } from "../lib/graph/export";
import type { SerializedGraph } from "../lib/graph/model";
import { ratio, round } from "./common";
import { generate } from "./generate";
import { benchGraph } from "./render";

export const EXPORT_NODES = 20_000;
const FORMATS = ["gexf", "graphml", "nodes.csv", "relationships.csv", "json"] as const;

export interface ExportRow {
  format: string;
  nodes: number;
  edges: number;
  bytes: number;
  ours: { runsMs: number[]; p50: number; heapMiB: number };
  bare: { runsMs: number[]; p50: number; heapMiB: number; what: string };
  ratio: number;
  /** heap growth ours / bare. */
  ratioHeap: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const gc = (globalThis as { gc?: () => void }).gc;

function measure(fn: () => string): { runsMs: number[]; p50: number; heapMiB: number; bytes: number } {
  const runsMs: number[] = [];
  const heaps: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 3; i++) {
    gc?.();
    const h0 = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const out = fn();
    runsMs.push(round(performance.now() - t0, 1));
    heaps.push(process.memoryUsage().heapUsed - h0);
    bytes = Buffer.byteLength(out);
  }
  return { runsMs, p50: median(runsMs), heapMiB: round(median(heaps) / 2 ** 20, 1), bytes };
}

function bare(format: (typeof FORMATS)[number], g: ExportGraph): { fn: () => string; what: string } {
  if (format === "gexf") return { fn: () => writeGexf(g, { version: "1.3" }), what: "graphology-gexf write" };
  if (format === "json") return { fn: () => JSON.stringify(g.export()), what: "JSON.stringify(graph.export())" };
  if (format === "graphml")
    return {
      fn: () =>
        [
          `<graphml><graph edgedefault="directed">`,
          ...g.mapNodes((n) => `<node id="${n}"/>`),
          ...g.mapEdges((e, _a, s, t) => `<edge id="${e}" source="${s}" target="${t}"/>`),
          `</graph></graphml>`,
        ].join("\n"),
      what: "plain <node>/<edge> join (no GraphML writer in graphology-graphml)",
    };
  if (format === "nodes.csv")
    return { fn: () => g.mapNodes((n, a) => [n, a.label, a.type, a.x, a.y].join(",")).join("\n"), what: "plain CSV join" };
  return { fn: () => g.mapEdges((e, a, s, t) => [e, s, t, a.type].join(",")).join("\n"), what: "plain CSV join" };
}

export function benchExport(n = EXPORT_NODES): ExportRow[] {
  const s = benchGraph(n, generate("M"));
  const serialized = s as unknown as SerializedGraph;
  const g = exportGraph(
    serialized,
    { nodes: () => true, edges: () => true },
    (id) => {
      const p = s.positions[id];
      return p ? { x: p[0], y: p[1], size: 3, color: "#888888" } : undefined;
    },
    { title: "bench", link: "http://localhost/", dataset: "bench", exported: new Date(0).toISOString() },
  );
  return FORMATS.map((format) => {
    const ours = measure(() => writeExport(format, g));
    const b = bare(format, g);
    const base = measure(b.fn);
    return {
      format,
      nodes: g.order,
      edges: g.size,
      bytes: ours.bytes,
      ours: { runsMs: ours.runsMs, p50: ours.p50, heapMiB: ours.heapMiB },
      bare: { runsMs: base.runsMs, p50: base.p50, heapMiB: base.heapMiB, what: b.what },
      ratio: ratio(ours.p50, base.p50),
      ratioHeap: ratio(ours.heapMiB, base.heapMiB),
    };
  });
}
