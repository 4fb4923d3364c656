/**
 * The bare sigma.js page: the same bench graph (same positions, sizes, colours, labels) drawn by sigma with its
 * default settings, no React, no controllers. `&layout=1` runs graphology's own ForceAtlas2 worker with the
 * explorer's settings, for the iterations-per-second baseline; `&w=…&h=…` sizes the canvas in CSS pixels. Bundled by esbuild (bench/render.ts).
 */
import Graph from "graphology";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import Sigma from "sigma";
import { layoutSettings } from "../../lib/graph/layout";
import { EDGE_COLOR, nodeColor, nodeSize } from "../../lib/graph/style";

interface BenchGraph {
  nodes: { key: string; attributes: { label: string; type: string } }[];
  edges: { key: string; source: string; target: string }[];
  positions: Record<string, [number, number]>;
}
type BenchWindow = Window & { __bench?: Record<string, unknown>; __lod?: boolean };

async function main() {
  const w = window as BenchWindow;
  w.__bench = { layout: [] };
  const params = new URLSearchParams(location.search);
  const body = (await (await fetch(params.get("src")!)).json()) as BenchGraph;
  const graph = new Graph({ type: "directed", multi: true });
  for (const n of body.nodes) {
    const [x, y] = body.positions[n.key];
    graph.addNode(n.key, { x, y, label: n.attributes.label, type: "circle", nodeType: n.attributes.type });
  }
  for (const e of body.edges) graph.addDirectedEdgeWithKey(e.key, e.source, e.target, { color: EDGE_COLOR, size: 1.5 });
  graph.forEachNode((n, a) => graph.mergeNodeAttributes(n, { size: nodeSize(graph.degree(n)), color: nodeColor(a.nodeType as string) }));
  w.__bench.loaded = performance.now();
  const container = document.getElementById("sigma")!;
  // &w=&h=: a canvas of that many CSS pixels (the overview bench gives it the explorer's canvas size).
  if (params.get("w") && params.get("h")) Object.assign(container.style, { width: `${params.get("w")}px`, height: `${params.get("h")}px` });
  // lod.html: what level of detail while the camera moves would give (edges and labels hidden, restored at rest).
  // as=ours: the bare page with the settings the explorer's canvas passes to sigma (arrow edges, edge events,
  // zIndex, its label settings), to tell sigma's cost for those settings from the cost of React and the controllers.
  const asOurs = params.get("as") === "ours";
  if (asOurs) graph.forEachEdge((e) => graph.setEdgeAttribute(e, "type", "arrow"));
  new Sigma(graph, container, {
    ...(w.__lod ? { hideEdgesOnMove: true, hideLabelsOnMove: true } : {}),
    ...(asOurs
      ? {
          defaultEdgeType: "arrow",
          enableEdgeEvents: true,
          zIndex: true,
          labelDensity: 0.5,
          labelGridCellSize: 110,
          labelRenderedSizeThreshold: 11,
          stagePadding: 40,
        }
      : {}),
  });
  if (params.get("layout") === "1") {
    let done = 0;
    graph.on("eachNodeAttributesUpdated", () => {
      done += 1;
      (w.__bench!.layout as unknown[]).push({ state: "running", done, t: performance.now() });
    });
    const layout = new FA2Layout(graph, { settings: layoutSettings(graph.order) });
    layout.start();
    w.__bench.stopLayout = () => {
      layout.stop();
      layout.kill();
    };
  }
}
void main();
