/**
 * Filters hide, they never drop data: these predicates decide what the canvas and the tables show.
 * Dates are partial (YYYY, YYYY-MM, YYYY-MM-DD) and compared on their common prefix, so "2023" overlaps
 * a range starting "2023-06". The timeline's window (lib/graph/timeline.ts) hides what did not exist then.
 */
import { existsDuring, isWindowOn, spanOf, type TimeWindow, type UndatedMode } from "./timeline";

export interface Filters {
  hiddenNodeTypes: readonly string[];
  hiddenRelTypes: readonly string[];
  dateFrom?: string;
  dateTo?: string;
  /** The timeline's window: what did not exist then is hidden (lib/graph/timeline.ts). */
  time?: TimeWindow;
  /** Undated items while a window is on: `hidden` hides them; `dimmed` is drawn faint (not a filter). */
  undated?: UndatedMode;
}

/** False when the timeline's window says the item did not exist then (or is undated and undated items are hidden). */
export function inTime(attrs: Record<string, unknown>, f: Filters): boolean {
  if (!f.time || !isWindowOn(f.time)) return true;
  const e = existsDuring(spanOf(attrs), f.time);
  return e === undefined ? f.undated !== "hidden" : e;
}

function cmpPartial(a: string, b: string): number {
  const k = Math.min(a.length, b.length);
  const x = a.slice(0, k);
  const y = b.slice(0, k);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** True when a date (if any) lies in the range; undated things are always in range. */
export function dateInRange(date: unknown, from?: string, to?: string): boolean {
  if (typeof date !== "string" || !date) return true;
  if (from && cmpPartial(date, from) < 0) return false;
  if (to && cmpPartial(date, to) > 0) return false;
  return true;
}

export function nodePasses(attrs: Record<string, unknown>, f: Filters): boolean {
  if (f.hiddenNodeTypes.includes(String(attrs.type))) return false;
  return dateInRange(attrs.date, f.dateFrom, f.dateTo) && inTime(attrs, f);
}

export function edgePasses(attrs: Record<string, unknown>, f: Filters): boolean {
  if (f.hiddenRelTypes.includes(String(attrs.type))) return false;
  return dateInRange(attrs.date, f.dateFrom, f.dateTo) && inTime(attrs, f);
}
