/** The set of what came after the deck, seeded beside it by `npm test`: search, details, views and the scope. */
import { describe, expect, it } from "vitest";
import { baseUrl } from "../support/neo4j";

async function get(path: string) {
  const res = await fetch(`${baseUrl()}${path}`);
  return { status: res.status, body: (await res.json()) as any };
}

describe("since 2023", () => {
  for (const [q, id] of [
    ["DeepSeek", "company:deepseek"],
    ["Moonshot", "company:moonshot-ai"],
    ["Kimi", "product:kimi"],
    ["MiniMax", "company:minimax"],
    ["Zhipu", "company:zhipu-ai"],
    ["GLM", "model:glm-4"],
    ["StepFun", "company:stepfun"],
    ["Doubao", "product:doubao"],
  ]) {
    it(`search finds ${id} by "${q}"`, async () => {
      const r = await get(`/api/search?q=${encodeURIComponent(q)}&limit=5`);
      expect(r.body.results.map((h: { id: string }) => h.id)).toContain(id);
    });
  }

  it("says which set a fact comes from", async () => {
    expect((await get("/api/nodes/company:deepseek")).body.node.properties.seed_set).toBe("since-2023");
    expect((await get("/api/nodes/company:baidu")).body.node.properties.seed_set).toBe("ecosystem");
  });

  it("joins the deck: a path from DeepSeek to the deck exists, and none within the deck alone", async () => {
    const all = await get("/api/paths?ids=company:deepseek,company:alibaba");
    expect(all.body.attributes.pairs[0].paths.length).toBeGreaterThan(0);
    const deck = await get("/api/paths?ids=company:deepseek,company:alibaba&scope=deck");
    expect(deck.body.attributes.pairs[0].paths).toEqual([]);
  });

  it("has its named view", async () => {
    const r = await get("/api/views/since-the-deck");
    expect(r.status).toBe(200);
    expect(r.body.view.title).toBe("Since the deck (2023 →)");
    expect(r.body.graph.nodes.length).toBeGreaterThanOrEqual(40);
  });
});
