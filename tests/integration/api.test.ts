/** The JSON API contract on the real seeded Neo4j, through the real Next server. */
import { describe, expect, it } from "vitest";
import { baseUrl } from "../support/neo4j";

async function get(path: string) {
  const res = await fetch(`${baseUrl()}${path}`);
  const text = await res.text();
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: res.status, body, type: res.headers.get("content-type") ?? "" };
}

function expectJsonError(r: { status: number; body: any; type: string }, status: number, code?: string) {
  expect(r.status).toBe(status);
  expect(r.type).toMatch(/application\/json/);
  expect(typeof r.body.error.message).toBe("string");
  expect(r.body.error.message.length).toBeGreaterThan(5);
  expect(JSON.stringify(r.body)).not.toMatch(/\bat .*\.(ts|js):\d+/); // never a stack trace
  if (code) expect(r.body.error.code).toBe(code);
}

describe("GET /api/health", () => {
  it("says ok with the server's version and the graph's size", async () => {
    const r = await get("/api/health");
    expect(r.status).toBe(200);
    expect(r.body.status).toBe("ok");
    expect(r.body.neo4j.version).toMatch(/^5\.26/);
    expect(r.body.neo4j.nodes).toBeGreaterThan(0);
    expect(JSON.stringify(r.body)).not.toContain(process.env.NEO4J_PASSWORD!);
  });
});

describe("GET /api/search", () => {
  const cases: [string, string][] = [
    ["Baidu", "company:baidu"],
    ["百度", "company:baidu"],
    ["文心一言", "model:ernie-bot"],
    ["文心", "model:ernie-bot"],
    ["ernie bot", "model:ernie-bot"],
    ["ＥＲＮＩＥ", "model:ernie-bot"],
    ["Wenxin", "model:ernie-bot"],
    ["王慧文", "person:wang-huiwen"],
    ["慧", "person:wang-huiwen"],
  ];
  for (const [q, id] of cases) {
    it(`finds ${id} by "${q}"`, async () => {
      const r = await get(`/api/search?q=${encodeURIComponent(q)}`);
      expect(r.status).toBe(200);
      const ids = r.body.results.map((x: { id: string }) => x.id);
      expect(ids).toContain(id);
      const hit = r.body.results.find((x: { id: string }) => x.id === id);
      expect(Object.keys(hit).sort()).toEqual(["id", "name", "names", "type"]);
      expect(hit.names.length).toBeGreaterThanOrEqual(2);
    });
  }

  it("ranks a whole-name match first", async () => {
    const r = await get(`/api/search?q=${encodeURIComponent("Baidu")}`);
    expect(r.body.results[0].id).toBe("company:baidu");
  });

  it("treats Lucene syntax and quotes as plain text", async () => {
    for (const q of ['"', "(", "AND", "a*?", "\\", "~", "[x TO y]", "'; MATCH (n) DETACH DELETE n //"]) {
      const r = await get(`/api/search?q=${encodeURIComponent(q)}`);
      expect(r.status, q).toBe(200);
      expect(Array.isArray(r.body.results)).toBe(true);
    }
  });

  it("requires every word, so a hyphenated miss does not match on one of its pieces", async () => {
    const miss = await get(`/api/search?q=${encodeURIComponent("zzzz-no-such-entity")}`);
    expect(miss.body.results).toEqual([]);
    const hit = await get(`/api/search?q=${encodeURIComponent("ernie bot")}`);
    expect(hit.body.results[0].id).toBe("model:ernie-bot");
  });

  it("honours limit", async () => {
    const r = await get(`/api/search?q=a&limit=2`);
    expect(r.body.results.length).toBeLessThanOrEqual(2);
  });

  it("refuses bad input with a 4xx and a clear message", async () => {
    expectJsonError(await get("/api/search"), 400, "bad_request");
    expectJsonError(await get("/api/search?q="), 400);
    expectJsonError(await get("/api/search?q=%20%20"), 400);
    expectJsonError(await get("/api/search?q=a&limit=0"), 400);
    expectJsonError(await get("/api/search?q=a&limit=abc"), 400);
    expectJsonError(await get("/api/search?q=a&limit=1e3"), 400);
    expectJsonError(await get("/api/search?q=a&q=b"), 400);
    expectJsonError(await get("/api/search?q=a&extra=1"), 400);
    // Names of Object.prototype are parameters like any other: unknown, not "given more than once".
    for (const name of ["constructor", "toString", "hasOwnProperty"]) {
      const r = await get(`/api/search?q=a&${name}=1`);
      expectJsonError(r, 400);
      expect(r.body.error.message).toMatch(new RegExp(`Unrecognized key: "${name}"`));
    }
    // Next drops a "__proto__" parameter before the route sees it: the search runs as if it were not there.
    expect((await get("/api/search?q=a&__proto__=1")).status).toBe(200);
    expectJsonError(await get(`/api/search?q=${"x".repeat(300)}`), 400);
    expectJsonError(await get("/api/search?q=%00"), 400);
    expectJsonError(await get(`/api/search?q=${"x".repeat(10_000)}`), 413);
  });
});

