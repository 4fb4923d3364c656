/**
 * The painter sigma hands its labels to: sigma's label functions only queue, and at the end of the frame the
 * painter places them (lib/graph/label-placement.ts) in order of importance — the selected and hovered node, then
 * forced labels (focus, path, hubs), then bigger nodes first — each on the first side of its node where it
 * overlaps no label placed before and, where it can, no other node. A label with no room is left out (zoom in and
 * it comes). Relationship labels come last, along their edge, where they fit whole (a focused one is shortened).
 */
import type { EdgeLabelDrawingFunction, NodeLabelDrawingFunction } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import {
  LabelSpace,
  edgeLabelPlaces,
  edgeLabelSpot,
  fitText,
  nodeLabelSpots,
  placeNodeLabel,
  rotatedBoxes,
} from "./label-placement";

type NodeLabelData = Parameters<NodeLabelDrawingFunction>[1] & { key?: string };
type EdgeLabelData = Parameters<EdgeLabelDrawingFunction>[1] & { key?: string; curvature?: number };
type Ends = Parameters<EdgeLabelDrawingFunction>[2];

interface QueuedNode {
  ctx: CanvasRenderingContext2D;
  key: string;
  x: number;
  y: number;
  size: number;
  label: string;
  rank: number;
}
interface QueuedEdge {
  ctx: CanvasRenderingContext2D;
  key: string;
  label: string;
  forced: boolean;
  size: number;
  source: Ends;
  target: Ends;
  curvature: number;
}

export interface LabelFrame {
  width: number;
  height: number;
  /**
   * Node discs on screen (x, y, radius) that labels keep off (dimmed ones need not be); empty when there are
   * too many to be worth it.
   */
  discs: Iterable<{ x: number; y: number; r: number }>;
}

export interface PainterOptions {
  /** The frame being drawn; asked once per frame, when the labels are placed. */
  frame: () => LabelFrame;
  /** Every relationship whose label fits gets one (zoomed in, or a small graph); else only focused ones. */
  edgeLabelsEverywhere: () => boolean;
  /** The node under the pointer: sigma draws its label in its hover box, right of the node. */
  hovered: () => string | undefined;
}

const HALO = "#ffffff";

/**
 * sigma's label functions (`defaultDrawNodeLabel`, `defaultDrawEdgeLabel` and the curved program's `drawLabel`)
 * that queue what sigma asks for, and `beginFrame` / `endFrame` (sigma's beforeRender / afterRender) that place
 * and draw it. Settings (font, size, colour) are sigma's, read when drawing.
 */
