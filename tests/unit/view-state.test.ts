import { describe, expect, it } from "vitest";
import {
  cleanViewState,
  EMPTY_STATE,
  MAX_IDS,
  parseViewState,
  serializeViewState,
  type LoadedData,
  type ViewState,
} from "@/lib/url/view-state";

function parse(qs: string): ViewState {
  const r = parseViewState(qs);
  if (!r.ok) throw new Error(`expected "${qs}" to parse, got: ${r.error}`);
  return r.state;
}
function error(input: Parameters<typeof parseViewState>[0]): string {
  const r = parseViewState(input);
  if (r.ok) throw new Error("expected a malformed link");
  return r.error;
}
const roundTrip = (s: ViewState) => parse(serializeViewState(s));

const full: ViewState = {
  locale: "en",
  view: "ernie-partners",
  nodes: ["company:baidu", "model:ernie-bot"],
  query: "百度",
  steps: [
    { op: "expand", id: "company:baidu" },
    { op: "expand", id: "model:ernie-bot", type: "PARTNER_OF" },
    { op: "remove", id: "company:geely" },
  ],
  hiddenNodeTypes: ["Investor", "Person"],
  hiddenRelTypes: ["PARTNER_OF"],
  dateFrom: "2020",
  dateTo: "2023-06",
  path: { ids: ["company:huawei", "institute:baai"], options: { all: true, directed: false, concepts: true, maxHops: 4, ignore: ["COMPETES_IN", "PARTNERS_WITH"] } },
  selected: "company:baidu-DEVELOPS->model:ernie-bot",
  lang: "ja",
  sizeBy: "pagerank",
  colorBy: "prop:founded",
  focus: "company:baidu",
  hiddenCommunities: ["company:alibaba", "institute:baai"],
  time: { from: "2023-01", to: "2023-06" },
  undated: "dimmed",
  diff: { from: "2022-12", to: "2023-07" },
  layout: "time",
  scope: "deck",
  pins: [{ id: "company:baidu", x: 12.5, y: -3 }],
  camera: { x: 0.42, y: 0.5, ratio: 0.8 },
};

describe("an empty link", () => {
  it("is the default state", () => {
    expect(parse("")).toEqual(EMPTY_STATE);
  });
  it("serialises to nothing", () => {
    expect(serializeViewState(EMPTY_STATE)).toBe("");
  });
});

describe("round trips", () => {
  it("keeps every part of the state", () => {
    expect(roundTrip(full)).toEqual(full);
  });
  it("writes the keys in a fixed order, whatever order the link used", () => {
    const qs = serializeViewState(full);
    expect(qs.split("&").map((kv) => kv.split("=")[0])).toEqual(["v", "n", "q", "x", "a", "o", "t", "r", "d", "s", "l", "z", "k", "f", "h", "w", "u", "y", "g", "e", "p", "c"]);
    const shuffled = qs.split("&").reverse().join("&");
    expect(serializeViewState(parse(shuffled))).toBe(qs);
  });
  it("keeps ids readable: colons and commas are not escaped", () => {
    expect(serializeViewState({ ...EMPTY_STATE, nodes: ["company:baidu", "model:ernie-bot"] })).toBe(
      "n=company:baidu,model:ernie-bot",
    );
  });
  it("writes steps as id, id~TYPE and !id", () => {
    expect(serializeViewState({ ...EMPTY_STATE, steps: full.steps })).toBe(
      "x=company:baidu,model:ernie-bot~PARTNER_OF,!company:geely",
    );
  });
  it("round-trips CJK searches", () => {
    const s = { ...EMPTY_STATE, query: "通义千问 文心一言" };
    expect(roundTrip(s)).toEqual(s);
    expect(parse("q=%E7%99%BE%E5%BA%A6").query).toBe("百度");
  });
  it("round-trips a search with reserved characters", () => {
    const s = { ...EMPTY_STATE, query: "a&b=c, d~e #f +g" };
    expect(roundTrip(s)).toEqual(s);
  });
  it("round-trips relationship ids with a key", () => {
    const s = { ...EMPTY_STATE, selected: "investor:zhenfund-INVESTED_IN->company:light-year#seed" };
    expect(roundTrip(s)).toEqual(s);
  });
  it("keeps the order of steps, which decides what is on the canvas", () => {
    const steps = [...full.steps].reverse();
    expect(roundTrip({ ...EMPTY_STATE, steps }).steps).toEqual(steps);
  });
});

describe("defaults are left out of the URL", () => {
  it("leaves English labels out", () => {
    expect(serializeViewState({ ...EMPTY_STATE, lang: "en", nodes: ["company:baidu"] })).toBe("n=company:baidu");
  });
  it("leaves the camera out when it shows the whole graph", () => {
    expect(serializeViewState({ ...EMPTY_STATE, camera: { x: 0.5, y: 0.5, ratio: 1 } })).toBe("");
    expect(parse("c=0.5,0.5,1").camera).toBeUndefined();
  });
  it("leaves empty filters and an open date range out", () => {
    expect(serializeViewState({ ...EMPTY_STATE, hiddenNodeTypes: [], hiddenRelTypes: [] })).toBe("");
  });
  it("writes an open-ended date range with one side empty", () => {
    expect(serializeViewState({ ...EMPTY_STATE, dateFrom: "2021" })).toBe("d=2021..");
    expect(parse("d=..2022-05")).toMatchObject({ dateFrom: undefined, dateTo: "2022-05" });
  });
});

