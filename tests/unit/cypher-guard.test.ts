/** The console's text and plan gates, without a database: a specification of what is refused and what is not. */
import { describe, expect, it } from "vitest";
import { LexError, lineColumn, tokenize } from "@/lib/cypher/lexer";
import { checkPlan, type PlanLike } from "@/lib/cypher/plan-guard";
import { checkQueryText } from "@/lib/cypher/text-guard";
import { HOSTILE } from "../integration/hostile-cypher";

const ok = (q: string) => checkQueryText(q);

describe("the lexer", () => {
  it("drops comments and keeps strings as strings", () => {
    const t = tokenize("MATCH (n) // CREATE\nRETURN 'a // b' /* DELETE */, \"x\\\"y\"");
    expect(t.map((x) => x.kind === "string" ? `s:${x.text}` : x.text)).toEqual(["MATCH", "(", "n", ")", "RETURN", "s:a // b", ",", 's:x"y']);
  });

  it("reads backtick-quoted names with doubled backticks", () => {
    expect(tokenize("RETURN 1 AS `a``b`").at(-1)).toMatchObject({ kind: "quoted", text: "a`b" });
  });

  it("refuses non-ASCII outside strings, comments and quoted names, and allows it inside", () => {
    expect(() => tokenize("ＭATCH (n) RETURN n")).toThrow(LexError);
    expect(() => tokenize("MATCH (n)\u200BRETURN n")).toThrow(/U\+200B/);
    expect(() => tokenize("MATCH (n:`公司`) WHERE n.name = '百度' RETURN n // 中文")).not.toThrow();
  });

  it("refuses unterminated strings, comments and names", () => {
    for (const q of ["RETURN 'a", 'RETURN "a', "RETURN 1 /* x", "RETURN `a"]) expect(() => tokenize(q)).toThrow(LexError);
  });

  it("reads parameters as Neo4j does: identifiers in any script, digit-only names, quoted names, `$ name`", () => {
    const params = (q: string) => tokenize(q).filter((t) => t.kind === "param").map((t) => t.text);
    expect(params("RETURN $name, $_x, $1, $0, $42, $名前, $ĳssel")).toEqual(["$name", "$_x", "$1", "$0", "$42", "$名前", "$ĳssel"]);
    expect(params("RETURN $ name, $ /* note */ create, $\n1")).toEqual(["$name", "$create", "$1"]);
    expect(tokenize("RETURN $`my name` AS x").find((t) => t.kind === "quoted")).toMatchObject({ text: "my name" });
    // Neo4j reads `1create` (and so `$1create`) as one token, a malformed number: no keyword is left behind.
    expect(params("RETURN $1create")).toEqual(["$1create"]);
    // Invisible characters stay refused, also inside a parameter name.
    expect(() => tokenize("RETURN $a\u200Bb")).toThrow(/U\+200B/);
    expect(() => tokenize("RETURN $\u00A0a")).toThrow(LexError);
  });

  it("gives 1-based lines and columns", () => {
    expect(lineColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
  });
});

describe("the text gate", () => {
  it("refuses every entry of the hostile corpus whose attack is in the text", () => {
    const passed = HOSTILE.filter((h) => !h.paramsAttack && checkQueryText(h.query).ok).map((h) => h.name);
    expect(passed).toEqual([]);
  });

  it.each([
    "MATCH (n) RETURN n LIMIT 5",
    "MATCH p = (start:Company)-[*1..2]->(end) RETURN p",
    "MATCH (n) WHERE n.name STARTS WITH 'B' RETURN n.name, n.set, {create: 1, delete: 2} AS m",
    "MATCH (n:Create) RETURN n",
    "MATCH ()-[r:SET]->() RETURN r",
    "CALL db.labels()",
    "CALL db.index.fulltext.queryNodes('entity_names', 'baidu') YIELD node RETURN node",
    "CYPHER runtime=slotted MATCH (n) RETURN n",
    "CYPHER 5 MATCH (n) RETURN n;",
    "RETURN date.truncate('month', date()), point.distance(point({x: 1, y: 1}), point({x: 0, y: 0})), duration.between(date('2020-01-01'), date())",
    "MATCH (n:`Company`) RETURN n.`name` // CREATE",
    "UNWIND $ids AS id MATCH (n {id: id}) RETURN n",
    "MATCH (n) RETURN [x IN n.aliases | toUpper(x)] AS a",
    "MATCH (n) CALL { WITH n MATCH (n)--(m) RETURN count(m) AS deg } RETURN n.name, deg",
    "MATCH (n) CALL (n) { MATCH (n)--(m) RETURN count(m) AS deg } RETURN n.name, deg",
    "MATCH (n) RETURN n.name AS `名前`, '百度' AS zh",
    "OPTIONAL MATCH (n)-[r]-() RETURN n, r",
    "WITH 1 AS x RETURN x",
    "MATCH (n) RETURN 'CREATE (m); DROP DATABASE neo4j' AS harmless",
    "RETURN $1 AS one, $`my name` AS spaced, $名前 AS jp, $ set AS keywordName",
    "MATCH (n {id: $0}) RETURN n",
    "CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition",
  ])("lets a read through: %s", (q) => {
    expect(ok(q)).toMatchObject({ ok: true });
  });

  it("cuts a trailing semicolon from the text to run", () => {
    expect(ok("RETURN 1 ;  // done")).toEqual({ ok: true, query: "RETURN 1 " });
  });

  it("names the line and column of what it refuses", () => {
    const v = ok("MATCH (n)\nWITH n\nSET n.x = 1");
    expect(v).toMatchObject({ ok: false, line: 3, column: 1 });
    if (!v.ok) expect(v.reason).toMatch(/SET writes to the graph/);
  });

  it("calls an empty query empty", () => {
    expect(ok("  // nothing\n")).toMatchObject({ ok: false, reason: "The query is empty." });
  });
});

const op = (operatorType: string, Details = "", children: PlanLike[] = []): PlanLike => ({ operatorType, arguments: { Details }, children });

describe("the plan gate", () => {
  it("refuses anything but a read-only query type", () => {
    for (const t of ["rw", "w", "s", undefined]) expect(checkPlan(t, op("ProduceResults@neo4j"), "neo4j").ok).toBe(false);
    expect(checkPlan("r", op("ProduceResults@neo4j", "n", [op("AllNodesScan@neo4j", "n")]), "neo4j")).toEqual({ ok: true });
  });

  it("refuses read plans that load, batch, administer or touch another database", () => {
    for (const o of ["LoadCSV@neo4j", "TransactionApply@neo4j", "ShowIndexes@neo4j", "TerminateTransactions@neo4j", "AdministrationCommand@system"]) {
      expect(checkPlan("r", op("ProduceResults@neo4j", "", [op(o)]), "neo4j").ok).toBe(false);
    }
    expect(checkPlan("r", op("ProduceResults@other"), "neo4j")).toMatchObject({ ok: false, reason: expect.stringContaining('"other"') });
  });

  it("allows only allow-listed procedures", () => {
    const call = (d: string) => checkPlan("r", op("ProduceResults@neo4j", "", [op("ProcedureCall@neo4j", d)]), "neo4j").ok;
    expect(call("db.labels() :: (label :: STRING)")).toBe(true);
    expect(call("db.index.fulltext.queryNodes($autostring_0, $autostring_1) :: (node :: NODE, score :: FLOAT)")).toBe(true);
    expect(call("db.awaitIndexes($autoint_0) :: ()")).toBe(false);
    expect(call("dbms.components() :: (name :: STRING, versions :: LIST<STRING>, edition :: STRING)")).toBe(true);
    expect(call("dbms.info() :: (id :: STRING, name :: STRING, creationDate :: STRING)")).toBe(false);
    expect(call("apoc.util.sleep($autoint_0) :: ()")).toBe(false);
  });

  it("refuses namespaced functions that are not built-in", () => {
    const proj = (d: string) => checkPlan("r", op("ProduceResults@neo4j", "", [op("Projection@neo4j", d)]), "neo4j").ok;
    expect(proj("apoc.util.sleep($autoint_0) AS x")).toBe(false);
    expect(proj("date.truncate($autostring_0, date()) AS d, n.name AS name")).toBe(true);
  });
});

describe("the plan gate and DBMS-mode procedures", () => {
  const plan = (proc: string) => ({
    operatorType: "ProduceResults@neo4j",
    arguments: {},
    children: [{ operatorType: "ProcedureCall@neo4j", arguments: { Details: `${proc}() :: (edition :: STRING)` }, children: [] }],
  });
  it("lets dbms.components through alone, and nothing else Neo4j types as administration", async () => {
    const { checkPlan } = await import("@/lib/cypher/plan-guard");
    expect(checkPlan("s", plan("dbms.components"), "neo4j").ok).toBe(true);
    expect(checkPlan("s", plan("dbms.listConnections"), "neo4j").ok).toBe(false);
    expect(checkPlan("s", { operatorType: "CreateIndex@neo4j", arguments: {}, children: [] }, "neo4j").ok).toBe(false);
    expect(checkPlan("rw", plan("dbms.components"), "neo4j").ok).toBe(false);
  });
});