describe("GET /api/nodes/{id}", () => {
  it("returns the node with every property and its relationship counts by type", async () => {
    const r = await get("/api/nodes/company:baidu");
    expect(r.status).toBe(200);
    const n = r.body.node;
    expect(n.id).toBe("company:baidu");
    expect(n.type).toBe("Company");
    expect(n.properties.name).toBe("Baidu");
    expect(n.properties.name_zh).toBe("百度");
    expect(Array.isArray(n.properties.sources)).toBe(true);
    expect(n.properties.search_text).toBeUndefined();
    expect(n.relationshipCounts.length).toBeGreaterThan(0);
    for (const c of n.relationshipCounts) {
      expect(c.type).toMatch(/^[A-Z_]+$/);
      expect(["in", "out"]).toContain(c.direction);
      expect(Number.isInteger(c.count)).toBe(true);
    }
    expect(n.degree).toBe(n.relationshipCounts.reduce((s: number, c: { count: number }) => s + c.count, 0));
  });

  it("accepts a percent-encoded id", async () => {
    expect((await get("/api/nodes/company%3Abaidu")).status).toBe(200);
  });

  it("answers 404 for an unknown id and 400 for a malformed one", async () => {
    expectJsonError(await get("/api/nodes/company:no-such-company"), 404, "not_found");
    expectJsonError(await get("/api/nodes/not-an-id"), 400, "bad_request");
    expectJsonError(await get("/api/nodes/%E0%A4%A"), 400);
    expectJsonError(await get(`/api/nodes/company:${"a".repeat(300)}`), 400);
    expectJsonError(await get("/api/nodes/company:baidu%0A"), 400);
  });
});

describe("GET /api/nodes/{id}/neighborhood", () => {
  it("returns a graphology serialized graph around the node", async () => {
    const r = await get("/api/nodes/model:ernie-bot/neighborhood?depth=1");
    expect(r.status).toBe(200);
    const g = r.body;
    expect(g.attributes.center).toBe("model:ernie-bot");
    const keys = new Set(g.nodes.map((n: { key: string }) => n.key));
    expect(keys.has("model:ernie-bot")).toBe(true);
    expect(keys.has("company:baidu")).toBe(true);
    for (const n of g.nodes) {
      expect(typeof n.attributes.label).toBe("string");
      expect(typeof n.attributes.type).toBe("string");
    }
    for (const e of g.edges) {
      expect(keys.has(e.source) && keys.has(e.target)).toBe(true);
      expect(e.attributes.type).toMatch(/^[A-Z_]+$/);
      expect(typeof e.key).toBe("string");
    }
  });

  it("grows with depth, respects limit and says when it cut the list", async () => {
    const d1 = (await get("/api/nodes/company:baidu/neighborhood?depth=1")).body;
    const d2 = (await get("/api/nodes/company:baidu/neighborhood?depth=2")).body;
    expect(d2.nodes.length).toBeGreaterThanOrEqual(d1.nodes.length);
    const cut = (await get("/api/nodes/company:baidu/neighborhood?depth=2&limit=1")).body;
    expect(cut.nodes.length).toBe(2);
    expect(cut.attributes.truncated).toBe(true);
  });

  it("follows only the requested relationship types", async () => {
    const all = (await get("/api/nodes/company:baidu/neighborhood")).body;
    const type = all.edges[0].attributes.type;
    const only = (await get(`/api/nodes/company:baidu/neighborhood?types=${type}`)).body;
    for (const e of only.edges) expect(e.attributes.type).toBe(type);
  });

  it("refuses bad parameters and unknown ids", async () => {
    expectJsonError(await get("/api/nodes/company:baidu/neighborhood?depth=0"), 400);
    expectJsonError(await get("/api/nodes/company:baidu/neighborhood?depth=4"), 400);
    expectJsonError(await get("/api/nodes/company:baidu/neighborhood?limit=-1"), 400);
    expectJsonError(await get("/api/nodes/company:baidu/neighborhood?types=KNOWS]-()%20DETACH%20DELETE"), 400);
    expectJsonError(await get("/api/nodes/company:nobody/neighborhood"), 404);
  });
});

describe("unknown API paths", () => {
  it("answer 404", async () => {
    expect((await get("/api/nope")).status).toBe(404);
  });
});
