import Graph from "graphology";
import type { Settings } from "sigma/settings";
import { describe, expect, it } from "vitest";
import { newDataGraph, mergeInto } from "@/lib/graph/data-graph";
import {
  EDGE_LABEL_RATIO,
  EDGE_LABELS_SMALL,
  edgeLabelsEverywhere,
  focusedEdges,
  withEdgeLabels,
} from "@/lib/graph/edge-labels";
import {
  LabelSpace,
  PLACE_EVERY_LABEL,
  chooseSpot,
  edgeLabelPlaces,
  edgeLabelSpot,
  fitText,
  labelSettings,
  nodeLabelSpots,
  overlaps,
  placeNodeLabel,
  type Box,
  type PlacedLabel,
} from "@/lib/graph/label-placement";
import { createLabelPainter, type LabelFrame } from "@/lib/graph/label-painter";
import { ROOMY_LAYOUT_MAX, layoutSettings, prepareLayout, runLayout } from "@/lib/graph/layout";
import { MAX_CURVATURE, parallelCurvatures } from "@/lib/graph/parallel-edges";
import { makeReducers } from "@/lib/graph/reducers";
import { newSigmaGraph, syncSigmaGraph, type SigmaEdgeAttrs } from "@/lib/graph/sigma-graph";
import { nodeSize } from "@/lib/graph/style";
import type { SerializedGraph } from "@/lib/graph/model";

const opts = { type: "directed", multi: true, allowSelfLoops: true } as const;
const multi = () => new Graph(opts);
const measure = (t: string) => t.length * 7;

/** Which side of the line a→b the curve of edge s→t (curvature c, @sigma/edge-curve's geometry) bends to. */
function bendSide(
  a: { x: number; y: number },
  b: { x: number; y: number },
  s: typeof a,
  t: typeof a,
  c: number,
): number {
  const control = { x: (s.x + t.x) / 2 + (t.y - s.y) * c, y: (s.y + t.y) / 2 - (t.x - s.x) * c };
  return Math.sign((b.x - a.x) * (control.y - a.y) - (b.y - a.y) * (control.x - a.x));
}

describe("parallel relationships", () => {
  it("leaves a lone relationship and a self-loop straight", () => {
    const g = multi();
    g.mergeEdgeWithKey("a-USES->b", "a", "b");
    g.mergeEdgeWithKey("a-PART_OF->a", "a", "a");
    expect(parallelCurvatures(g).size).toBe(0);
  });

  it("bends two relationships in the same direction to opposite sides", () => {
    const g = multi();
    g.mergeEdgeWithKey("p-FOUNDED->c", "p", "c");
    g.mergeEdgeWithKey("p-WORKED_AT->c", "p", "c");
    const c = parallelCurvatures(g);
    const [a, b] = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
    ];
    expect(bendSide(a, b, a, b, c.get("p-FOUNDED->c")!)).toBe(-bendSide(a, b, a, b, c.get("p-WORKED_AT->c")!));
  });

  it("bends A→B and B→A apart, though each curvature is relative to its own direction", () => {
    const g = multi();
    g.mergeEdgeWithKey("a-OWNS->b", "a", "b");
    g.mergeEdgeWithKey("b-USES->a", "b", "a");
    const c = parallelCurvatures(g);
    const [a, b] = [
      { x: 0, y: 0 },
      { x: 100, y: 40 },
    ];
    const sides = [bendSide(a, b, a, b, c.get("a-OWNS->b")!), bendSide(a, b, b, a, c.get("b-USES->a")!)];
    expect(sides[0]).not.toBe(0);
    expect(sides[0]).toBe(-sides[1]);
  });

  it("keeps the middle one of three straight and the others apart", () => {
    const g = multi();
    for (const t of ["A", "B", "C"]) g.mergeEdgeWithKey(`x-${t}->y`, "x", "y");
    const c = parallelCurvatures(g);
    expect(c.has("x-B->y")).toBe(false);
    expect(Math.sign(c.get("x-A->y")!)).toBe(-Math.sign(c.get("x-C->y")!));
  });

  it("bends the same way whatever the order the relationships came in", () => {
    const keys = ["x-A->y", "x-B->y", "x-C->y", "x-D->y"];
    const one = multi();
    const two = multi();
    for (const k of keys) one.mergeEdgeWithKey(k, "x", "y");
    for (const k of [...keys].reverse()) two.mergeEdgeWithKey(k, "x", "y");
    expect([...parallelCurvatures(one)].sort()).toEqual([...parallelCurvatures(two)].sort());
  });

  it("never bends more than MAX_CURVATURE, however many there are", () => {
    const g = multi();
    for (let i = 0; i < 12; i++) g.mergeEdgeWithKey(`x-T${i}->y`, "x", "y");
    const c = [...parallelCurvatures(g).values()];
    expect(c).toHaveLength(12);
    expect(Math.max(...c.map(Math.abs))).toBeLessThanOrEqual(MAX_CURVATURE + 1e-9);
  });
});

