/**
 * The console's scope switch: with "the deck" only, what a result holds from other seed sets (since 2023) is left
 * out of the graph, and the rows that hold any of it are left out of the table — counted, so the page says so.
 * Items without a set (a database the seed did not write) stay. Pure.
 */
import { DECK_SET, type Scope } from "../graph/filters";
import type { Json } from "../graph/model";
import type { ConsoleResult } from "./types";

const otherSet = (props: unknown) => {
  const set = props && typeof props === "object" ? (props as Record<string, unknown>).seed_set : undefined;
  return typeof set === "string" && set !== DECK_SET;
};

/** True when the cell is, or holds, a node or relationship of another set. */
function holdsOther(v: Json, depth = 0): boolean {
  if (depth > 32 || v === null || typeof v !== "object") return false;
  if (Array.isArray(v)) return v.some((x) => holdsOther(x, depth + 1));
  if ((v._kind === "node" || v._kind === "relationship") && otherSet(v.properties)) return true;
  return Object.values(v).some((x) => holdsOther(x, depth + 1));
}

export function scopeResult(r: ConsoleResult, scope: Scope): { result: ConsoleResult; hiddenRows: number; hiddenNodes: number } {
  if (scope === "all") return { result: r, hiddenRows: 0, hiddenNodes: 0 };
  const nodes = r.graph.nodes.filter((n) => !otherSet(n.attributes));
  const keep = new Set(nodes.map((n) => n.key));
  const edges = r.graph.edges.filter((e) => !otherSet(e.attributes) && keep.has(e.source) && keep.has(e.target));
  const rows = r.rows.filter((row) => !row.some((c) => holdsOther(c)));
  return {
    result: { ...r, rows, graph: { ...r.graph, nodes, edges } },
    hiddenRows: r.rows.length - rows.length,
    hiddenNodes: r.graph.nodes.length - nodes.length,
  };
}
