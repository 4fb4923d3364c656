/**
 * The explorer's shared words: the label languages, an exploration step, a pinned position, the camera, and the
 * serialized graph (graphology's format) that the API answers with and the client merges. Pure types and
 * constants: imported by the URL state, the graph helpers, the server's mappers and the components alike.
 */

export type Lang = "en" | "zh" | "ja";
export const LANGS: readonly Lang[] = ["en", "zh", "ja"];

/** `expand` adds a node's neighbours (all, or one relationship type); `remove` drops the node. */
/** An expansion follows one relationship type (or all), optionally only relationships of one `kind` (an old link's). */
export type Step = { op: "expand"; id: string; type?: string; kind?: string } | { op: "remove"; id: string };

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

/** What node sizes say (lib/graph/analysis.ts computes them). */
export const SIZE_BY = ["degree", "pagerank", "betweenness"] as const;
export type SizeBy = (typeof SIZE_BY)[number];
/** What node colours say: `type`, `community`, or `prop:<key>` (a node property, e.g. `prop:founded`). */
export type ColorBy = "type" | "community" | `prop:${string}`;

const PROPERTY_KEY = /^[a-z][a-z0-9_]{0,39}$/;

export function isSizeBy(s: string): s is SizeBy {
  return (SIZE_BY as readonly string[]).includes(s);
}
export function isColorBy(s: string): s is ColorBy {
  return s === "type" || s === "community" || (s.startsWith("prop:") && PROPERTY_KEY.test(s.slice(5)));
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
