/**
 * Parallel relationships (two or more between the same two nodes, in either direction) are drawn as curves bent
 * apart, so each one can be seen, hovered and labelled; a lone relationship stays straight. Pure: no sigma.
 */
import type Graph from "graphology";

/** The curvature between neighbouring curves of a pair (in edge lengths; @sigma/edge-curve's default is 0.25). */
export const CURVE_STEP = 0.5;
/** The most a pair's outermost curve bends, however many relationships the pair has. */
export const MAX_CURVATURE = 0.75;

/**
 * The curvature of every relationship that has a parallel one; absent from the map: draw it straight. A pair's
 * relationships are spread evenly on both sides of the straight line, in the order of their keys (so the same
 * graph always bends the same way); the middle one of an odd count stays straight. The sign is relative to each
 * relationship's own direction, so A→B and B→A bend to opposite sides of the line. Self-loops are left out.
 */
export function parallelCurvatures(graph: Pick<Graph, "forEachEdge">): Map<string, number> {
  const pairs = new Map<string, { edge: string; reversed: boolean }[]>();
  graph.forEachEdge((edge, _a, source, target) => {
    if (source === target) return;
    const reversed = source > target;
    const pair = reversed ? `${target}\u0000${source}` : `${source}\u0000${target}`;
    const list = pairs.get(pair);
    if (list) list.push({ edge, reversed });
    else pairs.set(pair, [{ edge, reversed }]);
  });
  const out = new Map<string, number>();
  for (const list of pairs.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => (a.edge < b.edge ? -1 : a.edge > b.edge ? 1 : 0));
    const step = Math.min(CURVE_STEP, (2 * MAX_CURVATURE) / (list.length - 1));
    list.forEach(({ edge, reversed }, i) => {
      const slot = i - (list.length - 1) / 2;
      if (slot === 0) return;
      const c = slot * step;
      out.set(edge, reversed ? -c : c);
    });
  }
  return out;
}
