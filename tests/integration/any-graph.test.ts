/**
 * Databases we did not design (issue 17), through the real server: the movies and northwind example graphs
 * (tests/fixtures/), each in its own Neo4j with its own app (scripts/test.ts, GRAPH_MODE=auto). Search, a node
 * and its groups, expansion, a path, the schema view, the overview, the console, bad input — and that nothing in
 * those databases was written.
 */
import { afterAll, describe, expect, it } from "vitest";
import type { SerializedGraph } from "@/lib/graph/model";
import { FIXTURES, foreignDriver, foreignUrl, graphChecksum, type ForeignGraph } from "../support/neo4j";

type Hit = { id: string; type: string; name: string };
const get = async (g: ForeignGraph, path: string) => fetch(`${foreignUrl(g)}${path}`);
const json = async <T>(g: ForeignGraph, path: string): Promise<T> => {
  const res = await get(g, path);
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
};
const search = (g: ForeignGraph, q: string) => json<{ results: Hit[]; method?: string }>(g, `/api/search?q=${encodeURIComponent(q)}&limit=10`);
const idOf = async (g: ForeignGraph, q: string, type: string) => {
  const hit = (await search(g, q)).results.find((h) => h.type === type && h.name === q);
  expect(hit, `${q} (${type})`).toBeDefined();
  return hit!.id;
};

const before: Partial<Record<ForeignGraph, Awaited<ReturnType<typeof graphChecksum>>>> = {};

describe("the movies graph (no index, no constraint)", () => {
  it("is the database the fixture loaded, untouched so far", async () => {
    const d = foreignDriver("movies");
    try {
      before.movies = await graphChecksum(d);
      expect(before.movies.nodes).toBe(FIXTURES.movies.nodes);
      expect(before.movies.relationships).toBe(FIXTURES.movies.relationships);
    } finally {
      await d.close();
    }
  });

  it("searches names without an index, and says so", async () => {
    const r = await search("movies", FIXTURES.movies.search.query);
    expect(r.method).toBe("scan");
    expect(r.results.map((h) => h.name).sort()).toEqual([...FIXTURES.movies.search.titles].sort());
    expect(r.results.every((h) => h.id.startsWith("element:") && h.type === "Movie")).toBe(true);
    expect((await search("movies", "zzzz-nothing")).results).toEqual([]);
  });

  it("opens a node with its relationship groups, expands it, and finds a path", async () => {
    const keanu = await idOf("movies", "Keanu Reeves", "Person");
    const d = await json<{ node: { type: string; properties: Record<string, unknown>; relationshipCounts: { type: string; direction: string; count: number }[] } }>(
      "movies",
      `/api/nodes/${encodeURIComponent(keanu)}`,
    );
    expect(d.node.type).toBe("Person");
    expect(d.node.properties.name).toBe("Keanu Reeves");
    expect(d.node.relationshipCounts).toContainEqual({ type: "ACTED_IN", direction: "out", count: 7 });
    const g = await json<SerializedGraph>("movies", `/api/nodes/${encodeURIComponent(keanu)}/neighborhood?depth=1&limit=200`);
    const titles = g.nodes.map((n) => n.attributes.label);
    expect(titles).toContain("The Matrix");
    expect(g.nodes.find((n) => n.attributes.label === "The Matrix")?.attributes.date).toBe("1999");
    const hanks = await idOf("movies", "Tom Hanks", "Person");
    const p = await json<SerializedGraph & { attributes: { pairs: { paths: { nodes: string[] }[] }[] } }>(
      "movies",
      `/api/paths?ids=${encodeURIComponent(keanu)},${encodeURIComponent(hanks)}`,
    );
    expect(p.attributes.pairs[0].paths[0].nodes.length - 1).toBe(FIXTURES.movies.path.length);
  });

  it("offers its schema as a view, and no named view of ours", async () => {
    const { views } = await json<{ views: { slug: string }[] }>("movies", "/api/views");
    expect(views.map((v) => v.slug)).toEqual(["schema"]);
    const { graph } = await json<{ graph: SerializedGraph }>("movies", "/api/views/schema");
    expect(graph.nodes.map((n) => n.attributes.label).sort()).toEqual(["Movie", "Person"]);
    expect(new Set(graph.edges.map((e) => e.attributes.type))).toEqual(new Set(Object.keys(FIXTURES.movies.types)));
    expect((await get("movies", "/api/views/alibaba-portfolio")).status).toBe(404);
  });

  it("shows the whole graph as the overview", async () => {
    const g = await json<SerializedGraph>("movies", "/api/overview");
    expect(g.attributes.total).toBe(FIXTURES.movies.nodes);
    expect(g.nodes.length).toBe(FIXTURES.movies.nodes);
  });

  it("answers junk ids and parameters with a 4xx, never a 5xx", async () => {
    for (const p of [
      "/api/nodes/element:4:nope:999999",
      "/api/nodes/company:baidu",
      "/api/nodes/not%20an%20id",
      "/api/nodes/element:%2F..%2F/neighborhood",
      "/api/paths?ids=element:4:x:1",
      `/api/search?q=${"x".repeat(500)}`,
      "/api/views/schema%00",
    ]) {
      const res = await get("movies", p);
      expect(res.status, p).toBeGreaterThanOrEqual(400);
      expect(res.status, p).toBeLessThan(500);
    }
  });

  it("says on the home page what it is, not what our graph is", async () => {
    const html = await (await get("movies", "/en")).text();
    // The rendered heading (the page's messages, every namespace, travel in the HTML too, so not the whole text).
    expect(html).toMatch(/<h1[^>]*>Explore this Neo4j database<\/h1>/);
    expect(html).not.toMatch(/<h1[^>]*>China’s generative-AI ecosystem/);
    expect((await (await get("movies", "/ja")).text())).toContain("このNeo4jデータベースを探索する");
  });

  it("runs the console on its labels", async () => {
    const res = await fetch(`${foreignUrl("movies")}/api/cypher`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "MATCH (p:Person {name: $name})-[r:ACTED_IN]->(m:Movie) RETURN p, r, m", params: { name: "Keanu Reeves" } }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { rows: unknown[]; graph: SerializedGraph };
    expect(body.rows.length).toBe(7);
    expect(body.graph.nodes.length).toBe(8);
  });
});