describe("the sigma graph's relationships", () => {
  const node = (key: string) => ({ key, attributes: { label: key, type: "Company", name: key } });
  const edge = (s: string, type: string, t: string) => ({
    key: `${s}-${type}->${t}`,
    source: s,
    target: t,
    attributes: { type },
  });
  const data = (edges: ReturnType<typeof edge>[]): SerializedGraph => ({
    attributes: {},
    options: opts,
    nodes: [node("a"), node("b")],
    edges,
  });

  it("name their type in words and curve only the parallel ones", () => {
    const d = newDataGraph();
    mergeInto(d, data([edge("a", "PARTNERS_WITH", "b"), edge("a", "INVESTED_IN", "b"), edge("a", "PART_OF", "a")]));
    const s = newSigmaGraph();
    syncSigmaGraph(s, d, "en", () => ({ x: 0, y: 0 }));
    expect(s.getEdgeAttribute("a-PARTNERS_WITH->b", "label")).toBe("partners with");
    expect(s.getEdgeAttribute("a-PARTNERS_WITH->b", "type")).toBe("curved");
    expect(s.getEdgeAttribute("a-INVESTED_IN->b", "type")).toBe("curved");
    expect(s.getEdgeAttribute("a-PART_OF->a", "type")).toBe("line");
  });

  it("straighten a relationship again when its parallel one goes", () => {
    const d = newDataGraph();
    mergeInto(d, data([edge("a", "PARTNERS_WITH", "b"), edge("a", "INVESTED_IN", "b")]));
    const s = newSigmaGraph();
    syncSigmaGraph(s, d, "en", () => ({ x: 0, y: 0 }));
    d.dropEdge("a-INVESTED_IN->b");
    syncSigmaGraph(s, d, "en", () => ({ x: 0, y: 0 }));
    expect(s.getEdgeAttributes("a-PARTNERS_WITH->b")).toMatchObject({ type: "arrow" });
    expect(s.getEdgeAttribute("a-PARTNERS_WITH->b", "curvature")).toBeUndefined();
  });
});

describe("which relationships show their type", () => {
  it("all that fit in a small graph, at any zoom; in a larger one only when zoomed in", () => {
    expect(edgeLabelsEverywhere(EDGE_LABELS_SMALL, 3)).toBe(true);
    expect(edgeLabelsEverywhere(EDGE_LABELS_SMALL + 1, 1)).toBe(false);
    expect(edgeLabelsEverywhere(5_000, EDGE_LABEL_RATIO * 0.9)).toBe(true);
    expect(edgeLabelsEverywhere(5_000, EDGE_LABEL_RATIO)).toBe(false);
  });

  const star = () => {
    const g = newSigmaGraph();
    for (const n of ["hub", "a", "b", "c"])
      g.addNode(n, { x: 0, y: 0, size: 5, color: "#000", label: n, nodeType: "Company", type: "circle", degree: 1 });
    const e = (k: string, s: string, t: string) =>
      g.addDirectedEdgeWithKey(k, s, t, { relType: "USES", type: "arrow", label: "uses", size: 1, color: "#000" });
    e("hub-a", "hub", "a");
    e("hub-b", "hub", "b");
    e("b-c", "b", "c");
    return g;
  };

  it("forces the labels of the hovered node's relationships, the selected relationship and the path", () => {
    const g = star();
    expect([...focusedEdges(g, { hovered: "hub" })].sort()).toEqual(["hub-a", "hub-b"]);
    expect([...focusedEdges(g, { selected: "b-c" })]).toEqual(["b-c"]);
    expect([...focusedEdges(g, { hoveredEdge: "b-c", path: new Set(["hub-a", "gone"]) })].sort()).toEqual([
      "b-c",
      "hub-a",
    ]);
    expect(focusedEdges(g, { selected: "unknown" }).size).toBe(0);
  });

  it("forces them through the reducer, but not on a relationship the reducer hides", () => {
    const g = star();
    const { edgeReducer } = makeReducers(g, {
      hiddenNodes: new Set(),
      hiddenEdges: new Set(["hub-b"]),
      hovered: "hub",
    });
    const reduce = withEdgeLabels(edgeReducer, focusedEdges(g, { hovered: "hub" }));
    const attrs = (e: string) => g.getEdgeAttributes(e) as SigmaEdgeAttrs;
    expect(reduce("hub-a", attrs("hub-a")).forceLabel).toBe(true);
    expect(reduce("hub-b", attrs("hub-b")).forceLabel).toBeUndefined();
    expect(reduce("b-c", attrs("b-c")).forceLabel).toBeUndefined();
  });
});

