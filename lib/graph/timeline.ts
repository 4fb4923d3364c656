/**
 * Time in the explorer: what a node or a relationship's dates say (its `date` is when it began — a release, a
 * founding, an investment, a policy's issue — and an `end_date`, where there is one, when it ended), what existed
 * during a window, the histogram under the canvas, the steps of play, and what changed between two dates.
 * Dates are partial (YYYY, YYYY-MM, YYYY-MM-DD): a date is the whole span it names ("2023" is all of 2023), so an
 * item dated "2023" exists as of 2023-06 and began within 2023-01..2023-12. Pure.
 */

export type Granularity = "year" | "quarter" | "month";
/** What the picture does with undated items while a time window is on. */
export type UndatedMode = "shown" | "dimmed" | "hidden";
export const UNDATED_MODES: readonly UndatedMode[] = ["shown", "dimmed", "hidden"];

/** A window of time; both ends partial dates, either open. `from === to` is "as of" one date. */
export interface TimeWindow {
  from?: string;
  to?: string;
}

export interface Span {
  start?: string;
  end?: string;
}

/** The earliest full date a partial date covers ("2023" → "2023-01-01"). */
export function firstDay(d: string): string {
  if (d.length === 4) return `${d}-01-01`;
  if (d.length === 7) return `${d}-01`;
  return d;
}
/** The latest full date a partial date covers ("2023-02" → "2023-02-31": compared as text, so an upper bound). */
export function lastDay(d: string): string {
  if (d.length === 4) return `${d}-12-31`;
  if (d.length === 7) return `${d}-31`;
  return d;
}

/** An item's span from its attributes: `date` (start) and `end_date`. */
export function spanOf(attrs: Record<string, unknown>): Span {
  const start = typeof attrs.date === "string" && attrs.date ? attrs.date : undefined;
  const end = typeof attrs.end_date === "string" && attrs.end_date ? attrs.end_date : undefined;
  return { start, end };
}

/**
 * True when the item existed at some time in the window: it began no later than the window's end and had not
 * ended before the window's start. Undefined for an undated item (the caller's UndatedMode decides).
 */
export function existsDuring(s: Span, w: TimeWindow): boolean | undefined {
  if (!s.start) return undefined;
  if (w.to && firstDay(s.start) > lastDay(w.to)) return false;
  if (w.from && s.end && lastDay(s.end) < firstDay(w.from)) return false;
  return true;
}

