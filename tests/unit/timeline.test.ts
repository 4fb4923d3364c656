/** Time (lib/graph/timeline.ts): what existed when, the histogram's buckets, play's steps and the changes between two dates. */
import { describe, expect, it } from "vitest";
import { bucketOf, changesBetween, existsDuring, granularityFor, histogram, nextWindow, shiftBucket, spanOf } from "@/lib/graph/timeline";

describe("what existed during a window", () => {
  it("reads partial dates as the whole span they name", () => {
    expect(existsDuring({ start: "2023" }, { from: "2023-06", to: "2023-06" })).toBe(true);
    expect(existsDuring({ start: "2023-07-10" }, { to: "2023-06" })).toBe(false);
    expect(existsDuring({ start: "2023-06-30" }, { to: "2023-06" })).toBe(true);
    expect(existsDuring({ start: "2021", end: "2022-03" }, { from: "2022-04" })).toBe(false);
    expect(existsDuring({ start: "2021", end: "2022-03" }, { from: "2022-03-15" })).toBe(true);
    expect(existsDuring({}, { to: "2023" })).toBeUndefined();
    expect(spanOf({ date: "2023-03-16", end_date: "2024" })).toEqual({ start: "2023-03-16", end: "2024" });
    expect(spanOf({ date: 2023 })).toEqual({ start: undefined, end: undefined });
  });
});

describe("buckets", () => {
  it("name years, quarters and months, and step across year ends", () => {
    expect(bucketOf("2023-05-02", "quarter")).toBe("2023-Q2");
    expect(bucketOf("2023", "month")).toBe("2023-01");
    expect(shiftBucket("2023-Q4", "quarter", 1)).toBe("2024-Q1");
    expect(shiftBucket("2023-01", "month", -1)).toBe("2022-12");
    expect(granularityFor("1998", "2023-07")).toBe("year");
    expect(granularityFor("2021-01", "2023-07")).toBe("month");
  });

  it("count what began in each, empty buckets included, and the undated apart", () => {
    const h = histogram([
      { kind: "node", span: { start: "2021-03" } },
      { kind: "relationship", span: { start: "2021-05-01" } },
      { kind: "node", span: { start: "2021-05" } },
      { kind: "node", span: {} },
    ]);
    expect(h.granularity).toBe("month");
    expect(h.buckets.map((b) => [b.key, b.nodes, b.relationships])).toEqual([
      ["2021-03", 1, 0],
      ["2021-04", 0, 0],
      ["2021-05", 1, 1],
    ]);
    expect([h.dated, h.undated]).toEqual([3, 1]);
  });

  it("play moves the window one bucket at a time and stops at the last", () => {
    const h = histogram([{ kind: "node", span: { start: "2021" } }, { kind: "node", span: { start: "2023" } }], "year");
    expect(nextWindow(h, { from: "2021", to: "2021" })).toEqual({ from: "2022", to: "2022" });
    expect(nextWindow(h, { to: "2022" })).toEqual({ from: "2022", to: "2023" });
    expect(nextWindow(h, { from: "2023", to: "2023" })).toBeUndefined();
  });
});

describe("what changed between two dates", () => {
  it("lists what began and what ended after D1 and by D2, in date order, and counts what stayed", () => {
    const items = [
      { item: "old", span: { start: "2019" } },
      { item: "new", span: { start: "2023-03-16" } },
      { item: "gone", span: { start: "2020", end: "2023-02" } },
      { item: "later", span: { start: "2024" } },
      { item: "undated", span: {} },
    ];
    const r = changesBetween(items, "2022-12", "2023-06");
    expect(r.changes).toEqual([
      { item: "gone", kind: "ended", date: "2023-02" },
      { item: "new", kind: "added", date: "2023-03-16" },
    ]);
    expect(r.stayed).toBe(1);
  });
});

import { applyAction, filtersOf, historyMode } from "@/lib/explore/actions";
import { appearanceOf, ADDED_COLOR, ENDED_COLOR } from "@/lib/explore/appearance";
import { mergeInto, newDataGraph } from "@/lib/graph/data-graph";
import { nodePasses } from "@/lib/graph/filters";
import { emptySerializedGraph } from "@/lib/graph/model";
import { timePositions } from "@/lib/graph/time-layout";
import { parseViewState, serializeViewState } from "@/lib/url/view-state";

const parse = (qs: string) => {
  const r = parseViewState(qs);
  if (!r.ok) throw new Error(r.error);
  return r.state;
};