describe("label selection by graph size", () => {
  it("offers every label of a graph up to PLACE_EVERY_LABEL nodes, at any size on screen", () => {
    const s = labelSettings(PLACE_EVERY_LABEL);
    expect(s.labelRenderedSizeThreshold).toBe(0);
    expect(s.labelGridCellSize).toBeGreaterThanOrEqual(4_096); // one cell for any screen
    expect(s.labelDensity * (1 / 20) ** 2).toBeGreaterThanOrEqual(PLACE_EVERY_LABEL); // even at sigma's widest zoom
  });

  it("thins a larger graph's labels through sigma's grid first", () => {
    const s = labelSettings(PLACE_EVERY_LABEL + 1);
    expect(s.labelGridCellSize).toBeLessThan(500);
    expect(s.labelRenderedSizeThreshold).toBeGreaterThan(0);
  });
});

describe("placing node labels", () => {
  const frame = { width: 800, height: 600 };

  it("puts a label right of its node, as sigma does, when there is room", () => {
    const spot = chooseSpot(nodeLabelSpots(100, 100, 10, 70, 13), new LabelSpace(), null, frame);
    expect(spot?.side).toBe("right");
    expect(spot!.box.x0).toBeGreaterThan(110);
  });

  it("moves the second of two labels that would print over each other", () => {
    const labels = new LabelSpace();
    const first = chooseSpot(nodeLabelSpots(100, 100, 8, 120, 13), labels, null, frame)!;
    labels.add(first.box);
    const second = chooseSpot(nodeLabelSpots(160, 104, 8, 80, 13), labels, null, frame)!;
    expect(second).not.toBeNull();
    expect(overlaps(first.box, second.box)).toBe(false);
  });

  it("leaves a label out when every side is taken", () => {
    const labels = new LabelSpace();
    labels.add({ x0: 0, y0: 0, x1: 800, y1: 600 });
    expect(chooseSpot(nodeLabelSpots(100, 100, 8, 50, 13), labels, null, frame)).toBeNull();
  });

  it("keeps a label off other nodes; a hub's label may cover a smaller node, a leaf's may not", () => {
    const discs = new LabelSpace();
    // A small node just right of each labelled node, and a wall of labels everywhere else.
    for (const x of [100, 400]) discs.add({ x0: x + 30, y0: 95, x1: x + 40, y1: 105, r: 5 });
    const wall = (x: number) => {
      const l = new LabelSpace();
      l.add({ x0: 0, y0: 0, x1: x, y1: 600 });
      l.add({ x0: 0, y0: 0, x1: 800, y1: 80 });
      l.add({ x0: 0, y0: 115, x1: 800, y1: 600 });
      return l;
    };
    expect(chooseSpot(nodeLabelSpots(100, 100, 5, 60, 13), wall(94), discs, frame, 5)).toBeNull();
    expect(chooseSpot(nodeLabelSpots(400, 100, 12, 60, 13), wall(387), discs, frame, 12)?.side).toBe("right");
  });

  it("shortens a label that has no room whole", () => {
    const labels = new LabelSpace();
    labels.add({ x0: 0, y0: 0, x1: 800, y1: 600 });
    const free = new LabelSpace();
    free.add({ x0: 0, y0: 0, x1: 800, y1: 90 });
    free.add({ x0: 0, y0: 112, x1: 800, y1: 600 });
    free.add({ x0: 0, y0: 0, x1: 99, y1: 600 });
    free.add({ x0: 240, y0: 0, x1: 800, y1: 600 });
    const name = "National Development and Reform Commission";
    const placed = placeNodeLabel({ x: 100, y: 100, r: 5, label: name }, 13, measure, {
      labels: free,
      nodes: null,
      ...frame,
    });
    expect(placed?.text.endsWith("…")).toBe(true);
    expect(measure(placed!.text)).toBeLessThanOrEqual(140);
  });

  /** The cut as it was first written: one character off the end at a time, measuring each. */
  function fitTextByOne(text: string, max: number, m: (t: string) => number) {
    let w = m(text);
    if (w <= max) return { text, width: w };
    let t = text;
    while (t.length > 3) {
      t = t.slice(0, -1).trimEnd();
      w = m(`${t}…`);
      if (w <= max) return { text: `${t}…`, width: w };
    }
    return null;
  }

  it("cuts a label where cutting one character at a time would, with fewer measures", () => {
    // Widths that differ per character (narrow i, wide W and CJK), as a font's do.
    const width = (t: string) =>
      [...t].reduce(
        (w, c) => w + (c === "…" ? 9 : /[iIl. ]/.test(c) ? 3 : /[A-Z]/.test(c) ? 9 : c > "\u2e80" ? 13 : 7),
        0,
      );
    const names = [
      "National Development and Reform Commission",
      "Xinsino Company 0",
      "abc  def ghi jkl",
      "ab   xyzxyzxyz",
      "北京智源人工智能研究院（BAAI）",
      "WWWWWWWWWWWWWWWWWWWW",
      "iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii",
      "abcd",
      "abc",
      "Shanghai Artificial Intelligence Laboratory and Partners",
    ];
    let before = 0;
    let after = 0;
    for (const name of names)
      for (const max of [20, 40, 110, 200]) {
        const count = (n: { v: number }) => (t: string) => (n.v++, width(t));
        const a = { v: 0 };
        const b = { v: 0 };
        expect(fitText(name, max, count(a)), `${name} in ${max}`).toEqual(fitTextByOne(name, max, count(b)));
        after += a.v;
        before += b.v;
      }
    expect(after).toBeLessThan(before / 2);
  });

  /** Node labels placed as they were first written: the label cut up front, each text tried in turn. */
  function placeAsFirstWritten(
    n: { x: number; y: number; r: number; label: string },
    m: (t: string) => number,
    labels: LabelSpace,
    discs: LabelSpace,
    W: number,
    H: number,
  ) {
    const tries = [n.label];
    const short = fitTextByOne(n.label, 110, m);
    if (short && short.text !== n.label) tries.push(short.text);
    for (const text of tries) {
      const spot = chooseSpot(nodeLabelSpots(n.x, n.y, n.r, m(text), 13), labels, discs, { width: W, height: H }, n.r);
      if (spot) return { text, spot };
    }
    return null;
  }

  it("places a crowded frame's labels as first written, measuring far less", () => {
    const W = 640;
    const H = 400;
    let seed = 7;
    const rng = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const nodes = Array.from({ length: 1000 }, (_, i) => ({
      x: rng() * W,
      y: rng() * H,
      r: 2 + rng() * 6,
      label: `${["Xinsino", "Bei", "国家", "Hua"][i % 4]} Company ${i}${" Holdings".repeat(i % 3)}`,
    }));
    const discs = new LabelSpace();
    for (const d of nodes) discs.add({ x0: d.x - d.r, y0: d.y - d.r, x1: d.x + d.r, y1: d.y + d.r, r: d.r });
    const run = (
      place: (n: (typeof nodes)[number], m: (t: string) => number, labels: LabelSpace) => PlacedLabel | null,
    ) => {
      const labels = new LabelSpace();
      const seen = new Set<string>();
      let measured = 0;
      // Counted as the painter pays: a text measured once, then read from its cache.
      const m = (t: string) => (seen.has(t) || (seen.add(t), measured++), [...t].length * 7);
      const placed = nodes.map((n) => {
        const p = place(n, m, labels);
        if (p) labels.add(p.spot.box);
        return p && `${p.text}@${p.spot.x},${p.spot.y}`;
      });
      return { placed, measured };
    };
    // Biggest first, as the painter offers them; the frame's discs as the painter has them.
    nodes.sort((a, b) => b.r - a.r);
    const now = run((n, m, labels) => placeNodeLabel(n, 13, m, { labels, nodes: discs, width: W, height: H }));
    const before = run((n, m, labels) => placeAsFirstWritten(n, m, labels, discs, W, H));
    expect(now.placed).toEqual(before.placed);
    expect(now.placed.filter(Boolean).length).toBeGreaterThan(20);
    expect(now.measured).toBeLessThan(before.measured / 4);
  });
});

