/**
 * Analysis in the explorer without a browser: the path options as URL state and actions, the step list, metric
 * determinism (the same graph gives the same ranking and the same communities, whatever order it was loaded in),
 * and the legend's words.
 */
import { describe, expect, it } from "vitest";
import { analyse, seededRandom, type AnalysisInput } from "@/lib/graph/analysis";
import { newDataGraph, mergeInto } from "@/lib/graph/data-graph";
import { emptySerializedGraph, isColorBy } from "@/lib/graph/model";
import { DEFAULT_PATH_OPTIONS, describePathOptions, pairsOf, pathElements, pathSteps, pathText, pathsQuery, type PathsAttributes } from "@/lib/graph/paths";
import { applyAction, historyMode, type ExploreAction } from "@/lib/explore/actions";
import { appearanceOf, colorByOf, communityHidden, needsAnalysis, propertyColors } from "@/lib/explore/appearance";
import { startRequests } from "@/lib/explore/load";
import { INITIAL_UI, uiReducer } from "@/lib/explore/ui-state";
import { parseViewState, serializeViewState, type ViewState } from "@/lib/url/view-state";
import { say } from "@/lib/i18n/messages";

function state(qs: string): ViewState {
  const r = parseViewState(qs);
  if (!r.ok) throw new Error(r.error);
  return r.state;
}
function error(qs: string): string {
  const r = parseViewState(qs);
  if (r.ok) throw new Error(`expected "${qs}" to be refused`);
  return r.error;
}
const after = (qs: string, ...actions: ExploreAction[]) => serializeViewState(actions.reduce(applyAction, state(qs)));

describe("a path in the URL (a, o)", () => {
  it("reads ends and options, writes them back in one canonical form", () => {
    const s = state("a=company:huawei,institute:baai&o=-USES,hops:4,concepts,all,-PARTNERS_WITH");
    expect(s.path).toEqual({ ids: ["company:huawei", "institute:baai"], options: { all: true, directed: false, concepts: true, maxHops: 4, ignore: ["PARTNERS_WITH", "USES"] } });
    expect(serializeViewState(s)).toBe("a=company:huawei,institute:baai&o=all,concepts,hops:4,-PARTNERS_WITH,-USES");
  });

  it("leaves the default options out, and old type names are read in today's words", () => {
    expect(serializeViewState(state("a=company:huawei,institute:baai&o=hops:6"))).toBe("a=company:huawei,institute:baai");
    // An old type merged into today's as a kind ignores only that kind, as `r=` hides only it.
    expect(state("a=company:a,company:b&o=-INTEGRATES").path?.options.ignore).toEqual(["USES.integrates"]);
    expect(serializeViewState(state("a=company:a,company:b&o=-INTEGRATES,-USES.built_on"))).toBe("a=company:a,company:b&o=-USES.built_on,-USES.integrates");
    expect(state("a=company:a,company:b&o=-PARTNER_OF").path?.options.ignore).toEqual(["PARTNER_OF"]);
  });

  it("refuses what is not a path, naming what is wrong", () => {
    expect(error("a=company:huawei")).toMatch(/2 to 8 entities/);
    expect(error("a=company:huawei,company:huawei")).toMatch(/twice/);
    expect(error("a=company:huawei,not-an-id")).toMatch(/not a node id/);
    expect(error("a=company:a,company:b&o=hops:9")).toMatch(/hop cap of 1 to 8/);
    expect(error("a=company:a,company:b&o=fastest")).toMatch(/"fastest" is not a path option/);
    for (const bad of ["-USES.", "-USES.Uses", "-USES.a.b", "-.uses"]) expect(error(`a=company:a,company:b&o=${bad}`)).toMatch(/is not a path option/);
    expect(error(`a=${Array.from({ length: 9 }, (_, i) => `company:c${i}`).join(",")}`)).toMatch(/names 9/);
  });

  it("is a start of its own, and the page preloads its request", () => {
    const s = state("a=company:huawei,institute:baai&o=directed");
    expect(startRequests(s)).toEqual(["/api/paths?ids=company%3Ahuawei,institute%3Abaai&directed=1"]);
    expect(startRequests(state(""))).toEqual(["/api/overview?limit=1500"]);
  });
});