describe("normalisation", () => {
  it("narrows an expansion to one kind of relationship: id~TYPE.kind, round trip, refused when malformed", () => {
    const st = parse("x=model:ernie-bot~USES.integrates,company:baidu~USES");
    expect(st.steps).toEqual([{ op: "expand", id: "model:ernie-bot", type: "USES", kind: "integrates" }, { op: "expand", id: "company:baidu", type: "USES" }]);
    expect(parse(serializeViewState(st)).steps).toEqual(st.steps);
    for (const bad of ["x=model:a~USES.", "x=model:a~USES.Integrates", "x=model:a~USES.a.b", "x=model:a~.integrates", "x=model:a~USES.in-tegrates"]) expect(error(bad), bad).toMatch(/./);
  });
  it("hides one kind of a relationship type: r=TYPE.kind, round trip, refused when malformed", () => {
    const st = parse("r=USES.integrates,PARTNER_OF");
    expect(st.hiddenRelTypes).toEqual(["PARTNER_OF", "USES.integrates"]);
    expect(parse(serializeViewState(st)).hiddenRelTypes).toEqual(st.hiddenRelTypes);
    for (const bad of ["r=USES.", "r=USES.Integrates", "r=USES.a.b", "r=.integrates", "r=USES.in-tegrates"]) expect(error(bad), bad).toMatch(/./);
  });
  it("reads our old relationship types in today's words, and a foreign database's types as written", () => {
    const qs = "x=company:a~ACQUIRED,company:b~WORKS_AT&r=MEMBER_OF,FUNDS&a=company:a,company:b&o=-INTEGRATES&s=company:a-ACQUIRED->company:b";
    const ours = parse(qs);
    // ACQUIRED edges are OWNS with kind acquired today; WORKS_AT's nuance went into `role`: the whole type.
    expect(ours.steps).toEqual([{ op: "expand", id: "company:a", type: "OWNS", kind: "acquired" }, { op: "expand", id: "company:b", type: "WORKED_AT" }]);
    expect(serializeViewState(ours)).toContain("x=company:a~OWNS.acquired,company:b~WORKED_AT");
    // FUNDS relationships are SUPPORTS with kind funds today: only those are hidden; MEMBER_OF has no kind of its own.
    expect(ours.hiddenRelTypes).toEqual(["PARTICIPATES_IN", "SUPPORTS.funds"]);
    expect(serializeViewState(ours)).toContain("r=PARTICIPATES_IN,SUPPORTS.funds");
    // The path ignores only the kind INTEGRATES became, as `r=` hides only it.
    expect(ours.path?.options.ignore).toEqual(["USES.integrates"]);
    expect(ours.selected).toBe("company:a-OWNS->company:b");
    const r = parseViewState(qs, "en", { mode: "any" });
    if (!r.ok) throw new Error(r.error);
    expect(r.state.steps).toEqual([{ op: "expand", id: "company:a", type: "ACQUIRED" }, { op: "expand", id: "company:b", type: "WORKS_AT" }]);
    expect(r.state.hiddenRelTypes).toEqual(["FUNDS", "MEMBER_OF"]);
    expect(r.state.path?.options.ignore).toEqual(["INTEGRATES"]);
    expect(r.state.selected).toBe("company:a-ACQUIRED->company:b");
  });
  it("clamps the camera's zoom ratio and position", () => {
    expect(parse("c=999,-999,1000").camera).toEqual({ x: 50, y: -50, ratio: 20 });
    expect(parse("c=0.5,0.5,0").camera).toEqual({ x: 0.5, y: 0.5, ratio: 0.01 });
  });
  it("rounds the camera to four decimals and pins to two", () => {
    expect(parse("c=0.123456,0.5,1").camera).toEqual({ x: 0.1235, y: 0.5, ratio: 1 });
    expect(parse("p=company:baidu~1.23456~-7.891").pins).toEqual([{ id: "company:baidu", x: 1.23, y: -7.89 }]);
  });
  it("clamps pinned positions", () => {
    expect(parse("p=company:baidu~1e12~-1e12").pins).toEqual([{ id: "company:baidu", x: 1e6, y: -1e6 }]);
  });
  it("ignores a camera that is not three numbers", () => {
    expect(parse("c=abc").camera).toBeUndefined();
    expect(parse("c=1,2").camera).toBeUndefined();
  });
  it("ignores a pin without a position", () => {
    expect(parse("p=company:baidu~x~1").pins).toEqual([]);
  });
  it("sorts pins and filters so that one state has one URL", () => {
    const a = parse("t=Person,Company&p=model:x~1~1,company:a~2~2");
    expect(a.hiddenNodeTypes).toEqual(["Company", "Person"]);
    expect(a.pins.map((p) => p.id)).toEqual(["company:a", "model:x"]);
  });
  it("drops duplicate start nodes", () => {
    expect(parse("n=company:baidu,company:baidu").nodes).toEqual(["company:baidu"]);
  });
  it("swaps a date range written backwards", () => {
    expect(parse("d=2023..2020")).toMatchObject({ dateFrom: "2020", dateTo: "2023" });
  });
  it("ignores keys it does not know (tracking parameters)", () => {
    expect(parse("utm_source=x&n=company:baidu")).toEqual({ ...EMPTY_STATE, nodes: ["company:baidu"] });
  });
  it("accepts Next's searchParams object", () => {
    expect(parseViewState({ n: "company:baidu", l: "zh", other: undefined })).toEqual({
      ok: true,
      state: { ...EMPTY_STATE, nodes: ["company:baidu"], lang: "zh" },
    });
  });
});

