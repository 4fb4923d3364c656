/**
 * The peer renderers of the render bench and the settings their pages (bench/peer-vis, bench/peer-cytoscape) use,
 * as bench/render.ts records them in the results. No library imports: read in Node too.
 */

/** Iterations of cytoscape's cose between two screen updates while it animates: cose's own default. */
export const COSE_REFRESH = 20;

export type PeerName = "vis" | "cytoscape";

export interface PeerInfo {
  name: PeerName;
  /** npm package (its version is read from node_modules at run time). */
  package: string;
  licence: string;
  /** The page's file names in the render bench's static directory. */
  page: string;
  settings: Record<string, string>;
}

export const PEERS: PeerInfo[] = [
  {
    name: "vis",
    package: "vis-network",
    licence: "Apache-2.0 OR MIT",
    page: "peer-vis",
    settings: {
      build: "vis-network/standalone (ESM, its dependencies bundled in)",
      renderer: "Canvas 2D (vis-network has no WebGL renderer)",
      physics: "off: the positions are given (with physics on, vis simulates before it draws)",
      edges: "smooth: false (straight; the default 'dynamic' curves add a physics node per edge), width 1.5, no arrows",
      nodes:
        "shape dot, size = sigma's radius, borderWidth 0, labels at 14 px below the node; vis hides a label under 5 px (drawThreshold, its default)",
      lod: "none: hideEdgesOnDrag / hideEdgesOnZoom false (the defaults, like sigma's)",
      layout:
        "&layout=1: physics on, solver forceAtlas2Based (the same family as the explorer's FA2), stabilization off, in the render loop on the main thread",
    },
  },
  {
    name: "cytoscape",
    package: "cytoscape",
    licence: "MIT",
    page: "peer-cytoscape",
    settings: {
      renderer:
        "renderer: { name: 'canvas' } (Canvas 2D, the default): without a GPU it is faster than its WebGL mode (webgl: true, since 3.31; the page's &webgl=1) at every size tried, so it is this peer's best here",
      edges: "curve-style haystack (straight; the default and the fastest), width 1.5, no arrows",
      nodes:
        "width = height = sigma's diameter, labels 14 px Arial right of the node, every label drawn (min-zoomed-font-size 0, the default)",
      lod: "none: hideEdgesOnViewport / textureOnViewport / motionBlur false (the defaults, like sigma's); pixelRatio 1 (default)",
      layout: `&layout=1: cose, animate: true, randomize: false, fit: false, refresh ${COSE_REFRESH} (its default), other options its defaults; on the main thread`,
    },
  },
];