describe("path actions", () => {
  it("set, change and clear a path, each a step Back undoes", () => {
    const a: ExploreAction = { type: "path", ids: ["company:huawei", "institute:baai"] };
    expect(historyMode(a)).toBe("push");
    expect(after("n=company:baidu", a)).toBe("n=company:baidu&a=company:huawei,institute:baai");
    expect(after("n=company:baidu", a, { type: "pathOptions", options: { ...DEFAULT_PATH_OPTIONS, directed: true, ignore: ["USES", "OWNS", "USES"] } })).toBe(
      "n=company:baidu&a=company:huawei,institute:baai&o=directed,-OWNS,-USES",
    );
    expect(after("n=company:baidu&a=company:huawei,institute:baai", { type: "clearPath" })).toBe("n=company:baidu");
  });

  it("the path panel's draft asks for the path once both ends are known", () => {
    let ui = uiReducer(INITIAL_UI, { type: "pathEnd", end: "from", id: "company:huawei" });
    expect(ui.draft).toEqual({ open: true, from: "company:huawei", connect: [] });
    ui = uiReducer(ui, { type: "pathEnd", end: "to", id: "institute:baai" });
    expect([ui.draft.from, ui.draft.to]).toEqual(["company:huawei", "institute:baai"]);
    ui = uiReducer(uiReducer(ui, { type: "connectToggle", id: "company:a" }), { type: "connectToggle", id: "company:b" });
    expect(uiReducer(ui, { type: "connectToggle", id: "company:a" }).draft.connect).toEqual(["company:b"]);
    expect(uiReducer(ui, { type: "draftClear" }).draft).toEqual({ connect: [] });
  });

  it("community focus and hiding are URL state too", () => {
    expect(after("", { type: "colorBy", by: "community" }, { type: "focusCommunity", member: "company:baidu" })).toBe("k=community&f=company:baidu");
    expect(after("f=company:baidu", { type: "toggleCommunity", member: "company:baidu" })).toBe("h=company:baidu");
    expect(after("h=company:baidu,institute:baai", { type: "toggleCommunity", member: "company:baidu" })).toBe("h=institute:baai");
    expect(after("f=company:x&h=company:y", { type: "showAllCommunities" })).toBe("");
    expect(after("", { type: "sizeBy", by: "betweenness" })).toBe("z=betweenness");
    expect(isColorBy("prop:founded")).toBe(true);
    expect(isColorBy("prop:Founded!")).toBe(false);
    expect(error("k=rainbow")).toMatch(/not a node colouring/);
    expect(error("z=size")).toMatch(/not a node size/);
  });
});

describe("the step list", () => {
  const path = { nodes: ["company:huawei", "policy:entity-list", "company:iflytek"], edges: ["e1", "e2"] };
  const edges: Record<string, { type: string; source: string }> = {
    e1: { type: "REGULATES", source: "policy:entity-list" },
    e2: { type: "REGULATES", source: "policy:entity-list" },
  };
  it("says which way each relationship points", () => {
    const steps = pathSteps(path, (e) => edges[e]);
    expect(steps.map((s) => s.via?.forward)).toEqual([undefined, false, true]);
    expect(pathText(steps, (id) => id.split(":")[1])).toBe("huawei ←REGULATES— entity-list —REGULATES→ iflytek");
  });
  it("describes the options a 'no path' answer was found with", () => {
    expect(say("en", describePathOptions(DEFAULT_PATH_OPTIONS))).toBe("within 6 hops, in either direction, avoiding concept nodes (industries, trends, …)");
    expect(say("en", describePathOptions({ ...DEFAULT_PATH_OPTIONS, directed: true, concepts: true, maxHops: 1, ignore: ["USES"] }))).toBe(
      "within 1 hop, following arrows only, through concept nodes too, ignoring USES",
    );
  });
  it("pairs every two entities once, and asks the API with the defaults left out", () => {
    expect(pairsOf(["a", "b", "c"])).toEqual([["a", "b"], ["a", "c"], ["b", "c"]]);
    expect(pathsQuery(["company:a", "company:b"], DEFAULT_PATH_OPTIONS)).toBe("ids=company%3Aa,company%3Ab");
    const p: PathsAttributes = { pairs: [{ from: "a", to: "c", paths: [{ nodes: ["a", "b", "c"], edges: ["ab", "bc"] }] }], options: DEFAULT_PATH_OPTIONS };
    expect([...pathElements(p).nodes]).toEqual(["a", "b", "c"]);
  });
});

/** Two cliques joined by one bridge, plus a tail: a picture whose answers are known. */
function barbell(): AnalysisInput {
  const left = ["l1", "l2", "l3", "l4"];
  const right = ["r1", "r2", "r3", "r4"];
  const edges: [string, string][] = [];
  for (const g of [left, right]) for (let i = 0; i < g.length; i++) for (let j = i + 1; j < g.length; j++) edges.push([g[i], g[j]]);
  edges.push(["l1", "r1"], ["r4", "t1"], ["l2", "l3"]); // l2-l3 twice: a parallel relationship
  return { nodes: [...left, ...right, "t1"], edges };
}

