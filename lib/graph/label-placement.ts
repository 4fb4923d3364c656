/**
 * Labels that never print over each other, the geometry: boxes, the places a label may take, the space a frame
 * has used, and which labels sigma offers by graph size. The painter that uses it is lib/graph/label-painter.ts.
 */

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** The radius, when the box is a node's disc. */
  r?: number;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** The screen space one frame's labels (and, optionally, nodes) take, bucketed so a test looks at a few boxes. */
export class LabelSpace {
  private readonly cells = new Map<number, Box[]>();
  constructor(private readonly cellSize = 48) {}

  clear(): void {
    this.cells.clear();
  }

  /** Whether `b` overlaps a box in the space (only those `counts` accepts, when given). */
  hits(b: Box, counts?: (o: Box) => boolean): boolean {
    for (const k of this.keys(b))
      for (const o of this.cells.get(k) ?? []) if (overlaps(o, b) && (!counts || counts(o))) return true;
    return false;
  }

  add(b: Box): void {
    for (const k of this.keys(b)) {
      const cell = this.cells.get(k);
      if (cell) cell.push(b);
      else this.cells.set(k, [b]);
    }
  }

  private keys(b: Box): number[] {
    const c = this.cellSize;
    const clamp = (v: number) => Math.max(-32_768, Math.min(32_767, Math.floor(v / c)));
    const out: number[] = [];
    for (let i = clamp(b.x0); i <= clamp(b.x1); i++)
      for (let j = clamp(b.y0); j <= clamp(b.y1); j++) out.push((i + 32_768) * 65_536 + j + 32_768);
    return out;
  }
}

/** Gap between a node's disc and its label, and around a label, in pixels. */
const GAP = 3;
const MARGIN = 1;

export type Side = "right" | "left" | "above" | "below";
export interface Spot {
  side: Side;
  /** Where the text is drawn: x with `align`, y on the alphabetic baseline. */
  x: number;
  y: number;
  align: CanvasTextAlign;
  box: Box;
}

/** The places a node's label can go, in order of preference (sigma's own is the first: right of the node). */
export function nodeLabelSpots(x: number, y: number, r: number, width: number, fontSize: number): Spot[] {
  // Glyphs reach ~0.85 em above the baseline (CJK) and ~0.25 em below it (descenders).
  const box = (x0: number, baseline: number): Box => ({
    x0: x0 - MARGIN,
    y0: baseline - 0.85 * fontSize - MARGIN,
    x1: x0 + width + MARGIN,
    y1: baseline + 0.25 * fontSize + MARGIN,
  });
  const mid = y + fontSize / 3;
  const above = y - r - GAP - 0.25 * fontSize;
  const below = y + r + GAP + 0.85 * fontSize;
  // Half a line up or down, still touching the disc: the text starts next to the node, not next to a neighbour.
  const up = mid - 0.55 * fontSize;
  const down = mid + 0.55 * fontSize;
  return [
    { side: "right", x: x + r + GAP, y: mid, align: "left", box: box(x + r + GAP, mid) },
    { side: "left", x: x - r - GAP, y: mid, align: "right", box: box(x - r - GAP - width, mid) },
    { side: "above", x, y: above, align: "center", box: box(x - width / 2, above) },
    { side: "below", x, y: below, align: "center", box: box(x - width / 2, below) },
    { side: "right", x: x + r + GAP, y: up, align: "left", box: box(x + r + GAP, up) },
    { side: "right", x: x + r + GAP, y: down, align: "left", box: box(x + r + GAP, down) },
    { side: "left", x: x - r - GAP, y: up, align: "right", box: box(x - r - GAP - width, up) },
    { side: "left", x: x - r - GAP, y: down, align: "right", box: box(x - r - GAP - width, down) },
  ];
}

function inside(b: Box, width: number, height: number): boolean {
  return b.x0 >= 0 && b.y0 >= 0 && b.x1 <= width && b.y1 <= height;
}

/**
 * The first spot inside the frame that overlaps no label placed before and no node; else the first that covers
 * only nodes smaller than this one (radius `r`: a hub's label may run over a leaf, never the reverse); with
 * `overNodes` (a label that must show), else the first that overlaps no label; else none. `nodes` holds the
 * frame's node discs (a node's own disc never meets its own spots).
 */
