/**
 * Each start of an exploration is one request the server answers with one graph: a search link's hits with the
 * relationships among them, a busy start node alone. And the explorer's loader (lib/explore/load.ts), run against
 * the real server: what it builds, what it reports missing, what its cache saves.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExplorerLoader, startRequests } from "@/lib/explore/load";
import { BUSY, EXPAND_LIMIT, SEARCH_START_LIMIT } from "@/lib/explore/limits";
import { newDataGraph } from "@/lib/graph/data-graph";
import { edgePasses } from "@/lib/graph/filters";
import { parseViewState, type ViewState } from "@/lib/url/view-state";
import { baseUrl, testDriver } from "../support/neo4j";

async function get(path: string) {
  const res = await fetch(`${baseUrl()}${path}`);
  return { status: res.status, body: (await res.json()) as any };
}

function expect400(r: { status: number; body: any }, param: string) {
  expect(r.status).toBe(400);
  expect(r.body.error.code).toBe("bad_request");
  expect(r.body.error.message).toContain(`"${param}"`);
}

const driver = testDriver();
afterAll(() => driver.close());

describe("GET /api/search/graph", () => {
  it("answers the top hits as one graph, with every relationship among them and no other node", async () => {
    const hits = (await get(`/api/search?q=${encodeURIComponent("百度")}&limit=${SEARCH_START_LIMIT}`)).body.results.map((h: { id: string }) => h.id);
    expect(hits.length).toBeGreaterThan(1);
    const g = (await get(`/api/search/graph?q=${encodeURIComponent("百度")}&limit=${SEARCH_START_LIMIT}`)).body;
    expect(g.nodes.map((n: { key: string }) => n.key).sort()).toEqual([...hits].sort());
    const among = await driver.executeQuery("MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids RETURN count(r) AS n", { ids: hits });
    expect(g.edges.length).toBe(among.records[0].get("n").toNumber());
    expect(g.edges.length).toBeGreaterThan(0);
    for (const e of g.edges) expect(hits.includes(e.source) && hits.includes(e.target)).toBe(true);
    for (const n of g.nodes) expect(typeof n.attributes.label).toBe("string");
  });

  it("answers an empty graph when nothing matches", async () => {
    const g = (await get("/api/search/graph?q=zzzz-no-such-entity")).body;
    expect(g.nodes).toEqual([]);
    expect(g.edges).toEqual([]);
  });

  it("refuses bad parameters with a 400 naming the parameter", async () => {
    expect400(await get("/api/search/graph"), "q");
    expect400(await get("/api/search/graph?q=%20"), "q");
    expect400(await get("/api/search/graph?q=a%00b"), "q");
    expect400(await get("/api/search/graph?q=a&limit=0"), "limit");
    expect400(await get("/api/search/graph?q=a&limit=51"), "limit");
    expect400(await get("/api/search/graph?q=a&limit=x"), "limit");
    expect((await get("/api/search/graph?q=a&other=1")).status).toBe(400);
    expect((await get("/api/search/graph?q=a&q=b")).status).toBe(400);
  });
});

describe("GET /api/nodes/{id}/neighborhood?overflow=center", () => {
  it("answers a busy node alone, saying it has more neighbours than the limit", async () => {
    const g = (await get(`/api/nodes/model:ernie-bot/neighborhood?depth=1&limit=${BUSY}&overflow=center`)).body;
    expect(g.nodes.map((n: { key: string }) => n.key)).toEqual(["model:ernie-bot"]);
    expect(g.edges).toEqual([]);
    expect(g.attributes.truncated).toBe(true);
  });

  it("answers a quiet node exactly as without it", async () => {
    const plain = (await get(`/api/nodes/company:iflytek/neighborhood?depth=1&limit=${BUSY}`)).body;
    const centre = (await get(`/api/nodes/company:iflytek/neighborhood?depth=1&limit=${BUSY}&overflow=center`)).body;
    expect(plain.attributes.truncated).toBe(false);
    expect(centre).toEqual(plain);
    expect(centre.nodes.length).toBeGreaterThan(1);
  });

  it("refuses another overflow with a 400 naming it", async () => {
    expect400(await get("/api/nodes/company:baidu/neighborhood?overflow=all"), "overflow");
    expect400(await get("/api/nodes/company:baidu/neighborhood?overflow="), "overflow");
  });
});

describe("GET /api/nodes/{id}/neighborhood?kinds=", () => {
  it("narrows an old link's expansion to the kind of relationship it followed then", async () => {
    const all = await get("/api/nodes/model:ernie-bot/neighborhood?depth=1&types=USES");
    const narrow = await get("/api/nodes/model:ernie-bot/neighborhood?depth=1&types=USES&kinds=integrates");
    expect(all.status).toBe(200);
    expect(narrow.status).toBe(200);
    const kinds = (g: any) => new Set(g.edges.map((e: any) => e.attributes.properties?.kind ?? e.attributes.kind));
    expect(kinds(narrow.body)).toEqual(new Set(["integrates"]));
    expect(kinds(all.body).size).toBeGreaterThan(1);
    expect(narrow.body.nodes.length).toBeLessThan(all.body.nodes.length);
    // The old link's step is that request (what the page preloads and the explorer fetches).
    const old = parseViewState("n=model:ernie-bot&x=model:ernie-bot~INTEGRATES");
    if (!old.ok) throw new Error(old.error);
    expect(startRequests(old.state)).toContain(
      "/api/nodes/model:ernie-bot/neighborhood?depth=1&limit=" + EXPAND_LIMIT + "&types=USES&kinds=integrates",
    );
    for (const bad of ["kinds=Integrates", "kinds=in-tegrates", `kinds=${"a,".repeat(21)}a`]) {
      const r = await get(`/api/nodes/model:ernie-bot/neighborhood?depth=1&${bad}`);
      expect(r.status, bad).toBe(400);
      expect(r.body.error.message, bad).toMatch(/"kinds(\.\d+)?"/);
    }
  });
});

describe("the explorer's loader against the real server", () => {
  const realFetch = globalThis.fetch;
  const requests: string[] = [];
  beforeAll(() => {
    // The browser's client asks for /api/… on its own origin; here that origin is the test server.
    globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      requests.push(String(input));
      return realFetch(`${baseUrl()}${String(input)}`, init);
    }) as typeof fetch;
  });
  afterAll(() => {
    globalThis.fetch = realFetch;
  });
  const state = (qs: string): ViewState => {
    const r = parseViewState(qs);
    if (!r.ok) throw new Error(r.error);
    return r.state;
  };

  it("builds one graph from a view, start nodes, a search and expansions, one request each", async () => {
    const loader = new ExplorerLoader();
    const g = newDataGraph();
    requests.length = 0;
    const report = await loader.load(state("v=alibaba-portfolio&n=company:iflytek,model:ernie-bot&q=百度&x=company:baidu,!company:baidu"), g);
    expect(requests).toHaveLength(5);
    expect(report).toMatchObject({ errors: [], truncated: [], viewExists: true, view: { slug: "alibaba-portfolio" } });
    expect(report!.missing.size).toBe(0);
    expect(g.hasNode("company:alibaba")).toBe(true);
    expect(g.hasNode("model:iflytek-spark")).toBe(true); // iFlytek's neighbour
    expect(g.hasNode("company:baidu")).toBe(false); // removed by the last step
    // ERNIE Bot is busy: it came alone, so none of its neighbours came with it (unless another start brought them).
    expect(g.hasNode("model:ernie-bot")).toBe(true);

    // The same state again (undo, redo, Back): nothing is fetched.
    requests.length = 0;
    await loader.load(state("v=alibaba-portfolio&n=company:iflytek,model:ernie-bot&q=百度&x=company:baidu,!company:baidu"), newDataGraph());
    expect(requests).toEqual([]);
  });

  it("reports ids and views that do not exist, and keeps what does", async () => {
    const g = newDataGraph();
    const report = await new ExplorerLoader().load(state("v=no-such-view&n=company:iflytek,company:no-such&x=company:gone"), g);
    expect(report!.viewExists).toBe(false);
    expect([...report!.missing].sort()).toEqual(["company:gone", "company:no-such"]);
    expect(report!.errors).toEqual([]);
    expect(g.hasNode("company:iflytek")).toBe(true);
  });

  it("opens a link written with the first data model's names on the entities it named", async () => {
    // Written against the data before its vocabulary was merged (INTEGRATES is now USES with kind: integrates).
    const old = state("v=baidu-wenxin-partners&x=model:ernie-bot~INTEGRATES&r=APPLIED_IN&s=product:xiaodu-INTEGRATES->model:ernie-bot");
    const g = newDataGraph();
    const report = await new ExplorerLoader().load(old, g);
    expect(report).toMatchObject({ errors: [], viewExists: true });
    expect(report!.missing.size).toBe(0);
    // What INTEGRATES reached from ERNIE Bot then: Xiaodu, Baidu Maps, Baidu AI Cloud.
    for (const id of ["model:ernie-bot", "product:xiaodu", "product:baidu-maps", "product:baidu-ai-cloud"]) expect(g.hasNode(id), id).toBe(true);
    expect(g.hasEdge(old.selected!)).toBe(true);
    // APPLIED_IN is ACTIVE_IN with kind application now: the link hides those, not ACTIVE_IN's sectors.
    expect(old.hiddenRelTypes).toEqual(["ACTIVE_IN.application"]);
    // iFlytek works in its sectors and applies generative AI in others: its application links are hidden alone.
    const f = { hiddenNodeTypes: [], hiddenRelTypes: old.hiddenRelTypes };
    const ifly = newDataGraph();
    await new ExplorerLoader().load(state("n=company:iflytek&x=company:iflytek~ACTIVE_IN&r=APPLIED_IN"), ifly);
    const active = ifly.filterEdges((_e, a) => a.type === "ACTIVE_IN");
    expect(new Set(active.map((e) => ifly.getEdgeAttribute(e, "kind")))).toEqual(new Set(["application", "sector"]));
    for (const e of active) expect(edgePasses(ifly.getEdgeAttributes(e), f), e).toBe(ifly.getEdgeAttribute(e, "kind") !== "application");
  });

  it("stops without touching the graph when cancelled", async () => {
    const g = newDataGraph();
    g.addNode("marker:x", { label: "x", type: "X" });
    expect(await new ExplorerLoader().load(state("n=company:iflytek"), g, () => true)).toBeNull();
    expect(g.nodes()).toEqual(["marker:x"]);
  });
});
