/**
 * Peer renderer: cytoscape.js drawing the bench graph the bare sigma page draws (bench/peer-common/graph.ts: same
 * nodes, edges, labels, sizes, colours, same picture at zoom 1), with its Canvas 2D renderer (the default,
 * `renderer: { name: "canvas" }`): on this bench's Chromium (no GPU: WebGL drawn in software) it is the faster of
 * its two at every size tried, to the first frame and in pan/zoom, so it is this peer's best setting here; its
 * WebGL mode (`webgl: true`, since 3.31) is `&webgl=1` (bench/README.md, "Peers", has both).
 * Straight edges (`haystack`, its default and fastest), labels at 14 px to the right of the node (as sigma places
 * them), no level of detail while moving (`hideEdgesOnViewport`, `textureOnViewport` off: the defaults, like
 * sigma's); `&labels=0` draws no labels (a probe: sigma draws at most one per 100-px cell, cytoscape every one).
 * `&layout=1` runs its built-in "cose" layout animated (from the given positions, the view not refitted),
 * counting iterations; `&refresh=N` changes cose's iterations per screen update (default COSE_REFRESH).
 * The settings as recorded in the results: bench/peer-common/settings.ts. Bundled by esbuild (bench/render.ts).
 */
import cytoscape from "cytoscape";
import { EDGE_COLOR, loadPeerGraph } from "../peer-common/graph";
import { COSE_REFRESH } from "../peer-common/settings";

async function main() {
  const container = document.getElementById("graph")!;
  const { graph, params, bench } = await loadPeerGraph(container);
  const webgl = params.get("webgl") === "1";
  const labels = params.get("labels") !== "0";
  const elements: cytoscape.ElementDefinition[] = [];
  for (const n of graph.nodes) {
    elements.push({
      group: "nodes",
      data: { id: n.id, label: n.label, d: 2 * n.size, color: n.color },
      position: { x: n.x, y: n.y },
    });
  }
  for (const e of graph.edges)
    elements.push({ group: "edges", data: { id: e.id, source: e.source, target: e.target } });
  bench.loaded = performance.now();
  // `renderer` is read by cytoscape (core: `options.renderer` merged over the top-level rendering hints) but is not
  // in its typings.
  const options: cytoscape.CytoscapeOptions & { renderer: { name: "canvas"; webgl: boolean } } = {
    container,
    elements,
    // preset's default `fit: true` would refit the view to the elements and their labels.
    layout: { name: "preset", fit: false },
    zoom: 1,
    pan: { x: graph.width / 2, y: graph.height / 2 },
    renderer: { name: "canvas", webgl },
    style: [
      {
        selector: "node",
        style: {
          width: "data(d)",
          height: "data(d)",
          "background-color": "data(color)",
          label: labels ? "data(label)" : "",
          "font-size": 14,
          "font-family": "Arial",
          "text-valign": "center",
          "text-halign": "right",
          "text-margin-x": 3,
        },
      },
      { selector: "edge", style: { width: 1.5, "line-color": EDGE_COLOR, "curve-style": "haystack" } },
    ],
  };
  const cy = cytoscape(options);
  if (params.get("layout") === "1") {
    // cose moves every node once per `refresh` iterations; one node's position events count those moves.
    const refresh = Number(params.get("refresh") ?? COSE_REFRESH);
    let moves = 0;
    cy.nodes()
      .first()
      .on("position", () => {
        moves += 1;
        bench.layout.push({ done: moves * refresh, t: performance.now() });
      });
    const layout = cy.layout({
      name: "cose",
      animate: true,
      randomize: false,
      fit: false,
      refresh,
    } as cytoscape.LayoutOptions);
    layout.run();
    bench.stopLayout = () => layout.stop();
  }
}
void main();
