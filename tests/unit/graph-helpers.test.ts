import { describe, expect, it } from "vitest";
import { expansionKey, groupCounts, newDataGraph, rebuildDataGraph, singleNodeGraph } from "@/lib/graph/data-graph";
import { dateInRange, edgePasses, nodePasses } from "@/lib/graph/filters";
import { prepareLayout, runLayout, seedPosition } from "@/lib/graph/layout";
import { makeReducers } from "@/lib/graph/reducers";
import { canvasLabel, newSigmaGraph, syncSigmaGraph } from "@/lib/graph/sigma-graph";
import { allNames, nameIn, nodeColor, nodeSize } from "@/lib/graph/style";
import type { SerializedGraph } from "@/lib/graph/model";

const opts = { type: "directed", multi: true, allowSelfLoops: true } as const;
const node = (key: string, type: string, extra: Record<string, string> = {}) => ({
  key,
  attributes: { label: key, type, name: key, ...extra },
});
const edge = (source: string, type: string, target: string, extra: Record<string, string> = {}) => ({
  key: `${source}-${type}->${target}`,
  source,
  target,
  attributes: { type, ...extra },
});
const g = (nodes: ReturnType<typeof node>[], edges: ReturnType<typeof edge>[] = []): SerializedGraph => ({ attributes: {}, options: opts, nodes, edges });

const start = g([node("company:baidu", "Company", { date: "2000" }), node("model:ernie-bot", "Model", { date: "2023-03-16" })], [
  edge("company:baidu", "DEVELOPED", "model:ernie-bot", { date: "2023-03" }),
]);
const partners = g([node("model:ernie-bot", "Model"), node("company:geely", "Company")], [edge("company:geely", "JOINED_ECOSYSTEM", "model:ernie-bot")]);

describe("the data graph", () => {
  it("merges the start and each expansion, in order", () => {
    const d = newDataGraph();
    rebuildDataGraph(d, [start], [{ op: "expand", id: "model:ernie-bot" }], (k) => (k === "model:ernie-bot" ? partners : undefined));
    expect(d.nodes().sort()).toEqual(["company:baidu", "company:geely", "model:ernie-bot"]);
    expect(d.size).toBe(2);
  });
  it("removes a node and its relationships; a later expansion may bring it back", () => {
    const d = newDataGraph();
    const fetched = (k: string) => (k === "model:ernie-bot" ? partners : undefined);
    rebuildDataGraph(d, [start], [{ op: "expand", id: "model:ernie-bot" }, { op: "remove", id: "company:geely" }], fetched);
    expect(d.hasNode("company:geely")).toBe(false);
    expect(d.size).toBe(1);
    rebuildDataGraph(d, [start], [{ op: "remove", id: "company:geely" }, { op: "expand", id: "model:ernie-bot" }], fetched);
    expect(d.hasNode("company:geely")).toBe(true);
  });
  it("keys an expansion of one relationship type apart from a full one", () => {
    expect(expansionKey({ id: "model:ernie-bot" })).toBe("model:ernie-bot");
    expect(expansionKey({ id: "model:ernie-bot", type: "PARTNER_OF" })).toBe("model:ernie-bot~PARTNER_OF");
  });
  it("groups relationship counts by type, busiest first", () => {
    expect(
      groupCounts([
        { type: "USES", direction: "in", count: 1 },
        { type: "JOINED_ECOSYSTEM", direction: "in", count: 17 },
        { type: "USES", direction: "out", count: 2 },
      ]),
    ).toEqual([
      { type: "JOINED_ECOSYSTEM", count: 17, out: 0, in: 17 },
      { type: "USES", count: 3, out: 2, in: 1 },
    ]);
  });
  it("turns a node from GET /api/nodes/{id} into a one-node graph", () => {
    const s = singleNodeGraph({ id: "company:baidu", type: "Company", properties: { id: "company:baidu", name: "Baidu", name_zh: "百度" } });
    expect(s.nodes).toEqual([{ key: "company:baidu", attributes: { name: "Baidu", name_zh: "百度", label: "Baidu", type: "Company" } }]);
  });
});

describe("filters hide by type and by partial date", () => {
  it("compares partial dates on their common prefix", () => {
    expect(dateInRange("2023", "2023-06", undefined)).toBe(true);
    expect(dateInRange("2023-07-01", undefined, "2023-06")).toBe(false);
    expect(dateInRange("2022-12", "2023", undefined)).toBe(false);
    expect(dateInRange("2023-06-30", "2023-06", "2023-06")).toBe(true);
  });
  it("keeps undated things", () => {
    expect(dateInRange(undefined, "2020", "2021")).toBe(true);
  });
  it("hides node and relationship types", () => {
    const f = { hiddenNodeTypes: ["Person"], hiddenRelTypes: ["USES"] };
    expect(nodePasses({ type: "Person" }, f)).toBe(false);
    expect(nodePasses({ type: "Company" }, f)).toBe(true);
    expect(edgePasses({ type: "USES" }, f)).toBe(false);
  });
  it("hides one kind of a type (TYPE.kind) and leaves its other kinds", () => {
    const f = { hiddenNodeTypes: [], hiddenRelTypes: ["USES.integrates"] };
    expect(edgePasses({ type: "USES", kind: "integrates" }, f)).toBe(false);
    expect(edgePasses({ type: "USES", kind: "built_on" }, f)).toBe(true);
    expect(edgePasses({ type: "USES" }, f)).toBe(true);
    expect(edgePasses({ type: "SUPPORTS", kind: "integrates" }, f)).toBe(true);
  });
});