export function isWindowOn(w: TimeWindow): boolean {
  return !!(w.from || w.to);
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The bucket a date falls in: "2023", "2023-Q2", "2023-06". A date less precise than the bucket: its first one. */
export function bucketOf(date: string, g: Granularity): string {
  const y = date.slice(0, 4);
  const m = date.length >= 7 ? Number(date.slice(5, 7)) : 1;
  if (g === "year") return y;
  if (g === "quarter") return `${y}-Q${Math.ceil(m / 3)}`;
  return `${y}-${pad(m)}`;
}

/** A bucket as a window: "2023-Q2" → 2023-04..2023-06. */
export function bucketWindow(bucket: string, g: Granularity): TimeWindow {
  if (g === "year") return { from: bucket, to: bucket };
  if (g === "month") return { from: bucket, to: bucket };
  const [y, q] = bucket.split("-Q");
  const first = (Number(q) - 1) * 3 + 1;
  return { from: `${y}-${pad(first)}`, to: `${y}-${pad(first + 2)}` };
}

/** The bucket after (or before, `by` < 0) this one. */
export function shiftBucket(bucket: string, g: Granularity, by: number): string {
  if (g === "year") return String(Number(bucket) + by);
  if (g === "quarter") {
    const [y, q] = bucket.split("-Q").map(Number);
    const i = y * 4 + (q - 1) + by;
    return `${Math.floor(i / 4)}-Q${(i % 4) + 1}`;
  }
  const [y, m] = bucket.split("-").map(Number);
  const i = y * 12 + (m - 1) + by;
  return `${Math.floor(i / 12)}-${pad((i % 12) + 1)}`;
}

/** A granularity that gives at most ~60 buckets over the span. */
export function granularityFor(first: string, last: string): Granularity {
  const years = Number(last.slice(0, 4)) - Number(first.slice(0, 4)) + 1;
  return years > 15 ? "year" : years > 4 ? "quarter" : "month";
}

export interface Bucket {
  key: string;
  window: TimeWindow;
  nodes: number;
  relationships: number;
}

export interface Histogram {
  granularity: Granularity;
  buckets: Bucket[];
  dated: number;
  undated: number;
}

/** Every bucket from the earliest start to the latest, empty ones included, with the items that began in each. */
export function histogram(items: Iterable<{ kind: "node" | "relationship"; span: Span }>, g?: Granularity): Histogram {
  const starts: { kind: "node" | "relationship"; start: string }[] = [];
  let undated = 0;
  for (const it of items) {
    if (it.span.start) starts.push({ kind: it.kind, start: it.span.start });
    else undated++;
  }
  if (!starts.length) return { granularity: g ?? "year", buckets: [], dated: 0, undated };
  const sorted = starts.map((s) => s.start).sort();
  const gran = g ?? granularityFor(sorted[0], sorted[sorted.length - 1]);
  const counts = new Map<string, { nodes: number; relationships: number }>();
  for (const s of starts) {
    const k = bucketOf(s.start, gran);
    const c = counts.get(k) ?? { nodes: 0, relationships: 0 };
    if (s.kind === "node") c.nodes++;
    else c.relationships++;
    counts.set(k, c);
  }
  const buckets: Bucket[] = [];
  const last = bucketOf(sorted[sorted.length - 1], gran);
  for (let k = bucketOf(sorted[0], gran); ; k = shiftBucket(k, gran, 1)) {
    const c = counts.get(k) ?? { nodes: 0, relationships: 0 };
    buckets.push({ key: k, window: bucketWindow(k, gran), ...c });
    if (k === last || buckets.length > 2000) break;
  }
  return { granularity: gran, buckets, dated: starts.length, undated };
}

/** Play's next window: the same width, moved one bucket later; undefined past the last bucket. */
export function nextWindow(h: Histogram, w: TimeWindow): TimeWindow | undefined {
  if (!h.buckets.length) return undefined;
  const g = h.granularity;
  const last = h.buckets[h.buckets.length - 1].key;
  const first = h.buckets[0].key;
  const from = w.from ? bucketOf(w.from, g) : first;
  const to = w.to ? bucketOf(w.to, g) : last;
  if (to >= last) return undefined; // bucket keys of one granularity sort as text
  const nf = shiftBucket(from, g, 1);
  const nt = shiftBucket(to, g, 1);
  return { from: bucketWindow(nf, g).from, to: bucketWindow(nt, g).to };
}

export type ChangeKind = "added" | "ended";

export interface Change<T = string> {
  item: T;
  kind: ChangeKind;
  date: string;
}

/**
 * What changed between D1 and D2 (D1 < D2): what began after D1 and by D2 (`added`), what ended after D1 and by D2
 * (`ended`), in date order; `stayed` counts what existed at D1 and still did at D2.
 */
export function changesBetween<T>(items: Iterable<{ item: T; span: Span }>, d1: string, d2: string): { changes: Change<T>[]; stayed: number } {
  const changes: Change<T>[] = [];
  let stayed = 0;
  const after = (d: string) => firstDay(d) > lastDay(d1);
  const byEnd = (d: string) => firstDay(d) <= lastDay(d2);
  for (const { item, span } of items) {
    if (!span.start) continue;
    if (after(span.start) && byEnd(span.start)) changes.push({ item, kind: "added", date: span.start });
    if (span.end && after(span.end) && byEnd(span.end)) changes.push({ item, kind: "ended", date: span.end });
    const atD1 = existsDuring(span, { from: d1, to: d1 });
    const atD2 = existsDuring(span, { from: d2, to: d2 });
    if (atD1 && atD2 && !after(span.start)) stayed++;
  }
  changes.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { changes, stayed };
}