export function chooseSpot(
  spots: readonly Spot[],
  labels: LabelSpace,
  nodes: LabelSpace | null,
  frame: { width: number; height: number },
  r = 0,
  overNodes = false,
): Spot | null {
  const free = spots.filter((s) => inside(s.box, frame.width, frame.height) && !labels.hits(s.box));
  return (
    free.find((s) => !nodes?.hits(s.box)) ??
    free.find((s) => !nodes?.hits(s.box, (o) => (o.r ?? Infinity) >= r)) ??
    (overNodes ? free[0] : undefined) ??
    null
  );
}

/** A label with no room whole is tried again cut to this many pixels (hover or the details panel show it whole). */
export const SHORT_LABEL = 110;

export interface PlacedLabel {
  text: string;
  spot: Spot;
}

/**
 * Where a node's label goes, whole or else shortened (`chooseSpot` for each); null when it has no room. Before the
 * label is measured whole, its first three characters are: every text tried (the label, or it cut to at least three
 * characters and an ellipsis) is at least as wide, and each spot's box holds the box of a narrower text at the same
 * spot, so where those three have no room nothing has. In a crowded frame (a thousand labels offered, most with
 * a bigger node or a placed label on every side) that short, often repeated measure turns most labels away.
 */
export function placeNodeLabel(
  node: { x: number; y: number; r: number; label: string },
  fontSize: number,
  measure: (text: string) => number,
  space: { labels: LabelSpace; nodes: LabelSpace | null; width: number; height: number },
  overNodes = false,
): PlacedLabel | null {
  const spots = (width: number) => nodeLabelSpots(node.x, node.y, node.r, width, fontSize);
  if (node.label.length > 3) {
    // What chooseSpot accepts at the least: inside, off every label, and (unless it must show) off every node at
    // least as big as this one.
    const open = (s: Spot) =>
      inside(s.box, space.width, space.height) &&
      !space.labels.hits(s.box) &&
      (overNodes || !space.nodes?.hits(s.box, (o) => (o.r ?? Infinity) >= node.r));
    if (!spots(measure(node.label.slice(0, 3).trimEnd())).some(open)) return null;
  }
  const at = (text: string, width: number) => {
    const spot = chooseSpot(spots(width), space.labels, space.nodes, space, node.r, overNodes);
    return spot ? { text, spot } : null;
  };
  const whole = measure(node.label);
  const placed = at(node.label, whole);
  if (placed || whole <= SHORT_LABEL) return placed;
  const short = fitText(node.label, SHORT_LABEL, measure);
  return short ? at(short.text, short.width) : null;
}

/** Where a relationship's label goes: its centre, its angle (kept upright) and the length it may take. */
export interface EdgeSpot {
  x: number;
  y: number;
  angle: number;
  room: number;
}

/** Room kept free at each end of a relationship's label: the arrowhead and some air. */
const EDGE_END_ROOM = 10;

/**
 * The label spot of a relationship drawn between two discs (screen pixels): the middle of the visible part of a
 * straight edge, or the top of a curve (@sigma/edge-curve's quadratic curve, whose tangent there is parallel to the
 * chord). Null when the edge is too short to carry anything.
 */
export function edgeLabelSpot(
  s: { x: number; y: number; size: number },
  t: { x: number; y: number; size: number },
  curvature = 0,
): EdgeSpot | null {
  const dx = t.x - s.x;
  const dy = t.y - s.y;
  const len = Math.hypot(dx, dy);
  const room = len - s.size - t.size - 2 * EDGE_END_ROOM;
  if (!(room > 0)) return null;
  const along = (s.size + (len - s.size - t.size) / 2) / len;
  // The curve's control point is the chord's middle + (dy, -dx) * curvature; the curve passes half-way to it.
  const x = s.x + dx * along + (dy * curvature) / 2;
  const y = s.y + dy * along - (dx * curvature) / 2;
  let angle = Math.atan2(dy, dx);
  if (angle > Math.PI / 2) angle -= Math.PI;
  else if (angle < -Math.PI / 2) angle += Math.PI;
  return { x, y, angle, room };
}

