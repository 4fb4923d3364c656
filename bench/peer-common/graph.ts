/**
 * Shared by the peer pages (bench/peer-vis, bench/peer-cytoscape): the bench graph the bare sigma page draws
 * (bench/bare/main.ts), with the same nodes, edges, labels, sizes (`nodeSize` of the degree, as sigma's graphology
 * `degree` counts it: in + out, parallel edges and self-loops included) and colours (lib/graph/style.ts), placed
 * on screen as sigma's default camera places it: the positions' bounding box fitted into the container less
 * sigma's `stagePadding` (30 px), aspect ratio kept, y pointing up. The peers take pixel coordinates at zoom 1
 * (their node sizes are in pixels at zoom 1, as sigma's are in screen pixels), so the three pages draw the same
 * picture at the same scale.
 */
import { EDGE_COLOR, nodeColor, nodeSize } from "../../lib/graph/style";

interface BenchGraph {
  nodes: { key: string; attributes: { label: string; type: string } }[];
  edges: { key: string; source: string; target: string }[];
  positions: Record<string, [number, number]>;
}
export interface PeerNode {
  id: string;
  label: string;
  /** Pixels from the container's centre at zoom 1, y down. */
  x: number;
  y: number;
  /** Radius in pixels (sigma's node size). */
  size: number;
  color: string;
}
export interface PeerGraph {
  nodes: PeerNode[];
  edges: { id: string; source: string; target: string }[];
  width: number;
  height: number;
}
export type BenchState = { layout: { done: number; t: number }[]; loaded?: number; stopLayout?: () => void };
export { EDGE_COLOR };

/** sigma's default `stagePadding`. */
const PADDING = 30;

export async function loadPeerGraph(
  container: HTMLElement,
): Promise<{ graph: PeerGraph; params: URLSearchParams; bench: BenchState }> {
  const w = window as Window & { __bench?: BenchState };
  const bench: BenchState = { layout: [] };
  w.__bench = bench;
  const params = new URLSearchParams(location.search);
  const body = (await (await fetch(params.get("src")!)).json()) as BenchGraph;
  // &w=&h=: a canvas of that many CSS pixels, as on the bare page.
  if (params.get("w") && params.get("h"))
    Object.assign(container.style, { width: `${params.get("w")}px`, height: `${params.get("h")}px` });
  const width = container.clientWidth;
  const height = container.clientHeight;
  const degree = new Map<string, number>();
  for (const e of body.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const n of body.nodes) {
    const [x, y] = body.positions[n.key];
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const scale = Math.min(
    (width - 2 * PADDING) / Math.max(1e-9, maxX - minX),
    (height - 2 * PADDING) / Math.max(1e-9, maxY - minY),
  );
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  const nodes = body.nodes.map((n): PeerNode => {
    const [x, y] = body.positions[n.key];
    return {
      id: n.key,
      label: n.attributes.label,
      x: (x - cx) * scale,
      y: -(y - cy) * scale,
      size: nodeSize(degree.get(n.key) ?? 0),
      color: nodeColor(n.attributes.type),
    };
  });
  const edges = body.edges.map((e) => ({ id: e.key, source: e.source, target: e.target }));
  return { graph: { nodes, edges, width, height }, params, bench };
}
