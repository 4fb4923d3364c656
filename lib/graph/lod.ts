/**
 * Level of detail (bench/README.md): above these sizes the canvas hides edges and labels while the camera moves,
 * turns edge hover/click (a picking pass over every edge) off, and draws relationships as plain lines — their
 * arrowheads are unreadable at that density and cost a second draw per edge.
 */
import type Graph from "graphology";

export const LOD_NODES = 5_000;
export const LOD_EDGES = 5_000;

export function isLarge(graph: Pick<Graph, "order" | "size">): boolean {
  return graph.size > LOD_EDGES || graph.order > LOD_NODES;
}