/** A canvas context that records what is drawn, with translate/rotate applied to the text's centre. */
function recordingContext() {
  const drawn: { text: string; box: Box }[] = [];
  let t = { x: 0, y: 0, a: 0 };
  const stack: (typeof t)[] = [];
  const ctx = {
    font: "",
    textAlign: "left" as CanvasTextAlign,
    textBaseline: "alphabetic" as CanvasTextBaseline,
    fillStyle: "",
    strokeStyle: "",
    lineWidth: 1,
    lineJoin: "miter",
    measureText: (s: string) => ({ width: measure(s) }),
    save: () => void stack.push({ ...t }),
    restore: () => void (t = stack.pop()!),
    translate: (x: number, y: number) => void (t = { ...t, x: t.x + x, y: t.y + y }),
    rotate: (a: number) => void (t = { ...t, a: t.a + a }),
    strokeText: () => undefined,
    fillText(text: string, x: number, y: number) {
      const w = measure(text);
      if (t.a !== 0 || t.x !== 0) {
        // Relationship labels: centred on (0, 0) after the transform.
        const [c, s] = [Math.abs(Math.cos(t.a)), Math.abs(Math.sin(t.a))];
        const [hw, hh] = [(w * c + 11 * s) / 2, (w * s + 11 * c) / 2];
        drawn.push({ text, box: { x0: t.x - hw, y0: t.y - hh, x1: t.x + hw, y1: t.y + hh } });
        return;
      }
      const x0 = this.textAlign === "left" ? x : this.textAlign === "right" ? x - w : x - w / 2;
      drawn.push({ text, box: { x0, y0: y - 10, x1: x0 + w, y1: y + 3 } });
    },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, drawn };
}

