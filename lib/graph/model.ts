/**
 * The explorer's shared words: the label languages, an exploration step, a pinned position, the camera, and the
 * serialized graph (graphology's format) that the API answers with and the client merges. Pure types and
 * constants: imported by the URL state, the graph helpers, the server's mappers and the components alike.
 */

export type Lang = "en" | "zh" | "ja";
export const LANGS: readonly Lang[] = ["en", "zh", "ja"];

/** `expand` adds a node's neighbours (all, or one relationship type); `remove` drops the node. */
export type Step = { op: "expand"; id: string; type?: string } | { op: "remove"; id: string };

export interface Pin {
  id: string;
  x: number;
  y: number;
}

export interface Camera {
  x: number;
  y: number;
  ratio: number;
}

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export interface SerializedNode {
  key: string;
  attributes: { label: string; type: string; [k: string]: Json };
}
export interface SerializedEdge {
  key: string;
  source: string;
  target: string;
  attributes: { type: string; [k: string]: Json };
}
export interface SerializedGraph {
  attributes: Record<string, Json>;
  options: { type: "directed"; multi: true; allowSelfLoops: true };
  nodes: SerializedNode[];
  edges: SerializedEdge[];
}

/** A serialized graph with nothing in it. */
export function emptySerializedGraph(attributes: Record<string, Json> = {}): SerializedGraph {
  return { attributes, options: { type: "directed", multi: true, allowSelfLoops: true }, nodes: [], edges: [] };
}
