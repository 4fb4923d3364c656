/**
 * Deterministic ForceAtlas2: the same nodes, relationships and pins always give the same picture, so a shared
 * link draws what its author saw. Nodes are ordered by id, start from positions hashed from their id, and the
 * layout runs a fixed number of iterations (in a web worker: see app/_components/graph/layout.worker.ts).
 */
import type Graph from "graphology";
import iterate from "graphology-layout-forceatlas2/iterate.js";
import defaults from "graphology-layout-forceatlas2/defaults.js";
import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import { hashString } from "./style";

/** Iterations of every layout run: enough for a few hundred nodes to settle. */
export const LAYOUT_ITERATIONS = 500;
const PPN = 10; // numbers per node in FA2's matrix
const PPE = 3; // numbers per edge

/** Plain data (structured-clone friendly): what the worker needs. */
export interface LayoutInput {
  ids: string[];
  x: number[];
  y: number[];
  size: number[];
  fixed: boolean[];
  /** Flat [sourceIndex, targetIndex, weight, …]. */
  edges: number[];
  iterations: number;
}

/** The starting position of a node: an angle and a radius hashed from its id. */
export function seedPosition(id: string, order: number): { x: number; y: number } {
  const angle = (hashString(id) / 2 ** 32) * 2 * Math.PI;
  const radius = (0.2 + 0.8 * Math.sqrt(hashString(id, 0x9e3779b9) / 2 ** 32)) * 20 * Math.sqrt(Math.max(order, 1));
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

/** Builds the layout input from a graph (any attributes; `size` is read when present) and pinned positions. */
export function prepareLayout(
  graph: Graph,
  pins: ReadonlyMap<string, { x: number; y: number }>,
  iterations = LAYOUT_ITERATIONS,
): LayoutInput {
  const ids = graph.nodes().sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const input: LayoutInput = { ids, x: [], y: [], size: [], fixed: [], edges: [], iterations };
  for (const id of ids) {
    const pin = pins.get(id);
    const p = pin ?? seedPosition(id, ids.length);
    input.x.push(p.x);
    input.y.push(p.y);
    const size = graph.getNodeAttribute(id, "size");
    input.size.push(typeof size === "number" ? size : 1);
    input.fixed.push(!!pin);
  }
  const weights = new Map<string, number>();
  graph.forEachEdge((_e, _a, source, target) => {
    if (source === target) return;
    const [a, b] = [index.get(source)!, index.get(target)!].sort((m, n) => m - n);
    const k = `${a},${b}`;
    weights.set(k, (weights.get(k) ?? 0) + 1);
  });
  for (const k of [...weights.keys()].sort()) {
    const [a, b] = k.split(",").map(Number);
    input.edges.push(a, b, weights.get(k)!);
  }
  return input;
}

/** Up to this many nodes the layout makes room for labels (see `layoutSettings`). */
export const ROOMY_LAYOUT_MAX = 1_000;

/**
 * The FA2 settings for a graph of `order` nodes (graphology's inferred ones, hubs pushed outwards). Up to
 * ROOMY_LAYOUT_MAX nodes, where every label that has room is drawn, a stronger pull to the centre (0.5 against
 * 0.08): the leaves of a hub no longer huddle round it, so their labels and the relationships' types fit.
 * Measured on the named views (16 views x 3 label languages: 1140 labels, 452 relationships) framed and labelled
 * as on the canvas: labels placed 1094 -> 1122, relationship types that fit along their edge 251 -> 316, edge
 * crossings 65 -> 79. LinLog and `adjustSizes` gave room too but tangled the pictures (269 and 447 crossings).
 */
export function layoutSettings(order: number): Required<ForceAtlas2Settings> {
  const base = {
    ...defaults,
    barnesHutOptimize: order > 1000,
    strongGravityMode: true,
    gravity: 0.08,
    scalingRatio: 12,
    slowDown: 1 + Math.log(Math.max(order, 1)),
    outboundAttractionDistribution: false,
  };
  return order <= ROOMY_LAYOUT_MAX ? { ...base, gravity: 0.5 } : base;
}

/** A running layout: call `run(n)` repeatedly; positions are read from the matrix as [x0, y0, x1, y1, …]. */
export function createLayout(input: LayoutInput) {
  const n = input.ids.length;
  const nodes = new Float32Array(n * PPN);
  const edges = new Float32Array((input.edges.length / 3) * PPE);
  for (let i = 0; i < n; i++) {
    const j = i * PPN;
    nodes[j] = input.x[i];
    nodes[j + 1] = input.y[i];
    nodes[j + 6] = 1; // mass (incremented by weighted degree below)
    nodes[j + 7] = 1; // convergence
    nodes[j + 8] = input.size[i];
    nodes[j + 9] = input.fixed[i] ? 1 : 0;
  }
  for (let e = 0; e < input.edges.length / 3; e++) {
    const [s, t, w] = [input.edges[e * 3], input.edges[e * 3 + 1], input.edges[e * 3 + 2]];
    nodes[s * PPN + 6] += w;
    nodes[t * PPN + 6] += w;
    edges[e * PPE] = s * PPN;
    edges[e * PPE + 1] = t * PPN;
    edges[e * PPE + 2] = w;
  }
  const settings = layoutSettings(n);
  let done = 0;
  return {
    get done() {
      return done;
    },
    /** Runs up to `count` more iterations (never past `input.iterations`). */
    run(count: number): void {
      const until = Math.min(input.iterations, done + count);
      if (n > 1) for (; done < until; done++) iterate(settings, nodes, edges);
      else done = until;
    },
    positions(): Float32Array {
      const out = new Float32Array(n * 2);
      for (let i = 0; i < n; i++) {
        out[i * 2] = nodes[i * PPN];
        out[i * 2 + 1] = nodes[i * PPN + 1];
      }
      return out;
    },
  };
}

/** Runs the whole layout synchronously (tests, tiny graphs): id -> position. */
export function runLayout(input: LayoutInput): Map<string, { x: number; y: number }> {
  const l = createLayout(input);
  l.run(input.iterations);
  const p = l.positions();
  return new Map(input.ids.map((id, i) => [id, { x: p[i * 2], y: p[i * 2 + 1] }]));
}