const SETTINGS = {
  labelSize: 13,
  labelFont: "sans-serif",
  labelWeight: "600",
  labelColor: { color: "#000" },
  edgeLabelSize: 11,
  edgeLabelFont: "sans-serif",
  edgeLabelWeight: "500",
  edgeLabelColor: { color: "#444" },
} as unknown as Settings;

function painter(everywhere = true, discs: LabelFrame["discs"] = []) {
  return createLabelPainter({
    frame: () => ({ width: 800, height: 600, discs }),
    edgeLabelsEverywhere: () => everywhere,
    hovered: () => undefined,
  });
}

describe("the label painter", () => {
  const nodeData = (key: string, x: number, y: number, size = 6, extra: object = {}) =>
    ({ key, x, y, size, label: `Label of ${key}`, color: "#000", ...extra }) as never;

  it("never draws two labels over each other, however crowded the nodes", () => {
    const p = painter();
    const { ctx, drawn } = recordingContext();
    let seed = 7;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 60; i++)
      p.drawNodeLabel(ctx, nodeData(`n${i}`, 200 + rnd() * 200, 200 + rnd() * 150, 4 + rnd() * 10), SETTINGS);
    p.endFrame();
    expect(drawn.length).toBeGreaterThan(5);
    for (let i = 0; i < drawn.length; i++)
      for (let j = i + 1; j < drawn.length; j++) expect(overlaps(drawn[i].box, drawn[j].box)).toBe(false);
  });

  it("labels every node of a small graph with room", () => {
    const p = painter();
    const { ctx, drawn } = recordingContext();
    for (let i = 0; i < 20; i++)
      p.drawNodeLabel(ctx, nodeData(`n${i}`, 60 + (i % 4) * 180, 60 + Math.floor(i / 4) * 110), SETTINGS);
    p.endFrame();
    expect(drawn).toHaveLength(20);
  });

  it("places the forced label first, whatever sigma's order", () => {
    const p = painter();
    const { ctx, drawn } = recordingContext();
    p.drawNodeLabel(ctx, nodeData("big", 100, 100, 20), SETTINGS);
    p.drawNodeLabel(ctx, nodeData("focus", 100, 100, 4, { forceLabel: true }), SETTINGS);
    p.endFrame();
    // Both nodes share a place: the forced label gets sigma's side (right), the other one what is left.
    expect(drawn[0].text).toBe("Label of focus");
    expect(drawn[0].box.x0).toBeCloseTo(100 + 4 + 3);
    expect(drawn.slice(1).every((d) => !overlaps(d.box, drawn[0].box))).toBe(true);
  });

  it("starts afresh each frame", () => {
    const p = painter();
    const { ctx, drawn } = recordingContext();
    p.drawNodeLabel(ctx, nodeData("a", 100, 100), SETTINGS);
    p.beginFrame();
    p.endFrame();
    expect(drawn).toHaveLength(0);
  });

  const edgeData = (key: string, label: string, forceLabel = false) =>
    ({ key, label, size: 1, color: "#000", forceLabel }) as never;
  const end = (x: number, y: number) => ({ x, y, size: 6 }) as never;

  it("draws a relationship's type along it where it fits whole, else not at all", () => {
    const p = painter();
    const { ctx, drawn } = recordingContext();
    p.drawEdgeLabel(ctx, edgeData("long", "partners with"), end(100, 100), end(400, 100), SETTINGS);
    p.drawEdgeLabel(ctx, edgeData("short", "partners with"), end(100, 300), end(160, 300), SETTINGS);
    p.endFrame();
    expect(drawn.map((d) => d.text)).toEqual(["partners with"]);
    expect(drawn[0].box.y0).toBeLessThan(100);
    expect(drawn[0].box.y1).toBeGreaterThan(100);
  });

  it("shortens a focused relationship's type instead, and shows only focused ones when not everywhere", () => {
    const p = painter(false);
    const { ctx, drawn } = recordingContext();
    p.drawEdgeLabel(ctx, edgeData("long", "partners with"), end(100, 100), end(400, 100), SETTINGS);
    p.drawEdgeLabel(ctx, edgeData("short", "partners with", true), end(100, 300), end(200, 300), SETTINGS);
    p.endFrame();
    expect(drawn.map((d) => d.text)).toEqual(["partners…"]);
  });

  it("keeps relationship labels off node labels", () => {
    const p = painter();
    const { ctx, drawn } = recordingContext();
    p.drawNodeLabel(ctx, nodeData("a", 200, 100, 6), SETTINGS);
    p.drawEdgeLabel(ctx, edgeData("e", "uses"), end(150, 100), end(350, 100), SETTINGS);
    p.endFrame();
    expect(drawn).toHaveLength(2);
    expect(overlaps(drawn[0].box, drawn[1].box)).toBe(false);
  });
});