function shuffled<T>(xs: T[], seed: number): T[] {
  const rnd = seededRandom(seed);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe("metrics and communities", () => {
  it("rank the bridge ends first by betweenness and find the two cliques", () => {
    const a = analyse(barbell());
    const byBetweenness = Object.entries(a.betweenness).sort((x, y) => y[1] - x[1]).map(([n]) => n);
    expect(byBetweenness.slice(0, 2).sort()).toEqual(["l1", "r1"]);
    expect(a.degree.l2).toBe(4); // three clique neighbours, one of them twice
    expect(a.communities.length).toBe(2);
    const [c0, c1] = a.communities;
    expect(c0.size + c1.size).toBe(9);
    expect(a.community.l1).toBe(a.community.l4);
    expect(a.community.r1).toBe(a.community.t1);
    expect(a.community.l1).not.toBe(a.community.r1);
  });

  it("are the same whatever order the graph was loaded in", () => {
    const base = analyse(barbell());
    for (const seed of [1, 2, 3, 4, 5]) {
      const input = barbell();
      const again = analyse({ nodes: shuffled(input.nodes, seed), edges: shuffled(input.edges, seed + 100).map(([s, t], i) => (i % 2 ? [t, s] : [s, t])) });
      expect(again.community).toEqual(base.community);
      expect(again.communities).toEqual(base.communities);
      expect(Object.keys(again.pagerank).sort((x, y) => again.pagerank[y] - again.pagerank[x] || (x < y ? -1 : 1))).toEqual(
        Object.keys(base.pagerank).sort((x, y) => base.pagerank[y] - base.pagerank[x] || (x < y ? -1 : 1)),
      );
    }
  });

  it("name a community by its most central member and hide by that name", () => {
    const a = analyse(barbell());
    for (const c of a.communities) {
      const members = Object.keys(a.community).filter((n) => a.community[n] === c.index);
      const best = Math.max(...members.map((n) => a.pagerank[n]));
      expect(a.pagerank[c.name]).toBe(best);
    }
    const left = a.communities.find((c) => c.name.startsWith("l"))!;
    expect([...communityHidden(a, left.name, [])].sort()).toEqual(["r1", "r2", "r3", "r4", "t1"]);
    expect([...communityHidden(a, undefined, [left.name])].sort()).toEqual(["l1", "l2", "l3", "l4"]);
    expect(communityHidden(a, "not-a-member", []).size).toBe(0);
  });

  it("handle the empty graph and a single node", () => {
    expect(analyse({ nodes: [], edges: [] }).communities).toEqual([]);
    expect(analyse({ nodes: ["a"], edges: [] }).betweenness).toEqual({ a: 0 });
  });
});

describe("the legend", () => {
  const g = newDataGraph();
  mergeInto(g, {
    ...emptySerializedGraph(),
    nodes: [
      { key: "company:a", attributes: { label: "A", name: "A", type: "Company", city: "Beijing" } },
      { key: "company:b", attributes: { label: "B", name: "B", type: "Company", city: "Beijing" } },
      { key: "model:c", attributes: { label: "C", name: "C", type: "Model", city: "Hangzhou" } },
    ],
    edges: [
      { key: "e1", source: "company:a", target: "model:c", attributes: { type: "DEVELOPED" } },
      { key: "e2", source: "company:b", target: "model:c", attributes: { type: "USES" } },
    ],
  });
  const a = analyse({ nodes: g.nodes(), edges: g.mapEdges((_e, _a, s, t) => [s, t] as [string, string]) });

  it("explains the sizing and the colouring, and lists types by count", () => {
    const look = appearanceOf(state("n=company:a"), g, a, undefined);
    expect(say("en", look.legend.size)).toMatch(/^Size: degree/);
    expect(say("en", look.legend.color)).toBe("Colour: the kind of entity.");
    expect(look.legend.entries.map((e) => [e.label, e.count])).toEqual([["Company", 2], ["Model", 1]]);
    expect(look.emphasis.sizes).toBeUndefined();
  });

  it("colours the overview by community by default, naming each by its most central member", () => {
    expect(colorByOf(state(""))).toBe("community");
    expect(colorByOf(state("n=company:a"))).toBe("type");
    const look = appearanceOf(state("z=pagerank"), g, a, undefined);
    expect(say("en", look.legend.color)).toMatch(/^Colour: 1 communities found by Louvain \(modularity -?\d\.\d\d\), each named by its most central member\.$/);
    expect(look.legend.entries).toEqual([{ color: a.communities[0].color, label: "C", member: "model:c", count: 3 }]);
    expect(look.emphasis.sizes?.get("model:c")).toBe(26);
  });

  it("knows when the picture waits on the analysis (the page is not ready before it answers)", () => {
    expect(needsAnalysis(state(""))).toBe(true);
    expect(needsAnalysis(state("n=company:a"))).toBe(false);
    expect(needsAnalysis(state("n=company:a&k=prop:city"))).toBe(false);
    expect(needsAnalysis(state("n=company:a&k=community"))).toBe(true);
    expect(needsAnalysis(state("n=company:a&z=pagerank"))).toBe(true);
    expect(needsAnalysis(state("n=company:a&f=company:a"))).toBe(true);
    expect(needsAnalysis(state("n=company:a&h=company:a"))).toBe(true);
  });

  it("colours by a property, text by frequency", () => {
    const p = propertyColors(g.mapNodes((n, at) => [n, at] as [string, Record<string, unknown>]), "city");
    expect(p.numeric).toBe(false);
    expect(p.legend.map((e) => [e.label, e.count])).toEqual([["Beijing", 2], ["Hangzhou", 1]]);
    expect(say("en", appearanceOf(state("n=company:a&k=prop:city"), g, a, undefined).legend.color)).toBe('Colour: the property "city" (grey: no value).');
  });
});