export function createLabelPainter(opts: PainterOptions) {
  let nodes: QueuedNode[] = [];
  let edges: QueuedEdge[] = [];
  let settings: Settings | null = null;
  const labels = new LabelSpace();
  const discs = new LabelSpace();
  const widths = new Map<string, number>();
  // The font last set on each canvas for measuring, within one endFrame (nothing else draws on it meanwhile;
  // paint's save/restore puts it back). Setting ctx.font before every measureText made each measure ~2.5x slower
  // in Chromium (3,000 labels: 51 ms against 19 ms with the font set once) — most of a first frame's label cost.
  let measuring = new WeakMap<CanvasRenderingContext2D, string>();
  const measure = (ctx: CanvasRenderingContext2D, font: string, text: string) => {
    const k = `${font}\u0000${text}`;
    let w = widths.get(k);
    if (w === undefined) {
      if (widths.size > 10_000) widths.clear();
      if (measuring.get(ctx) !== font) {
        ctx.font = font;
        measuring.set(ctx, font);
      }
      w = ctx.measureText(text).width;
      widths.set(k, w);
    }
    return w;
  };

  // sigma asks for a label at most once a frame: a key asked again means a frame began unannounced.
  const asked = new Set<string>();
  const drawNodeLabel: NodeLabelDrawingFunction = (ctx, data: NodeLabelData, s) => {
    if (!data.label) return;
    settings = s;
    const key = data.key ?? data.label;
    if (asked.has(`n${key}`)) beginFrame();
    asked.add(`n${key}`);
    const rank = data.highlighted || key === opts.hovered() ? 0 : data.forceLabel ? 1 : 2;
    nodes.push({ ctx, key, x: data.x, y: data.y, size: data.size, label: data.label, rank });
  };

  const drawEdgeLabel: EdgeLabelDrawingFunction = (ctx, data: EdgeLabelData, source, target, s) => {
    if (!data.label || (!data.forceLabel && !opts.edgeLabelsEverywhere())) return;
    settings = s;
    const key = data.key ?? data.label;
    if (asked.has(`e${key}`)) beginFrame();
    asked.add(`e${key}`);
    edges.push({
      ctx,
      key,
      label: data.label,
      forced: !!data.forceLabel,
      size: data.size,
      source,
      target,
      curvature: data.curvature ?? 0,
    });
  };

  function beginFrame() {
    nodes = [];
    edges = [];
    asked.clear();
  }

  const endFrame = () => {
    if (!settings || (!nodes.length && !edges.length)) return beginFrame();
    const s = settings;
    measuring = new WeakMap();
    const frame = opts.frame();
    labels.clear();
    discs.clear();
    let anyDisc = false;
    for (const d of frame.discs) {
      discs.add({ x0: d.x - d.r, y0: d.y - d.r, x1: d.x + d.r, y1: d.y + d.r, r: d.r });
      anyDisc = true;
    }
    const nodeFont = `${s.labelWeight} ${s.labelSize}px ${s.labelFont}`;
    nodes.sort((a, b) => a.rank - b.rank || b.size - a.size || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const space = { labels, nodes: anyDisc ? discs : null, width: frame.width, height: frame.height };
    for (const n of nodes) {
      const m = (t: string) => measure(n.ctx, nodeFont, t);
      if (n.rank === 0) {
        // sigma's hover box draws this label right of the node: keep that place, draw nothing here.
        labels.add(nodeLabelSpots(n.x, n.y, n.size, m(n.label), s.labelSize)[0].box);
        continue;
      }
      const placed = placeNodeLabel({ x: n.x, y: n.y, r: n.size, label: n.label }, s.labelSize, m, space, n.rank === 1);
      if (!placed) continue;
      const { text, spot } = placed;
      labels.add(spot.box);
      paint(n.ctx, nodeFont, s.labelColor.color ?? "#000", text, spot.x, spot.y, spot.align, "alphabetic");
    }

    const edgeFont = `${s.edgeLabelWeight} ${s.edgeLabelSize}px ${s.edgeLabelFont}`;
    const height = s.edgeLabelSize + 1;
    edges.sort(
      (a, b) => Number(b.forced) - Number(a.forced) || b.size - a.size || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
    for (const e of edges) {
      const spot = edgeLabelSpot(e.source, e.target, e.curvature);
      if (!spot) continue;
      const full = measure(e.ctx, edgeFont, e.label);
      const fit =
        full <= spot.room
          ? { text: e.label, width: full }
          : e.forced
            ? fitText(e.label, spot.room, (t) => measure(e.ctx, edgeFont, t))
            : null;
      if (!fit) continue;
      const place = edgeLabelPlaces(spot, fit.width, height, e.curvature !== 0)
        .map((at) => ({ at, boxes: rotatedBoxes(at, fit.width, height) }))
        .find((p) => !p.boxes.some((b) => labels.hits(b)));
      if (!place) continue;
      for (const b of place.boxes) labels.add(b);
      e.ctx.save();
      e.ctx.translate(place.at.x, place.at.y);
      e.ctx.rotate(place.at.angle);
      paint(e.ctx, edgeFont, s.edgeLabelColor.color ?? "#000", fit.text, 0, 0, "center", "middle");
      e.ctx.restore();
    }
    beginFrame();
  };

  return { drawNodeLabel, drawEdgeLabel, beginFrame, endFrame };
}

export type LabelPainter = ReturnType<typeof createLabelPainter>;

/** Text with a white halo, so it reads over the relationships it crosses. */
function paint(
  ctx: CanvasRenderingContext2D,
  font: string,
  color: string,
  text: string,
  x: number,
  y: number,
  align: CanvasTextAlign,
  baseline: CanvasTextBaseline,
): void {
  ctx.save();
  ctx.font = font;
  ctx.textAlign = align;
  ctx.textBaseline = baseline;
  ctx.lineJoin = "round";
  ctx.lineWidth = 3;
  ctx.strokeStyle = HALO;
  ctx.strokeText(text, x, y);
  ctx.fillStyle = color;
  ctx.fillText(text, x, y);
  ctx.restore();
}