describe("relationship label geometry", () => {
  it("sits in the middle of the visible part of a straight edge, upright", () => {
    const spot = edgeLabelSpot({ x: 300, y: 100, size: 10 }, { x: 100, y: 100, size: 30 }, 0)!;
    expect(spot.x).toBeCloseTo(210); // half-way between the discs' rims at 290 and 130
    expect(Math.abs(spot.angle)).toBeLessThanOrEqual(Math.PI / 2);
    expect(spot.room).toBeCloseTo(200 - 40 - 20);
  });

  it("sits on the top of a curve, on the side it bends to", () => {
    const [s, t] = [
      { x: 0, y: 0, size: 5 },
      { x: 200, y: 0, size: 5 },
    ];
    const up = edgeLabelSpot(s, t, 0.25)!;
    const down = edgeLabelSpot(s, t, -0.25)!;
    expect(bendSide(s, t, s, t, 0.25)).toBe(Math.sign(up.y * 200));
    expect(Math.sign(up.y)).toBe(-Math.sign(down.y));
    expect(edgeLabelPlaces(up, 40, 12, true).every((p) => p.x === up.x || p.y !== up.y)).toBe(true);
  });

  it("has no room on an edge shorter than its two discs", () => {
    expect(edgeLabelSpot({ x: 0, y: 0, size: 10 }, { x: 25, y: 0, size: 10 })).toBeNull();
  });
});

