/**
 * Test helpers: a driver to the test Neo4j (from the runner's env), a checksum of the whole graph, and the fixture
 * databases of issue 17 (foreignUrl, foreignDriver, FIXTURES).
 */
import crypto from "node:crypto";
import neo4j, { type Driver } from "neo4j-driver";
import { toJson } from "../../lib/neo4j/mappers";

export function requireEnv(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set: integration tests run under \`npm test\` (scripts/test.ts), which sets it`);
  return v;
}

export function testDriver(): Driver {
  return neo4j.driver(requireEnv("NEO4J_URI"), neo4j.auth.basic(process.env.NEO4J_USER ?? "neo4j", requireEnv("NEO4J_PASSWORD")));
}

// Not BASE_URL: Vite (and so vitest) reserves that name and sets it to "/".
export const baseUrl = () => requireEnv("APP_URL");

/**
 * The databases we did not design (issue 17): public example graphs from tests/fixtures/ (their SOURCE.md says
 * what each holds), each in its own embedded Neo4j with its own `next start` of the same build (GRAPH_MODE=auto),
 * started by scripts/test.ts. movies has no index or constraint at all; northwind has uniqueness constraints, and
 * its Order label has no name-like property.
 */
export type ForeignGraph = "movies" | "northwind";
export const FOREIGN_GRAPHS: readonly ForeignGraph[] = ["movies", "northwind"];
const PREFIX: Record<ForeignGraph, string> = { movies: "MOVIES", northwind: "NORTHWIND" };

/** The app over that fixture, e.g. http://127.0.0.1:3197 (MOVIES_URL / NORTHWIND_URL). */
export const foreignUrl = (graph: ForeignGraph) => requireEnv(`${PREFIX[graph]}_URL`);

/** Bolt URI and credentials of that fixture's Neo4j (MOVIES_NEO4J_URI, MOVIES_NEO4J_PASSWORD …). */
export function foreignNeo4j(graph: ForeignGraph): { uri: string; user: string; password: string } {
  return { uri: requireEnv(`${PREFIX[graph]}_NEO4J_URI`), user: "neo4j", password: requireEnv(`${PREFIX[graph]}_NEO4J_PASSWORD`) };
}

/** A driver to that fixture's Neo4j, for tests that query it directly (close it in afterAll). */
export function foreignDriver(graph: ForeignGraph): Driver {
  const c = foreignNeo4j(graph);
  return neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password));
}

/**
 * What each fixture holds once loaded (scripts/load-fixture.ts), and a few facts of it a flow can start from —
 * all read back from the loaded databases.
 */
export const FIXTURES = {
  movies: {
    nodes: 171,
    relationships: 253,
    labels: { Movie: 38, Person: 133 },
    types: { ACTED_IN: 172, DIRECTED: 44, FOLLOWS: 3, PRODUCED: 15, REVIEWED: 9, WROTE: 10 },
    /** None: no full-text, text or range index and no constraint (only the token lookup indexes). */
    constraints: [] as string[],
    /** "Matrix" matches these three titles (Movie.title); Tom Hanks has 12 ACTED_IN and 1 DIRECTED. */
    search: { query: "Matrix", titles: ["The Matrix", "The Matrix Reloaded", "The Matrix Revolutions"] },
    /** Shortest path: Keanu Reeves – The Devil's Advocate – Charlize Theron – That Thing You Do – Tom Hanks (4 hops). */
    path: { from: { label: "Person", key: "name", value: "Keanu Reeves" }, to: { label: "Person", key: "name", value: "Tom Hanks" }, length: 4 },
  },
  northwind: {
    nodes: 405,
    relationships: 885,
    labels: { Category: 8, Customer: 91, Order: 200, Product: 77, Supplier: 29 },
    types: { ORDERS: 531, PART_OF: 77, PURCHASED: 200, SUPPLIES: 77 },
    /** Uniqueness constraints (each with its range index): the label's stable id property. */
    constraints: ["Category.categoryID", "Customer.customerID", "Order.orderID", "Product.productID", "Supplier.supplierID"],
    /** A label without a name-like property: orderID, customerID, employeeID, dates, ship* fields, all strings. */
    namelessLabel: "Order",
    /** "Chai" matches the one product Chai (Product.productName). */
    search: { query: "Chai", names: ["Chai"] },
    /** Order 10248 (customer VINET, "Vins et alcools Chevalier") ORDERS Queso Cabrales, Mozzarella di Giovanni, Singaporean Hokkien Fried Mee. */
    order: { orderID: "10248", customerID: "VINET", products: ["Mozzarella di Giovanni", "Queso Cabrales", "Singaporean Hokkien Fried Mee"] },
    /** Shortest path from customer VINET to supplier 1 (Exotic Liquids): 5 hops (… 10248 – Queso Cabrales – 10327 – Chang – Exotic Liquids). */
    path: { from: { label: "Customer", key: "customerID", value: "VINET" }, to: { label: "Supplier", key: "supplierID", value: "1" }, length: 5 },
    /** 18 customers (ALFKI among them) have no order in the fixture's subset. */
    customersWithoutOrders: 18,
  },
} as const;

/** Counts plus a hash of every node's labels and properties and every relationship's type, ends and properties. */
export async function graphChecksum(driver: Driver): Promise<{ nodes: number; relationships: number; hash: string }> {
  const nodes = await driver.executeQuery(
    "MATCH (n) RETURN elementId(n) AS e, labels(n) AS labels, properties(n) AS props ORDER BY coalesce(n.id, elementId(n))",
  );
  const rels = await driver.executeQuery(
    "MATCH (a)-[r]->(b) RETURN type(r) AS t, coalesce(a.id, elementId(a)) AS a, coalesce(b.id, elementId(b)) AS b, properties(r) AS props ORDER BY a, t, b, coalesce(r.id, '')",
  );
  const h = crypto.createHash("sha256");
  const canon = (v: unknown) => JSON.stringify(toJson(v), (_k, val) => (val && typeof val === "object" && !Array.isArray(val) ? Object.fromEntries(Object.entries(val).sort()) : val));
  for (const r of nodes.records) h.update(canon([[...(r.get("labels") as string[])].sort(), r.get("props")]));
  for (const r of rels.records) h.update(canon([r.get("t"), r.get("a"), r.get("b"), r.get("props")]));
  return { nodes: nodes.records.length, relationships: rels.records.length, hash: h.digest("hex") };
}
