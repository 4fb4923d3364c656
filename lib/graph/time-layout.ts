/**
 * The time layout: dated nodes placed on a time axis (left to right by their date), one lane per node type, so a
 * model timeline reads left to right; undated nodes are left to the force layout, which settles them beside the
 * dated ones they are joined to (the dated ones are pinned). The axis is ordinal — each distinct month one step —
 * because the data's dates bunch (decades of foundings, then dozens of releases in 2023): a linear axis piles the
 * recent ones on top of each other. Pure.
 */
import { bucketOf, spanOf } from "./timeline";


export function timePositions(nodes: Iterable<[string, Record<string, unknown>]>, order: number): Map<string, { x: number; y: number }> {
  const dated: { id: string; type: string; t: number; month: string }[] = [];
  for (const [id, a] of nodes) {
    const s = spanOf(a);
    if (s.start) dated.push({ id, type: String(a.type), t: 0, month: bucketOf(s.start, "month") });
  }
  const months = [...new Set(dated.map((d) => d.month))].sort();
  for (const d of dated) d.t = months.indexOf(d.month);
  const out = new Map<string, { x: number; y: number }>();
  if (!dated.length) return out;
  const width = 40 * Math.sqrt(Math.max(order, 4));
  const lo = Math.min(...dated.map((d) => d.t));
  const hi = Math.max(...dated.map((d) => d.t));
  const types = [...new Set(dated.map((d) => d.type))].sort();
  const lane = (1.4 * width) / Math.max(3, types.length);
  // Nodes of one lane that fall on (nearly) the same x are stacked so their labels do not overprint.
  const stack = new Map<string, number>();
  dated.sort((a, b) => a.t - b.t || (a.id < b.id ? -1 : 1));
  for (const d of dated) {
    const x = hi > lo ? -width + (2 * width * (d.t - lo)) / (hi - lo) : 0;
    const key = `${d.type}|${Math.round(x / (width / 30))}`;
    const k = stack.get(key) ?? 0;
    stack.set(key, k + 1);
    const y = (types.indexOf(d.type) - (types.length - 1) / 2) * lane + k * (lane / 4);
    out.set(d.id, { x: Math.round(x * 100) / 100, y: Math.round(y * 100) / 100 });
  }
  return out;
}
