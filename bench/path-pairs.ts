/**
 * Id pairs for the `paths` scenarios of the API bench, picked from the generated set (deterministic: the same size
 * always gives the same pairs): two small companies, each partnering a different hub, that a breadth-first search
 * over the set joins within the hop cap without stepping on a concept node — what `GET /api/paths` finds with its
 * default options. The search runs here, on the records, so a pair with no path is never measured.
 */
import { CONCEPT_LABELS } from "../graph-seed/vocabulary";
import { PATH_LIMITS } from "../lib/graph/paths";
import { prng, type GeneratedSet } from "./generate";

export interface PathPair {
  ids: [string, string];
  /** Hops of the shortest path between them (undirected, no concept node in between). */
  hops: number;
}

/** A small company: at most this many relationships. */
const SMALL = 8;

/** `count` pairs of small companies partnering different hubs, joined within `maxHops`. */
export function pathPairs(set: GeneratedSet, count = 20, maxHops: number = PATH_LIMITS.defaultHops): PathPair[] {
  const adj = new Map<string, string[]>();
  const link = (a: string, b: string) => (adj.get(a) ?? adj.set(a, []).get(a)!).push(b);
  for (const r of set.relationships) {
    link(r.from, r.to);
    link(r.to, r.from);
  }
  const concepts = new Set(set.nodes.filter((n) => CONCEPT_LABELS.includes(n.label)).map((n) => n.id));
  const hubs = new Set(set.hubs);
  const hubOf = new Map<string, string>();
  for (const r of set.relationships) {
    if (r.type !== "PARTNERS_WITH") continue;
    const [c, h] = hubs.has(r.to) ? [r.from, r.to] : hubs.has(r.from) ? [r.to, r.from] : [null, null];
    if (c && !hubs.has(c) && c.startsWith("company:") && (adj.get(c)?.length ?? 0) <= SMALL && !hubOf.has(c))
      hubOf.set(c, h!);
  }
  const candidates = [...hubOf.keys()].sort();
  const r = prng(13);
  const out: PathPair[] = [];
  const used = new Set<string>();
  for (let tries = 0; out.length < count && tries < count * 50 && candidates.length > 1; tries++) {
    const a = r.pick(candidates);
    const b = r.pick(candidates);
    if (a === b || hubOf.get(a) === hubOf.get(b) || used.has(a) || used.has(b)) continue;
    const hops = distance(adj, concepts, a, b, maxHops);
    if (hops === null) continue;
    used.add(a).add(b);
    out.push({ ids: [a, b], hops });
  }
  return out;
}

/** Breadth-first hops from `a` to `b` (at most `max`), never through a concept node. */
function distance(adj: Map<string, string[]>, concepts: Set<string>, a: string, b: string, max: number): number | null {
  const seen = new Set([a]);
  let frontier = [a];
  for (let d = 1; d <= max && frontier.length; d++) {
    const next: string[] = [];
    for (const n of frontier)
      for (const m of adj.get(n) ?? []) {
        if (m === b) return d;
        if (seen.has(m) || concepts.has(m)) continue;
        seen.add(m);
        next.push(m);
      }
    frontier = next;
  }
  return null;
}
