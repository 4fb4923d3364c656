/** A database we did not design (issue 17): how its nodes are named, keyed, dated and looked up, without a server. */
import neo4j, { Node, Relationship } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { operatorViewsFileSchema } from "@/graph-seed/schema";
import { nameKeysFor } from "@/lib/neo4j/introspect";
import { displayName, foreignDate, GraphCollector, nodeKey, relKey } from "@/lib/neo4j/mappers";
import { matchByKey, nodesByKeys, parseStableKey, registerStableKeys, stableKeyOf } from "@/lib/neo4j/node-keys";

const node = (labels: string[], props: Record<string, unknown>, eid = "4:abc:1") => new Node(neo4j.int(1), labels, props, eid);

describe("naming a node of any database", () => {
  it("prefers name-like properties, joins first and last names, falls back to the label and an id", () => {
    expect(displayName(node(["Movie"], { title: "The Matrix", released: neo4j.int(1999) }))).toBe("The Matrix");
    expect(displayName(node(["Person"], { name: "Keanu Reeves", born: neo4j.int(1964) }))).toBe("Keanu Reeves");
    expect(displayName(node(["Customer"], { companyName: "Alfreds Futterkiste", customerID: "ALFKI" }))).toBe("Alfreds Futterkiste");
    expect(displayName(node(["Employee"], { firstName: "Nancy", lastName: "Davolio", employeeID: "1" }))).toBe("Nancy Davolio");
    expect(displayName(node(["Order"], { orderID: "10248", shipCity: "Reims" }))).toBe("Order 10248");
    expect(displayName(node(["Order"], { customerID: "VINET", orderID: "10248", employeeID: "5" }))).toBe("Order 10248");
    expect(displayName(node(["Thing"], { weight: 3 }))).toBe("Thing");
    expect(nameKeysFor(["shipCity", "orderID"])).toEqual([]);
    expect(nameKeysFor(["title", "name", "productName"])).toEqual(["name", "title", "productName"]);
  });

  it("keys our entities by their id and every other node by its element id, keeping a foreign `id` as data", () => {
    expect(nodeKey(node(["Entity", "Company"], { id: "company:baidu" }))).toBe("company:baidu");
    const foreign = node(["Product"], { id: 42, productName: "Chai" }, "4:xyz:7");
    expect(nodeKey(foreign)).toBe("element:4:xyz:7");
    expect(nodeKey(node(["Widget"], { id: "company:baidu" }, "4:xyz:8"))).toBe("element:4:xyz:8");
    const g = new GraphCollector();
    g.add(foreign);
    const [n] = g.toGraph().nodes;
    expect(n.attributes.id).toBe(42);
    expect(n.attributes.label).toBe("Chai");
    const r = new Relationship(neo4j.int(2), neo4j.int(1), neo4j.int(1), "SUPPLIES", { id: "x" }, "5:xyz:9", "4:xyz:7", "4:xyz:7");
    expect(relKey(r)).toBe("element:5:xyz:9");
  });

  it("dates nodes for the timeline from their date-like properties", () => {
    expect(foreignDate({ released: neo4j.int(1999) })).toBe("1999");
    expect(foreignDate({ born: 1964 })).toBe("1964");
    expect(foreignDate({ orderDate: "1996-07-04 00:00:00.000" })).toBe("1996-07-04");
    expect(foreignDate({ orderDate: "sometime in 1996" })).toBeUndefined();
    expect(foreignDate({ orderDate: "1996-07-04" })).toBe("1996-07-04");
    expect(foreignDate({ shippedDate: new neo4j.types.Date(1996, 7, 16) })).toBe("1996-07-16");
    expect(foreignDate({ date: "2020", released: 1999 })).toBeUndefined();
    expect(foreignDate({ year: 12 })).toBeUndefined();
  });

  it("looks nodes up by any kind of key with an index seek", () => {
    registerStableKeys([{ label: "Movie", idKey: "title" }, { label: "Order", idKey: "orderID" }, { label: "Person" }]);
    const byKeys = nodesByKeys("n", ["company:baidu", "element:4:a:1", "key:Movie.title:The Matrix", "key:Order.orderID:#10248", "key:Movie.title:Heat"]);
    expect(byKeys.params).toEqual({ ids: ["company:baidu"], eids: ["4:a:1"], k0: ["The Matrix", "Heat"], k1: [neo4j.int(10248)] });
    expect(byKeys.cypher).toContain("MATCH (n:`Movie`) WHERE n.`title` IN $k0 RETURN n");
    expect(byKeys.cypher).toContain("MATCH (n:`Order`) WHERE n.`orderID` IN $k1 RETURN n");
    expect(matchByKey("n", "key:Movie.title:The Matrix")).toEqual({ cypher: "MATCH (n:`Movie`) WHERE n.`title` = $key", params: { key: "The Matrix" } });
    // A key naming a property no constraint keeps unique finds nothing: never a scan over an unindexed property.
    expect(matchByKey("n", "key:Movie.tagline:Free your mind").cypher).toBe("MATCH (n) WHERE false");
    expect(nodesByKeys("n", ["key:Movie.tagline:x"]).params).toEqual({ ids: [], eids: [] });
    expect(matchByKey("n", "element:4:a:1")).toEqual({ cypher: "MATCH (n) WHERE elementId(n) = $key", params: { key: "4:a:1" } });
    expect(matchByKey("n", "company:baidu")).toEqual({ cypher: "MATCH (n:Entity {id: $key})", params: { key: "company:baidu" } });
  });
});

