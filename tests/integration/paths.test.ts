/**
 * How entities are connected, on the real seeded Neo4j through the real server: `GET /api/paths` and
 * `GET /api/overview`. The expected paths were checked by hand against graph-seed/ecosystem (the sources are in
 * each relationship's record).
 */
import { describe, expect, it } from "vitest";
import { baseUrl, testDriver } from "../support/neo4j";

type Pair = { from: string; to: string; paths: { nodes: string[]; edges: string[] }[] };

async function get(path: string) {
  const res = await fetch(`${baseUrl()}${path}`);
  return { status: res.status, body: (await res.json()) as any };
}
/** The deck's answers (scope=deck): what later sets add cannot change them. */
async function pairs(query: string): Promise<Pair[]> {
  const r = await get(`/api/paths?${query}&scope=deck`);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body.attributes.pairs;
}

describe("GET /api/paths", () => {
  it("finds how Huawei is connected to BAAI without going through an industry or a trend", async () => {
    // Huawei and iFlytek are both on the US Entity List; iFlytek and BAAI both use domestic chips.
    const [p] = await pairs("ids=company:huawei,institute:baai");
    expect(p.paths).toHaveLength(1);
    expect(p.paths[0].nodes).toEqual(["company:huawei", "policy:us-entity-list", "company:iflytek", "chip:domestic-chips", "institute:baai"]);
    expect(p.paths[0].edges).toHaveLength(4);
  });

  it("returns the path's nodes and relationships as a graph the explorer merges", async () => {
    const r = await get("/api/paths?ids=company:huawei,institute:baai&scope=deck");
    expect(r.body.nodes.map((n: { key: string }) => n.key).sort()).toEqual(
      ["chip:domestic-chips", "company:huawei", "company:iflytek", "institute:baai", "policy:us-entity-list"],
    );
    const edges = r.body.edges.map((e: { source: string; target: string; attributes: { type: string } }) => `${e.source} ${e.attributes.type} ${e.target}`);
    expect(edges.sort()).toEqual([
      "company:iflytek USES chip:domestic-chips",
      "institute:baai USES chip:domestic-chips",
      "policy:us-entity-list REGULATES company:huawei",
      "policy:us-entity-list REGULATES company:iflytek",
    ]);
  });

  it("goes through concept nodes only when asked, and follows arrows only when asked", async () => {
    const [withConcepts] = await pairs("ids=company:huawei,institute:baai&concepts=1");
    expect(withConcepts.paths[0].nodes.length).toBeLessThanOrEqual(5);
    const [directed] = await pairs("ids=company:huawei,institute:baai&directed=1");
    expect(directed.paths).toEqual([]); // every route above walks some relationship against its arrow
    const [founder] = await pairs("ids=person:wang-huiwen,company:meituan&directed=1");
    expect(founder.paths[0].nodes).toEqual(["person:wang-huiwen", "company:meituan"]);
  });

  it("ignores relationship types and honours the hop cap", async () => {
    const [p] = await pairs("ids=company:huawei,institute:baai&ignore=REGULATES");
    for (const path of p.paths) expect(path.edges.every((e) => !e.includes("-REGULATES->"))).toBe(true);
    const capped = await get("/api/paths?ids=company:huawei,institute:baai&hops=3&scope=deck");
    expect(capped.body.attributes.pairs[0].paths).toEqual([]);
    // No path, but the ends are there to be named.
    expect(capped.body.nodes.map((n: { key: string }) => n.key).sort()).toEqual(["company:huawei", "institute:baai"]);
  });

  it("ignores one kind of a type and keeps its others (an old link's ignored INTEGRATES is USES.integrates)", async () => {
    // The Huawei–BAAI path walks two USES of kind "uses" (iFlytek's and BAAI's domestic chips).
    const [kept] = await pairs("ids=company:huawei,institute:baai&ignore=USES.integrates,USES.built_on");
    expect(kept.paths[0].nodes).toEqual(["company:huawei", "policy:us-entity-list", "company:iflytek", "chip:domestic-chips", "institute:baai"]);
    const [avoided] = await pairs("ids=company:huawei,institute:baai&ignore=USES.uses");
    for (const path of avoided.paths) expect(path.nodes).not.toContain("chip:domestic-chips");
    const [whole] = await pairs("ids=company:huawei,institute:baai&ignore=USES");
    expect(whole.paths.every((p) => p.edges.every((e) => !e.includes("-USES->")))).toBe(true);
    for (const bad of ["USES.", "USES.Uses", "USES.uses.more", ".uses", "USES.uses;DROP"]) {
      const r = await get(`/api/paths?ids=company:huawei,institute:baai&ignore=${encodeURIComponent(bad)}`);
      expect(r.status, bad).toBe(400);
      expect(r.body.error.message, bad).toContain("ignore");
    }
  });

  it("lists every shortest path with all=1, shortest first and in a stable order", async () => {
    const [one] = await pairs("ids=company:baidu,company:iflytek");
    const [all] = await pairs("ids=company:baidu,company:iflytek&all=1");
    expect(all.paths.length).toBeGreaterThanOrEqual(one.paths.length);
    expect(all.paths.length).toBeLessThanOrEqual(10);
    for (const p of all.paths) expect(p.nodes.length).toBe(all.paths[0].nodes.length);
    expect(await pairs("ids=company:baidu,company:iflytek&all=1")).toEqual([all]);
  });

  it("connects several entities: the shortest path of every pair", async () => {
    const ps = await pairs("ids=company:baidu,company:alibaba,company:iflytek");
    expect(ps.map((p) => `${p.from}>${p.to}`)).toEqual(["company:baidu>company:alibaba", "company:baidu>company:iflytek", "company:alibaba>company:iflytek"]);
    for (const p of ps) {
      expect(p.paths[0].nodes[0]).toBe(p.from);
      expect(p.paths[0].nodes.at(-1)).toBe(p.to);
    }
  });

  it("answers 404 naming unknown ids, and 400 naming a bad parameter", async () => {
    const missing = await get("/api/paths?ids=company:huawei,institute:nowhere");
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toContain('"institute:nowhere"');
    for (const [q, word] of [
      ["ids=company:huawei", "ids"],
      ["ids=company:huawei,institute:baai&hops=9", "hops"],
      ["ids=company:huawei,institute:baai&all=yes", "all"],
      ["ids=company:huawei,institute:baai&ignore=partner-of", "ignore"],
      ["ids=company:huawei,institute:baai&via=x", "via"],
      ["ids=company:huawei,institute:baai&scope=2024", "scope"],
    ]) {
      const r = await get(`/api/paths?${q}`);
      expect(r.status, q).toBe(400);
      expect(r.body.error.message, q).toContain(word);
    }
    const twice = await get("/api/paths?ids=company:huawei,company:huawei");
    expect(twice.status).toBe(400);
  });
});

describe("GET /api/overview", () => {
  it("returns every entity with every relationship among them, and cuts at limit", async () => {
    // (The whole database: the deck and any set seeded after it.)
    const health = (await get("/api/health")).body.neo4j;
    const all = await get("/api/overview");
    expect(all.status).toBe(200);
    expect(all.body.nodes.length).toBe(health.nodes);
    expect(all.body.attributes).toMatchObject({ overview: true, truncated: false, total: health.nodes });
    const top = await get("/api/overview?limit=10");
    expect(top.body.nodes).toHaveLength(10);
    expect(top.body.attributes.truncated).toBe(true);
    const driver = testDriver();
    try {
      const best = await driver.executeQuery("MATCH (n:Entity) RETURN n.id AS id ORDER BY COUNT { (n)--() } DESC, n.id LIMIT 1");
      expect(top.body.nodes.map((n: { key: string }) => n.key)).toContain(best.records[0].get("id")); // the best-connected entity
    } finally {
      await driver.close();
    }
    expect((await get("/api/overview?limit=0")).status).toBe(400);
  });
});