describe("malformed links are refused with a message", () => {
  it("refuses a node id that is not an id", () => {
    expect(error("n=Baidu")).toMatch(/"Baidu" is not a node id/);
  });
  it("refuses a step with a bad relationship type", () => {
    expect(error("x=company:baidu~partner-of")).toMatch(/not a relationship type/);
  });
  it("refuses a bad view name", () => {
    expect(error("v=Not A View")).toMatch(/not a view name/);
  });
  it("refuses an unknown label language", () => {
    expect(error("l=fr")).toMatch(/not a label language/);
  });
  it("refuses a date that is not a calendar date", () => {
    expect(error("d=2023-13..")).toMatch(/not a date/);
    expect(error("d=2020")).toMatch(/FROM\.\.TO/);
  });
  it("refuses a key given twice", () => {
    expect(error("n=company:a&n=company:b")).toMatch(/more than once/);
    expect(error({ n: ["company:a", "company:b"] })).toMatch(/more than once/);
  });
  it("refuses a link over 8 KB", () => {
    expect(error(`q=${"a".repeat(9000)}`)).toMatch(/too long/);
  });
  it(`refuses more than ${MAX_IDS} ids`, () => {
    const ids = Array.from({ length: MAX_IDS + 1 }, (_, i) => `company:c${i}`).join(",");
    expect(error(`n=${ids}`)).toMatch(/too many nodes/);
  });
  it("refuses control characters in the search", () => {
    expect(error("q=a%00b")).toMatch(/control characters/);
  });
  it("refuses a selection that is neither a node nor a relationship id", () => {
    expect(error("s=<script>")).toMatch(/not a node or relationship id/);
  });
});

describe("cleaning against the loaded data", () => {
  const data = (nodes: string[], missing: string[] = [], rels: string[] = []): LoadedData => ({
    missing: new Set(missing),
    hasNode: (id) => nodes.includes(id),
    hasRelationship: (id) => rels.includes(id),
  });

  it("drops start nodes that no longer exist, and says so", () => {
    const r = cleanViewState({ ...EMPTY_STATE, nodes: ["company:baidu", "company:gone"] }, data(["company:baidu"], ["company:gone"]));
    expect(r.state.nodes).toEqual(["company:baidu"]);
    expect(r.dropped).toEqual(["company:gone"]);
  });
  it("drops steps about nodes that no longer exist", () => {
    const steps = [
      { op: "expand", id: "company:gone" },
      { op: "expand", id: "company:baidu" },
    ] as const;
    const r = cleanViewState({ ...EMPTY_STATE, steps: [...steps] }, data(["company:baidu"], ["company:gone"]));
    expect(r.state.steps).toEqual([{ op: "expand", id: "company:baidu" }]);
  });
  it("drops a selected node that is not in the graph", () => {
    const r = cleanViewState({ ...EMPTY_STATE, selected: "company:meituan" }, data(["company:baidu"]));
    expect(r.state.selected).toBeUndefined();
    expect(r.dropped).toEqual(["company:meituan"]);
  });
  it("keeps a selected relationship that is in the graph", () => {
    const rel = "company:baidu-DEVELOPS->model:ernie-bot";
    const r = cleanViewState({ ...EMPTY_STATE, selected: rel }, data(["company:baidu"], [], [rel]));
    expect(r.state.selected).toBe(rel);
    expect(r.dropped).toEqual([]);
  });
  it("drops pins of nodes that are not on the canvas, quietly", () => {
    const r = cleanViewState({ ...EMPTY_STATE, pins: [{ id: "company:x", x: 1, y: 1 }] }, data([]));
    expect(r.state.pins).toEqual([]);
    expect(r.dropped).toEqual([]);
  });
  it("drops a view that no longer exists", () => {
    const r = cleanViewState({ ...EMPTY_STATE, view: "old-view" }, { ...data([]), viewExists: false });
    expect(r.state.view).toBeUndefined();
    expect(r.dropped).toEqual(["view old-view"]);
  });
  it("changes nothing when everything is there", () => {
    const r = cleanViewState(full, data(["company:baidu", "model:ernie-bot"], [], [full.selected!]));
    expect(r.state).toEqual(full);
    expect(r.dropped).toEqual([]);
  });
});