describe("constrained keys (a label's uniqueness constraint names its nodes)", () => {
  it("name the nodes of a constrained label, their other labels' constraints next, and the rest by element id", () => {
    registerStableKeys([{ label: "Movie", idKey: "title" }, { label: "Order", idKey: "orderID" }]);
    expect(nodeKey(node(["Movie"], { title: "The Matrix" }))).toBe("key:Movie.title:The Matrix");
    expect(nodeKey(node(["Order"], { orderID: "10248" }))).toBe("key:Order.orderID:10248");
    expect(nodeKey(node(["Archived", "Order"], { orderID: neo4j.int(7) }))).toBe("key:Order.orderID:#7");
    expect(nodeKey(node(["Movie"], { title: "A, B" }, "4:m:2"))).toBe("element:4:m:2");
    expect(nodeKey(node(["Movie"], { tagline: "no title" }, "4:m:3"))).toBe("element:4:m:3");
    expect(nodeKey(node(["Person"], { name: "Keanu Reeves" }, "4:p:1"))).toBe("element:4:p:1");
    expect(nodeKey(node(["Entity", "Company"], { id: "company:baidu" }))).toBe("company:baidu");
    // Its `id` property (a foreign one) stays as data, and its dates feed the timeline.
    const g = new GraphCollector();
    g.add(node(["Movie"], { title: "The Matrix", id: 9, released: neo4j.int(1999) }));
    expect(g.toGraph().nodes[0].attributes).toMatchObject({ id: 9, date: "1999", label: "The Matrix" });
  });

  it("are written only for values that can travel in a link, and read back to the same label, property and value", () => {
    expect(stableKeyOf("Movie", "title", "The Matrix")).toBe("key:Movie.title:The Matrix");
    expect(stableKeyOf("Order", "orderID", neo4j.int(10248))).toBe("key:Order.orderID:#10248");
    expect(stableKeyOf("Order", "orderID", 7)).toBe("key:Order.orderID:#7");
    for (const [label, prop, value] of [
      ["Movie", "title", "A, B"],
      ["Movie", "title", "50% off"],
      ["Movie", "title", "#1"],
      ["Movie", "title", "x~y"],
      ["Movie", "title", " padded"],
      ["Movie", "title", "line\nbreak"],
      ["Movie", "title", "x".repeat(200)],
      ["Movie", "title", 1.5],
      ["Movie", "title", true],
      ["Mo vie", "title", "x"],
      ["Movie", "ti`tle", "x"],
    ] as const)
      expect(stableKeyOf(label, prop, value), `${label}.${prop}=${String(value)}`).toBeUndefined();
    expect(parseStableKey("key:Movie.title:The Matrix")).toEqual({ label: "Movie", property: "title", value: "The Matrix" });
    expect(parseStableKey("key:Order.orderID:#10248")).toEqual({ label: "Order", property: "orderID", value: 10248 });
    expect(parseStableKey("company:baidu")).toBeNull();
    expect(parseStableKey("key:Order.orderID:#99999999999999999")).toBeNull();
  });
});

describe("an operator's views file", () => {
  it("needs a slug, a title and a query; other languages are optional; unknown fields are refused", () => {
    expect(operatorViewsFileSchema.safeParse([{ slug: "keanu", title: "Keanu's films", query: "MATCH p=(:Person {name:'Keanu Reeves'})--() RETURN p" }]).success).toBe(true);
    for (const bad of [
      [{ slug: "Keanu", title: "x", query: "RETURN 1" }],
      [{ slug: "keanu", query: "RETURN 1" }],
      [{ slug: "keanu", title: "x" }],
      [{ slug: "keanu", title: "x", query: "RETURN 1", colour: "red" }],
      { slug: "keanu" },
    ])
      expect(operatorViewsFileSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });
});
