/**
 * The ecosystem on the seeded real Neo4j, through the real API: every named view answers with a non-empty,
 * connected subgraph holding its anchors; entities are found by deck name, Chinese, English and alias; and a sample
 * of the deck's facts reads back exactly.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { baseUrl } from "../support/neo4j";

interface Graph {
  nodes: { key: string; attributes: Record<string, unknown> }[];
  edges: { source: string; target: string; attributes: { type: string } }[];
}

async function get(p: string) {
  const res = await fetch(`${baseUrl()}${p}`);
  return { status: res.status, body: await res.json() };
}

/** Number of connected components, ignoring direction. */
function components(g: Graph): number {
  const adj = new Map<string, string[]>(g.nodes.map((n) => [n.key, []]));
  for (const e of g.edges) {
    adj.get(e.source)?.push(e.target);
    adj.get(e.target)?.push(e.source);
  }
  const seen = new Set<string>();
  let count = 0;
  for (const start of adj.keys()) {
    if (seen.has(start)) continue;
    count++;
    const stack = [start];
    seen.add(start);
    while (stack.length)
      for (const m of adj.get(stack.pop()!) ?? [])
        if (!seen.has(m)) {
          seen.add(m);
          stack.push(m);
        }
  }
  return count;
}

const ANCHORS: Record<string, string[]> = {
  "alibaba-portfolio": ["company:alibaba", "model:tongyi-qianwen"],
  "baidu-wenxin-partners": ["company:baidu", "model:ernie-bot"],
  "model-timeline": ["model:ernie-bot", "model:tongyi-qianwen", "model:iflytek-spark", "model:wudao", "model:medgpt"],
  "founders-2023": ["person:wang-huiwen"],
  "baai-open-source": ["institute:baai", "model:wudao"],
  "policy-landscape": ["policy:genai-interim-measures", "policy:shenzhen-ai-action-plan"],
  investors: [],
};

const VIEWS = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../graph-seed/ecosystem/views.json"), "utf8")) as { slug: string }[];

describe("named views", () => {
  it("are all listed with their counts", async () => {
    const r = await get("/api/views");
    expect(r.status).toBe(200);
    const slugs = r.body.views.map((v: { slug: string }) => v.slug);
    for (const slug of Object.keys(ANCHORS)) expect(slugs).toContain(slug);
    for (const v of r.body.views) {
      expect(v.nodes).toBeGreaterThan(0);
      expect(typeof v.title).toBe("string");
    }
  });

  for (const { slug } of VIEWS) {
    it(`${slug} answers with a non-empty, connected subgraph holding its anchors`, async () => {
      const r = await get(`/api/views/${slug}`);
      expect(r.status).toBe(200);
      expect(r.body.view.slug).toBe(slug);
      const g = r.body.graph as Graph;
      expect(g.nodes.length).toBeGreaterThan(1);
      expect(g.edges.length).toBeGreaterThan(0);
      expect(components(g)).toBe(1);
      const keys = new Set(g.nodes.map((n) => n.key));
      for (const anchor of ANCHORS[slug] ?? []) expect(keys, anchor).toContain(anchor);
    });
  }

  it("investors connects every named VC", async () => {
    const g = (await get("/api/views/investors")).body.graph as Graph;
    const names = g.nodes.filter((n) => n.attributes.type === "Investor").map((n) => n.attributes.label);
    for (const vc of ["IDG Capital", "ZhenFund", "Matrix Partners"]) expect(names.join("|")).toContain(vc);
  });

  it("baidu-wenxin-partners holds every partner the deck lists", async () => {
    const g = (await get("/api/views/baidu-wenxin-partners")).body.graph as Graph;
    const partners = g.edges.filter((e) => e.attributes.type === "JOINED_ECOSYSTEM");
    expect(partners.length).toBeGreaterThanOrEqual(17);
  });

  it("baidu-wenxin-partners shows the products built on ERNIE Bot with their makers, and Baidu + WPS", async () => {
    const g = (await get("/api/views/baidu-wenxin-partners")).body.graph as Graph;
    const keys = new Set(g.nodes.map((n) => n.key));
    for (const id of ["company:ctrip", "company:changan", "company:kingsoft", "product:wps-office", "product:ctrip-travel-ai-engine"]) expect(keys, id).toContain(id);
    expect(g.edges.some((e) => e.source === "company:ctrip" && e.target === "product:ctrip-travel-ai-engine" && e.attributes.type === "DEVELOPED")).toBe(true);
  });

  it("an unknown or malformed slug is a clear 404 / 400", async () => {
    const unknown = await get("/api/views/no-such-view");
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toMatch(/no view/i);
    expect((await get("/api/views/Bad_Slug!")).status).toBe(400);
  });
});

describe("search finds entities in each of their languages", () => {
  const cases: [string, string][] = [
    ["文心一言", "model:ernie-bot"],
    ["ERNIE Bot", "model:ernie-bot"],
    ["Wenxin Yiyan", "model:ernie-bot"],
    ["通義千問", "model:tongyi-qianwen"],
    ["通义千问", "model:tongyi-qianwen"],
    ["Tongyi Qianwen", "model:tongyi-qianwen"],
    ["アリババ", "company:alibaba"],
    ["阿里巴巴", "company:alibaba"],
    ["智源研究院", "institute:baai"],
    ["BAAI", "institute:baai"],
    ["星火", "model:iflytek-spark"],
    ["MedGPT", "model:medgpt"],
    ["医聯", "company:medlinker"],
    ["王 慧文", "person:wang-huiwen"],
    ["生成AIサービス管理暫定弁法", "policy:genai-interim-measures"],
  ];
  for (const [q, id] of cases) {
    it(`"${q}" -> ${id}`, async () => {
      const r = await get(`/api/search?q=${encodeURIComponent(q)}&limit=10`);
      expect(r.body.results.map((x: { id: string }) => x.id)).toContain(id);
    });
  }
});

describe("the deck's facts read back exactly", () => {
  const props = async (id: string) => (await get(`/api/nodes/${id}`)).body.node.properties;

  it("release dates", async () => {
    expect((await props("model:ernie-bot")).date).toBe("2023-03-16");
    expect((await props("model:tongyi-qianwen")).date).toBe("2023-04-07");
    expect((await props("model:iflytek-spark")).date).toBe("2023-05-06");
    expect((await props("model:medgpt")).date).toBe("2023-05-25");
    expect((await props("model:wudao")).date).toBe("2021-03-20");
  });

  it("the Wenxin partner total and the investment amounts", async () => {
    expect((await props("model:ernie-bot")).ecosystem_companies_min).toBe(450);
    // One fact, one place: the personal investment on the venture founded, the fund's size on the fund.
    const founded = (await get("/api/nodes/person:wang-huiwen/neighborhood?types=FOUNDED")).body as Graph;
    const invested = founded.edges.map((e) => (e.attributes as unknown as Record<string, unknown>).personal_investment_usd);
    expect(invested).toContain(50_000_000);
    expect((await props("program:shenzhen-ai-fund")).fund_rmb).toBe(100_000_000_000);
  });

  it("every node and relationship cites a source", async () => {
    const g = (await get("/api/nodes/company:baidu/neighborhood?depth=2&limit=2000")).body as Graph;
    for (const n of g.nodes) expect((n.attributes.sources as string[]).length, n.key).toBeGreaterThan(0);
    for (const e of g.edges) expect(((e.attributes as unknown as { sources: string[] }).sources ?? []).length).toBeGreaterThan(0);
  });
});
