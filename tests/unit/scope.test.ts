/** The scope switch: "the deck" alone, or the deck and what came after it (explorer filters and console results). */
import { describe, expect, it } from "vitest";
import { filtersOf } from "@/lib/explore/actions";
import { scopeResult } from "@/lib/cypher/scope";
import type { ConsoleResult } from "@/lib/cypher/types";
import { edgePasses, nodePasses, setLabel } from "@/lib/graph/filters";
import { emptySerializedGraph, type Json } from "@/lib/graph/model";
import { parseViewState, serializeViewState } from "@/lib/url/view-state";

const state = (qs: string) => {
  const r = parseViewState(qs);
  if (!r.ok) throw new Error(r.error);
  return r.state;
};

describe("the explorer's scope (e)", () => {
  it("is all by default and deck when asked; anything else is refused", () => {
    expect(state("").scope).toBe("all");
    expect(serializeViewState(state("e=deck"))).toBe("e=deck");
    expect(serializeViewState(state("e=all"))).toBe("");
    const r = parseViewState("e=2024");
    expect(r.ok ? "" : r.error).toMatch(/not a scope/);
  });

  it("with the deck only, hides what other sets hold and keeps what no set wrote", () => {
    const deck = filtersOf(state("e=deck"));
    expect(nodePasses({ type: "Company", seed_set: "ecosystem" }, deck)).toBe(true);
    expect(nodePasses({ type: "Company", seed_set: "since-2023" }, deck)).toBe(false);
    expect(edgePasses({ type: "INVESTED_IN", seed_set: "since-2023" }, deck)).toBe(false);
    expect(nodePasses({ type: "Company" }, deck)).toBe(true);
    expect(nodePasses({ type: "Company", seed_set: "since-2023" }, filtersOf(state("")))).toBe(true);
    expect(setLabel("ecosystem")).toMatch(/the deck/);
    expect(setLabel("since-2023")).toMatch(/since the deck/);
    expect(setLabel(undefined)).toBeUndefined();
  });
});

describe("the console's scope", () => {
  const node = (id: string, set?: string): Json => ({ _kind: "node", id, type: "Company", properties: set ? { seed_set: set } : {} });
  const result: ConsoleResult = {
    columns: ["n", "m"],
    rows: [
      [node("company:baidu", "ecosystem"), null],
      [node("company:baidu", "ecosystem"), [node("company:deepseek", "since-2023")]],
      [node("company:x"), 1],
    ],
    graph: {
      ...emptySerializedGraph(),
      nodes: [
        { key: "company:baidu", attributes: { label: "Baidu", type: "Company", seed_set: "ecosystem" } },
        { key: "company:deepseek", attributes: { label: "DeepSeek", type: "Company", seed_set: "since-2023" } },
      ],
      edges: [{ key: "e", source: "company:deepseek", target: "company:baidu", attributes: { type: "PARTNERS_WITH", seed_set: "since-2023" } }],
    },
    summary: { queryType: "r", rows: 3, truncated: false, ms: 1, maxRows: 5000 },
  };

  it("leaves rows and graph items of other sets out, and counts them", () => {
    const r = scopeResult(result, "deck");
    expect(r.result.rows).toHaveLength(2);
    expect(r.hiddenRows).toBe(1);
    expect(r.result.graph.nodes.map((n) => n.key)).toEqual(["company:baidu"]);
    expect(r.result.graph.edges).toEqual([]);
    expect(r.hiddenNodes).toBe(1);
    expect(scopeResult(result, "all").result).toBe(result);
  });
});
