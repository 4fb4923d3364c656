/**
 * The fixture graphs of issue 17 (tests/fixtures/<name>/), read as text: each ships its licence record and its
 * source, splits into statements a driver runs one by one (a `;` at a line's end ends one, for our splitter and a
 * plain one alike), needs no network, and keeps the properties the tests rely on — movies without any index or
 * constraint, northwind with the script's constraints and a label without a name-like property.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cypherString, isSchemaStatement, splitStatements } from "../../lib/dev/cypher-script";

const DIR = path.resolve(__dirname, "../fixtures");
const read = (name: string, file: string) => fs.readFileSync(path.join(DIR, name, file), "utf8");
const withoutComments = (s: string) =>
  s
    .split("\n")
    .filter((l) => !l.trim().startsWith("//"))
    .join("\n");
/** The plainest reading of the format: split where a line ends with ";", drop comment-only chunks. */
const plainSplit = (text: string) =>
  text
    .split(/;[ \t]*\r?\n|;[ \t]*$/)
    .map((s) => withoutComments(s).trim())
    .filter(Boolean);

describe("splitStatements", () => {
  it("ends statements at ; outside strings, quoted names and comments", () => {
    const text = [
      "// a comment; not a statement",
      "CREATE (:A {s: 'x;y', t: \"it's; fine\", u: 'a\\'b;'});",
      "/* block; comment */ MATCH (n:`odd;label`) RETURN n;",
      "RETURN 1",
    ].join("\n");
    const st = splitStatements(text);
    expect(st).toHaveLength(3);
    expect(st[0]).toContain("'x;y'");
    expect(st[1]).toContain("`odd;label`");
    expect(st[2]).toBe("RETURN 1");
  });
  it("drops comment-only chunks", () => {
    expect(splitStatements("// only a comment;\n;\n  ;")).toEqual([]);
  });
  it("tells schema statements apart", () => {
    expect(isSchemaStatement("// x\nCREATE CONSTRAINT c IF NOT EXISTS FOR (p:P) REQUIRE p.id IS UNIQUE")).toBe(true);
    expect(isSchemaStatement("CREATE TEXT INDEX t FOR (n:N) ON (n.name)")).toBe(true);
    expect(isSchemaStatement("CREATE (:Index {constraint: 1})")).toBe(false);
  });
  it("quotes any text as a Cypher string", () => {
    expect(cypherString("a'b\\c\nd")).toBe("'a\\'b\\\\c\\nd'");
  });
});

describe.each(["movies", "northwind"])("tests/fixtures/%s", (name) => {
  const text = read(name, "graph.cypher");
  const statements = splitStatements(text);
  const source = read(name, "SOURCE.md");

  it("records its source (repository and commit) and its licence", () => {
    expect(source).toContain(`https://github.com/neo4j-graph-examples/${name}`);
    const commit = /at ([0-9a-f]{40})/.exec(text)?.[1];
    expect(commit).toBeDefined();
    expect(source).toContain(commit);
    expect(read(name, "LICENSE")).toContain(`https://github.com/neo4j-graph-examples/${name}`);
  });
  it("splits the same way for a plain splitter", () => {
    expect(plainSplit(text)).toEqual(statements.map((s) => withoutComments(s).trim()));
  });
  it("needs no network: no LOAD CSV, no URL outside comments", () => {
    for (const s of statements) {
      const code = withoutComments(s);
      expect(code).not.toMatch(/LOAD\s+CSV/i);
      expect(code).not.toMatch(/\bFROM\s+["']https?:/i);
    }
  });
});

describe("the movies fixture", () => {
  const statements = splitStatements(read("movies", "graph.cypher"));
  it("is one CREATE with no index or constraint", () => {
    expect(statements).toHaveLength(1);
    expect(statements.filter(isSchemaStatement)).toEqual([]);
    expect(withoutComments(statements[0])).not.toMatch(/\b(INDEX|CONSTRAINT)\b/);
  });
  it("keeps the model", () => {
    const s = statements[0];
    expect((s.match(/:Movie \{/g) ?? []).length).toBe(38);
    expect((s.match(/:Person \{/g) ?? []).length).toBe(133);
    for (const t of ["ACTED_IN", "DIRECTED", "PRODUCED", "WROTE", "FOLLOWS", "REVIEWED"]) expect(s).toContain(`[:${t}`);
  });
});

describe("the northwind fixture", () => {
  const statements = splitStatements(read("northwind", "graph.cypher"));
  it("creates the script's five uniqueness constraints and no other schema", () => {
    const schema = statements.filter(isSchemaStatement).map(withoutComments);
    expect(schema.map((s) => /CONSTRAINT (\w+)/.exec(s)?.[1]).sort()).toEqual([
      "Category_categoryID",
      "Customer_customerID",
      "Order_orderID",
      "Product_productID",
      "Supplier_supplierID",
    ]);
    for (const s of schema) expect(s).toMatch(/IS UNIQUE$/);
  });
  it("gives Order no name-like property", () => {
    const orders = statements.filter((s) => /MERGE \(n:Order /.test(s)).join("\n");
    expect(orders).toContain("orderID: '10248'");
    const keys = new Set([...orders.matchAll(/[{,]\s*(\w+): /g)].map((m) => m[1]));
    expect([...keys]).toEqual(expect.arrayContaining(["orderID", "customerID", "orderDate", "shipCity", "freight"]));
    expect([...keys].filter((k) => /name|title/i.test(k))).toEqual([]);
  });
});
