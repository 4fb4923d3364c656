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
