/**
 * Peer renderer: vis-network (the engine of neovis.js), its standalone build, drawing the bench graph the bare
 * sigma page draws (bench/peer-common/graph.ts: same nodes, edges, labels, sizes, colours, same picture at zoom 1).
 * Settings: vis-network's defaults but for what a graph of this size needs and what the bare page does not do —
 * physics off (the positions are given; with it on, vis simulates before it shows anything), straight edges
 * (`smooth: false`: vis's default "dynamic" curves add a physics node per edge), no node border (sigma draws
 * none). Labels on (font 14, as sigma's `labelSize`), with vis's own rule for hiding them (`drawThreshold`, 5 px).
 * No level of detail while moving (`hideEdgesOnDrag` / `hideEdgesOnZoom` off: their defaults, like sigma's).
 * `&labels=0` draws no labels (a probe: sigma draws at most one per 100-px cell, vis every one).
 * `&layout=1` turns its physics on (the forceAtlas2Based solver, no stabilisation before drawing) and counts
 * physics iterations. The settings as recorded in the results: bench/peer-common/settings.ts. Bundled by esbuild
 * (bench/render.ts).
 */
import { Network, type Options } from "vis-network/standalone";
import { EDGE_COLOR, loadPeerGraph } from "../peer-common/graph";

function options(layout: boolean): Options {
  return {
    nodes: { shape: "dot", borderWidth: 0, font: { size: 14 } },
    edges: { color: { color: EDGE_COLOR, inherit: false }, width: 1.5, smooth: false },
    physics: layout
      ? { enabled: true, solver: "forceAtlas2Based", stabilization: { enabled: false } }
      : { enabled: false },
    layout: { improvedLayout: false },
    interaction: { hideEdgesOnDrag: false, hideEdgesOnZoom: false },
  };
}

async function main() {
  const container = document.getElementById("graph")!;
  const { graph, params, bench } = await loadPeerGraph(container);
  const layout = params.get("layout") === "1";
  const labels = params.get("labels") !== "0";
  const nodes = graph.nodes.map((n) => ({
    id: n.id,
    label: labels ? n.label : undefined,
    x: n.x,
    y: n.y,
    size: n.size,
    color: n.color,
  }));
  const edges = graph.edges.map((e) => ({ id: e.id, from: e.source, to: e.target }));
  bench.loaded = performance.now();
  const network = new Network(container, { nodes, edges }, options(layout));
  // vis fits the view to the nodes and their labels at start; the bare page shows the positions at sigma's scale.
  network.moveTo({ position: { x: 0, y: 0 }, scale: 1 });
  if (layout) {
    // vis runs its physics inside the render loop (one or two ticks per drawn frame); its internal count of
    // iterations since the simulation started is the only one it keeps.
    const physics = (network as unknown as { physics?: { stabilizationIterations?: number } }).physics;
    let done = 0;
    network.on("afterDrawing", () => {
      done = Math.max(done, physics?.stabilizationIterations ?? 0);
      bench.layout.push({ done, t: performance.now() });
    });
    bench.stopLayout = () => network.setOptions({ physics: { enabled: false } });
  }
}
void main();