describe("the sigma graph", () => {
  it("moves the data type to nodeType/relType and sets sigma's program type", () => {
    const d = newDataGraph();
    rebuildDataGraph(d, [start], [], () => undefined);
    const s = newSigmaGraph();
    syncSigmaGraph(s, d, "zh", () => ({ x: 0, y: 0 }));
    expect(s.getNodeAttributes("company:baidu")).toMatchObject({ type: "circle", nodeType: "Company", color: nodeColor("Company") });
    expect(s.getEdgeAttributes("company:baidu-DEVELOPED->model:ernie-bot")).toMatchObject({ type: "arrow", relType: "DEVELOPED" });
  });
  it("keeps positions of nodes already drawn and drops what the data lost", () => {
    const d = newDataGraph();
    rebuildDataGraph(d, [start], [], () => undefined);
    const s = newSigmaGraph();
    syncSigmaGraph(s, d, "en", () => ({ x: 1, y: 2 }));
    s.mergeNodeAttributes("company:baidu", { x: 50, y: 60 });
    d.dropNode("model:ernie-bot");
    syncSigmaGraph(s, d, "en", () => ({ x: 0, y: 0 }));
    expect(s.nodes()).toEqual(["company:baidu"]);
    expect(s.getNodeAttributes("company:baidu")).toMatchObject({ x: 50, y: 60 });
  });
  it("cuts long labels on the canvas only", () => {
    expect(canvasLabel("Interim Measures for the Management of Generative AI Services")).toHaveLength(28);
    expect(canvasLabel("百度")).toBe("百度");
  });
});

describe("styling", () => {
  it("names a node in the chosen language, falling back to English", () => {
    const a = { label: "Baidu", name: "Baidu", name_zh: "百度", name_ja: "百度（バイドゥ）" };
    expect(nameIn(a, "ja")).toBe("百度（バイドゥ）");
    expect(nameIn({ label: "X", name: "X" }, "zh")).toBe("X");
  });
  it("lists every name once", () => {
    expect(allNames({ name: "Baidu", name_zh: "百度", name_ja: "百度", aliases: ["Baidu, Inc."] })).toEqual(["Baidu", "百度", "Baidu, Inc."]);
  });
  it("grows nodes with their degree, within bounds", () => {
    expect(nodeSize(0)).toBeLessThan(nodeSize(4));
    expect(nodeSize(10_000)).toBe(26);
  });
  it("gives unknown types a stable colour", () => {
    expect(nodeColor("Spaceship")).toBe(nodeColor("Spaceship"));
  });
});

describe("the layout is deterministic", () => {
  const build = (order: string[]) => {
    const d = newDataGraph();
    const nodes = order.map((id) => node(id, "Company"));
    rebuildDataGraph(d, [g(nodes, [edge("company:a", "X", "company:b"), edge("company:b", "X", "company:c"), edge("company:a", "X", "company:d")])], [], () => undefined);
    return d;
  };
  it("gives the same positions for the same graph, whatever order it was built in", () => {
    const a = runLayout(prepareLayout(build(["company:a", "company:b", "company:c", "company:d"]), new Map(), 200));
    const b = runLayout(prepareLayout(build(["company:d", "company:c", "company:b", "company:a"]), new Map(), 200));
    expect([...a.entries()].sort()).toEqual([...b.entries()].sort());
  });
  it("seeds positions from the id", () => {
    expect(seedPosition("company:a", 10)).toEqual(seedPosition("company:a", 10));
    expect(seedPosition("company:a", 10)).not.toEqual(seedPosition("company:b", 10));
  });
  it("keeps pinned nodes where they were pinned", () => {
    const pos = runLayout(prepareLayout(build(["company:a", "company:b", "company:c", "company:d"]), new Map([["company:a", { x: 5, y: -5 }]]), 100));
    expect(pos.get("company:a")).toEqual({ x: 5, y: -5 });
  });
  it("moves the other nodes", () => {
    const input = prepareLayout(build(["company:a", "company:b", "company:c", "company:d"]), new Map(), 50);
    const pos = runLayout(input);
    expect(pos.get("company:b")).not.toEqual({ x: input.x[1], y: input.y[1] });
  });
});

describe("reducers", () => {
  const d = newDataGraph();
  rebuildDataGraph(d, [start, partners], [], () => undefined);
  const s = newSigmaGraph();
  syncSigmaGraph(s, d, "en", () => ({ x: 0, y: 0 }));
  it("hide what the filters hide, and relationships to hidden nodes", () => {
    const { nodeReducer, edgeReducer } = makeReducers(s, { hiddenNodes: new Set(["company:geely"]), hiddenEdges: new Set() });
    expect(nodeReducer("company:geely", s.getNodeAttributes("company:geely")).hidden).toBe(true);
    const e = "company:geely-JOINED_ECOSYSTEM->model:ernie-bot";
    expect(edgeReducer(e, s.getEdgeAttributes(e)).hidden).toBe(true);
  });
  it("highlight the hovered node's neighbourhood and dim the rest", () => {
    const { nodeReducer } = makeReducers(s, { hiddenNodes: new Set(), hiddenEdges: new Set(), hovered: "company:baidu" });
    expect(nodeReducer("model:ernie-bot", s.getNodeAttributes("model:ernie-bot")).forceLabel).toBe(true);
    expect(nodeReducer("company:geely", s.getNodeAttributes("company:geely")).label).toBe("");
  });
});