describe("the northwind graph (constraints; a label with no name)", () => {
  it("searches product names and names orders by their id", async () => {
    const r = await search("northwind", FIXTURES.northwind.search.query);
    expect(r.results.map((h) => h.name)).toContain("Chai");
    const { graph } = await json<{ graph: SerializedGraph }>("northwind", "/api/views/schema");
    const order = graph.nodes.find((n) => n.attributes.label === FIXTURES.northwind.namelessLabel);
    expect(order?.attributes.unique_key).toBe("orderID");
    expect(order?.attributes.named_by).toBeUndefined();
  });

  it("names nodes of a constrained label by that property, a key that survives a reload of the database", async () => {
    const chai = await idOf("northwind", "Chai", "Product");
    expect(chai).toBe("key:Product.productID:1");
    const d = await json<{ node: { id: string; properties: Record<string, unknown> } }>("northwind", `/api/nodes/${encodeURIComponent(chai)}`);
    expect(d.node.id).toBe(chai);
    expect(d.node.properties.productName).toBe("Chai");
    // (Labels without a constraint keep element ids: the movies graph above.)
    // A key of a value that is not there, of a property no constraint keeps unique, of an absent label: 404.
    for (const k of ["key:Product.productID:99999", "key:Product.productName:Chai", "key:Nope.x:1", "key:Product.productID:#1"]) {
      const res = await get("northwind", `/api/nodes/${encodeURIComponent(k)}`);
      expect(res.status, k).toBe(404);
    }
    for (const k of ["key:Product.productID:a,b", "key:Pro duct.productID:1", "key:Product.productID:%2525"]) {
      const res = await get("northwind", `/api/nodes/${encodeURIComponent(k)}`);
      expect(res.status, k).toBe(400);
    }
  });

  it("finds the customer-to-supplier path by their keys", async () => {
    const { from, to, length } = FIXTURES.northwind.path;
    const ids = [`key:${from.label}.${from.key}:${from.value}`, `key:${to.label}.${to.key}:${to.value}`];
    const p = await json<SerializedGraph & { attributes: { pairs: { from: string; paths: { nodes: string[] }[] }[] } }>(
      "northwind",
      `/api/paths?ids=${ids.map(encodeURIComponent).join(",")}`,
    );
    expect(p.attributes.pairs[0].from).toBe(ids[0]);
    expect(p.attributes.pairs[0].paths[0].nodes.length - 1).toBe(length);
    expect(p.nodes.map((n) => n.key)).toEqual(expect.arrayContaining(ids));
  });

  it("expands an order into its products and finds the customer-to-supplier path", async () => {
    const res = await fetch(`${foreignUrl("northwind")}/api/cypher`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "MATCH (o:Order {orderID: $id}) RETURN o", params: { id: FIXTURES.northwind.order.orderID } }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { graph: SerializedGraph };
    const order = body.graph.nodes[0];
    expect(order.attributes.label).toBe(`Order ${FIXTURES.northwind.order.orderID}`);
    const g = await json<SerializedGraph>("northwind", `/api/nodes/${encodeURIComponent(order.key)}/neighborhood?depth=1&limit=200`);
    const names = g.nodes.map((n) => n.attributes.label);
    for (const p of FIXTURES.northwind.order.products) expect(names).toContain(p);
  });

  it("left both databases as they were", async () => {
    for (const graph of ["movies", "northwind"] as const) {
      const d = foreignDriver(graph);
      try {
        const now = await graphChecksum(d);
        if (before[graph]) expect(now, graph).toEqual(before[graph]);
        expect(now.nodes, graph).toBe(FIXTURES[graph].nodes);
      } finally {
        await d.close();
      }
    }
  });
});

afterAll(() => undefined);