describe("the layout of a small graph", () => {
  /** A hub with spokes, each with leaves (the shape of the founders view), laid out and framed as sigma does. */
  function framed(spokes: number, leaves: number) {
    const g = multi();
    const add = (id: string, label: string) => g.mergeNode(id, { label });
    add("hub", "Wave of tech leaders founding ventures");
    for (let i = 0; i < spokes; i++) {
      add(`p${i}`, `Person number ${i}`);
      g.addDirectedEdge(`p${i}`, "hub");
      for (let k = 0; k < leaves; k++) {
        add(`c${i}${k}`, `Company ${i}${k} Holdings`);
        g.addDirectedEdge(`p${i}`, `c${i}${k}`);
      }
    }
    g.forEachNode((n) => g.setNodeAttribute(n, "size", nodeSize(g.degree(n))));
    const pos = runLayout(prepareLayout(g, new Map()));
    const xs = [...pos.values()].map((p) => p.x);
    const ys = [...pos.values()].map((p) => p.y);
    const [W, H, P] = [760, 610, 40];
    const scale = Math.min(
      (W - 2 * P) / (Math.max(...xs) - Math.min(...xs)),
      (H - 2 * P) / (Math.max(...ys) - Math.min(...ys)),
    );
    const cx = (Math.max(...xs) + Math.min(...xs)) / 2;
    const cy = (Math.max(...ys) + Math.min(...ys)) / 2;
    const at = new Map(
      g.mapNodes(
        (n, a) =>
          [
            n,
            {
              r: a.size as number,
              label: a.label as string,
              x: W / 2 + (pos.get(n)!.x - cx) * scale,
              y: H / 2 - (pos.get(n)!.y - cy) * scale,
            },
          ] as const,
      ),
    );
    return { g, at, W, H };
  }

  it("leaves room for every label, whole", () => {
    const { at, W, H } = framed(7, 2);
    const labels = new LabelSpace();
    const discs = new LabelSpace();
    for (const d of at.values()) discs.add({ x0: d.x - d.r, y0: d.y - d.r, x1: d.x + d.r, y1: d.y + d.r, r: d.r });
    let whole = 0;
    for (const d of [...at.values()].sort((a, b) => b.r - a.r)) {
      const placed = placeNodeLabel(d, 13, (t) => t.length * 7.8, { labels, nodes: discs, width: W, height: H });
      if (placed) labels.add(placed.spot.box);
      if (placed?.text === d.label) whole++;
    }
    expect(whole).toBe(at.size);
  });

  // With the settings of large graphs (gravity 0.08) the leaves huddle round their spoke: 39 and 31 px.
  it.each([
    [7, 2],
    [6, 3],
  ])("gives every relationship of a hub with %i spokes of %i leaves room for a short type", (spokes, leaves) => {
    const { g, at } = framed(spokes, leaves);
    const disc = (n: string) => ({ ...at.get(n)!, size: at.get(n)!.r });
    const rooms = g.mapEdges((_e, _a, s, t) => edgeLabelSpot(disc(s), disc(t), 0)?.room ?? 0);
    expect(Math.min(...rooms)).toBeGreaterThanOrEqual(45);
  });

  it("uses the roomy settings up to ROOMY_LAYOUT_MAX nodes only", () => {
    expect(layoutSettings(ROOMY_LAYOUT_MAX).gravity).toBeGreaterThan(layoutSettings(ROOMY_LAYOUT_MAX + 1).gravity);
  });
});
