"use client";
/**
 * Loads a bench graph (`?src=` a JSON of nodes with positions and edges, served by the bench's static server)
 * into the explorer's real pipeline: data graph -> syncSigmaGraph -> GraphCanvas. `&layout=1` also runs the
 * explorer's ForceAtlas2 worker; `&redraw=1` redraws the whole graph every frame without it (the layout frames' baseline).
 * Progress is exposed on `window.__bench` for the Playwright driver.
 */
import { useEffect, useState } from "react";
import { GraphCanvas } from "@/app/_components/graph/graph-canvas";
import { mergeInto, newDataGraph } from "@/lib/graph/data-graph";
import { prepareLayout, type LayoutInput } from "@/lib/graph/layout";
import { newSigmaGraph, syncSigmaGraph, type SigmaGraph } from "@/lib/graph/sigma-graph";
import type { SerializedGraph } from "@/lib/graph/model";

type BenchWindow = Window & { __bench?: Record<string, unknown> };
type BenchBody = SerializedGraph & { positions: Record<string, [number, number]> };
const EMPTY = new Set<string>();

// The graph file is requested as soon as this module runs (during hydration), as the bare page requests it as soon
// as its script runs: both pages then pay the same network time, and what differs is the drawing pipeline.
const early: Promise<BenchBody> | null = (() => {
  if (typeof window === "undefined") return null;
  const src = new URLSearchParams(window.location.search).get("src");
  return src ? fetch(src).then((r) => r.json() as Promise<BenchBody>) : null;
})();

export function BenchCanvas() {
  const [model, setModel] = useState<{ graph: SigmaGraph; input: LayoutInput | null } | null>(null);
  useEffect(() => {
    const w = window as BenchWindow;
    w.__bench = { layout: [] };
    const params = new URLSearchParams(window.location.search);
    if (!early) return;
    void (async () => {
      const body = await early;
      const data = newDataGraph();
      mergeInto(data, body);
      const graph = newSigmaGraph();
      syncSigmaGraph(graph, data, "en", (id) => ({ x: body.positions[id][0], y: body.positions[id][1] }));
      const input = params.get("layout") === "1" ? prepareLayout(graph, new Map()) : null;
      w.__bench!.loaded = performance.now();
      setModel({ graph, input });
      if (params.get("redraw") === "1") {
        // The layout's frames without the layout: every animation frame rewrites every position (the same values)
        // on the main thread, so sigma re-processes and redraws the whole graph as it does while the layout runs.
        const loop = () => {
          graph.updateEachNodeAttributes((_n, a) => a, { attributes: ["x", "y"] });
          requestAnimationFrame(loop);
        };
        requestAnimationFrame(loop);
      }
    })();
  }, []);
  if (!model) return null;
  return (
    <GraphCanvas
      graph={model.graph}
      layoutKey={model.input ? "bench" : ""}
      layoutInput={model.input}
      hiddenNodes={EMPTY}
      hiddenEdges={EMPTY}
      onLayoutStatus={(s) => {
        const b = (window as BenchWindow).__bench!;
        (b.layout as unknown[]).push({ ...s, t: performance.now() });
      }}
      onSelect={() => undefined}
      onExpand={() => undefined}
      onPin={() => undefined}
    />
  );
}