/**
 * Where along its edge a label of `width` x `height` may sit, in order of preference: on the line at the spot,
 * then (straight edges only: a curve's label sits at its top) a quarter and a half of the slack towards either
 * end; then the same beside the line, on either side.
 */
export function edgeLabelPlaces(
  spot: EdgeSpot,
  width: number,
  height: number,
  curved: boolean,
): { x: number; y: number; angle: number }[] {
  const slack = curved ? 0 : Math.max(0, spot.room - width) / 2;
  const [c, s] = [Math.cos(spot.angle), Math.sin(spot.angle)];
  const along = slack > 1 ? [0, -slack / 2, slack / 2, -slack, slack] : [0];
  const aside = 0.6 * height + 1;
  const out: { x: number; y: number; angle: number }[] = [];
  for (const n of [0, -aside, aside])
    for (const d of along) out.push({ x: spot.x + c * d - s * n, y: spot.y + s * d + c * n, angle: spot.angle });
  return out;
}

/** Boxes covering a rotated label of `width` x `height` centred at the spot (squares strung along its axis). */
export function rotatedBoxes(spot: { x: number; y: number; angle: number }, width: number, height: number): Box[] {
  const n = Math.max(1, Math.ceil(width / height));
  const step = width / n;
  const half = Math.max(step, height) / 2;
  const [c, s] = [Math.cos(spot.angle), Math.sin(spot.angle)];
  const out: Box[] = [];
  for (let i = 0; i < n; i++) {
    const d = -width / 2 + step * (i + 0.5);
    const x = spot.x + c * d;
    const y = spot.y + s * d;
    out.push({ x0: x - half, y0: y - half, x1: x + half, y1: y + half });
  }
  return out;
}

/** `text` cut with an ellipsis to at most `max` pixels (null when not even three characters fit). */
export function fitText(
  text: string,
  max: number,
  measure: (t: string) => number,
): { text: string; width: number } | null {
  const w = measure(text);
  if (w <= max) return { text, width: w };
  // The longest prefix (trailing spaces dropped) that fits with an ellipsis, of at least 3 characters. Widths grow
  // with the prefix, so start where the average character width puts the cut and step from there: 2-4 measures
  // where cutting one character at a time from the end took one per character cut.
  const cut = (n: number) => `${text.slice(0, n).trimEnd()}…`;
  const widths = new Map<number, number>();
  const fits = (n: number) => {
    const width = measure(cut(n));
    widths.set(n, width);
    return width <= max;
  };
  const last = text.length - 1;
  let n = Math.max(3, Math.min(last, Math.floor((text.length * max) / w)));
  if (n > last) return null;
  if (fits(n)) {
    while (n < last && fits(n + 1)) n++;
  } else {
    do n--;
    while (n >= 3 && !fits(n));
    if (n < 3) return null;
  }
  return { text: cut(n), width: widths.get(n)! };
}

/**
 * Graphs up to this many nodes offer every label to the painter; larger ones go through sigma's label grid first.
 * Not 1,000: at 1,000 nodes on a 1400x900 screen the painter kept ~42 of the 1,000 labels offered, the grid hands
 * it ~22-50 for a fraction of the work (first frame 1k: 518 -> 433 ms median, same-session A/B, bench/README.md).
 */
export const PLACE_EVERY_LABEL = 500;

/**
 * sigma's label selection for a graph of `order` nodes. Small enough: one grid cell holding every node, so sigma
 * hands over every label, biggest node first, and the painter keeps what has room. Larger: sigma's grid (one
 * label per 120 px cell at rest), so a frame never measures thousands of labels.
 */
export function labelSettings(order: number): {
  labelDensity: number;
  labelGridCellSize: number;
  labelRenderedSizeThreshold: number;
} {
  return order <= PLACE_EVERY_LABEL
    ? { labelDensity: 1e6, labelGridCellSize: 8_192, labelRenderedSizeThreshold: 0 }
    : { labelDensity: 0.8, labelGridCellSize: 120, labelRenderedSizeThreshold: 6 };
}