describe("time in the URL (w, u, y, g)", () => {
  it("reads a window, an as-of date, the undated mode, a comparison and the layout, and writes them back", () => {
    expect(parse("w=2023-01..2023-06").time).toEqual({ from: "2023-01", to: "2023-06" });
    expect(parse("w=2023-06").time).toEqual({ from: "2023-06", to: "2023-06" });
    expect(parse("w=..2022").time).toEqual({ from: undefined, to: "2022" });
    const qs = "w=2023-06&u=dimmed&y=2022-12..2023-07&g=time";
    expect(serializeViewState(parse(qs))).toBe(qs);
    expect(serializeViewState(parse("w=2023-06..2021"))).toBe("w=2021..2023-06");
  });

  it("refuses what is not a time, naming it", () => {
    const error = (qs: string) => {
      const r = parseViewState(qs);
      return r.ok ? "" : r.error;
    };
    expect(error("w=yesterday")).toMatch(/time window "yesterday" is not written FROM..TO/);
    expect(error("w=2023-13..2024")).toMatch(/"2023-13" is not a date/);
    expect(error("u=faded")).toMatch(/not a way to show undated items/);
    expect(error("y=2023..2023")).toMatch(/two different dates/);
    expect(error("g=circle")).toMatch(/not a layout/);
  });

  it("a drag or a play replaces as it goes; setting a window is a step Back undoes", () => {
    expect(historyMode({ type: "timeMove", window: {} })).toBe("replace");
    expect(historyMode({ type: "time", window: {} })).toBe("push");
    const s = applyAction(parse("v=model-timeline"), { type: "time", window: { from: "2021", to: "2022" } });
    expect(serializeViewState(s)).toBe("v=model-timeline&w=2021..2022");
    expect(serializeViewState(applyAction(s, { type: "time", window: {} }))).toBe("v=model-timeline");
  });

  it("the window hides what did not exist then; undated items follow the mode", () => {
    const f = filtersOf(parse("w=2022"));
    expect(nodePasses({ type: "Model", date: "2023-03-16" }, f)).toBe(false);
    expect(nodePasses({ type: "Model", date: "2021" }, f)).toBe(true);
    expect(nodePasses({ type: "Company" }, f)).toBe(true);
    expect(nodePasses({ type: "Company" }, filtersOf(parse("w=2022&u=hidden")))).toBe(false);
    // Comparing without a window shows what existed between the two dates.
    expect(nodePasses({ type: "Model", date: "2024" }, filtersOf(parse("y=2022-12..2023-07")))).toBe(false);
  });
});

describe("the time layout and the comparison's marks", () => {
  const g = newDataGraph();
  mergeInto(g, {
    ...emptySerializedGraph(),
    nodes: [
      { key: "model:a", attributes: { label: "A", type: "Model", date: "2021-04" } },
      { key: "model:b", attributes: { label: "B", type: "Model", date: "2023-03" } },
      { key: "model:c", attributes: { label: "C", type: "Model", date: "2023-03-16" } },
      { key: "company:d", attributes: { label: "D", type: "Company", date: "2000" } },
      { key: "company:e", attributes: { label: "E", type: "Company" } },
    ],
    edges: [{ key: "e1", source: "company:d", target: "model:b", attributes: { type: "DEVELOPED", date: "2023-03" } }],
  });

  it("places dated nodes left to right by date, a lane per type, and leaves the undated to the force layout", () => {
    const p = timePositions(g.mapNodes((n, a) => [n, a] as [string, Record<string, unknown>]), g.order);
    expect([...p.keys()].sort()).toEqual(["company:d", "model:a", "model:b", "model:c"]);
    expect(p.get("company:d")!.x).toBeLessThan(p.get("model:a")!.x);
    expect(p.get("model:a")!.x).toBeLessThan(p.get("model:b")!.x);
    expect(p.get("model:b")!.x).toBe(p.get("model:c")!.x); // the same month
    expect(p.get("model:b")!.y).not.toBe(p.get("model:c")!.y); // stacked, not on top of each other
    expect(p.get("model:a")!.y).not.toBe(p.get("company:d")!.y); // lanes
  });

  it("marks what a comparison finds added, and dims undated items when asked", () => {
    const look = appearanceOf(parse("n=company:d&y=2022-12..2023-07&u=dimmed"), g, null, undefined);
    expect(look.emphasis.colors?.get("model:b")).toBe(ADDED_COLOR);
    expect(look.emphasis.colors?.get("model:a")).toBeUndefined();
    expect(look.emphasis.edgeColors?.get("e1")).toBe(ADDED_COLOR);
    expect([...(look.emphasis.dimmed ?? [])]).toEqual(["company:e"]);
    expect(ENDED_COLOR).not.toBe(ADDED_COLOR);
  });
});
