/**
 * The console's procedure policy on a database we did not design: the built-ins are always allowed; beyond them,
 * what the server reports as READ (and not admin-only) is allowed, WRITE, SCHEMA and DBMS ones are refused, and
 * the denied families (files and URLs, Cypher as text, server state, administration) are refused even when they
 * say READ. Also the catalogue's cache (per driver and database, with a TTL) and the guards that use it.
 */
import type { Driver } from "neo4j-driver";
import { describe, expect, it, vi } from "vitest";
import { ALLOWED_PROCEDURES, DENIED_PROCEDURES, deniedProcedure, procedureVerdict } from "@/lib/cypher/allow-list";
import { checkPlan, type PlanLike } from "@/lib/cypher/plan-guard";
import {
  callableProcedures,
  catalogueFrom,
  PROCEDURE_CATALOGUE_RETRY_MS,
  PROCEDURE_CATALOGUE_TTL_MS,
  PROCEDURES_QUERY,
  readProcedureCatalogue,
} from "@/lib/cypher/procedures";
import { calledProcedures, checkQueryText, needsProcedureCatalogue } from "@/lib/cypher/text-guard";

/** SHOW PROCEDURES rows as a server with APOC, GDS and a plugin of its own would report them. */
const ROWS = [
  { name: "db.labels", mode: "READ", admin: false, signature: "db.labels() :: (label :: STRING)", returnDescription: [{ name: "label", type: "STRING" }] },
  { name: "db.info", mode: "READ", admin: false, signature: "db.info() :: (id :: STRING, name :: STRING, creationDate :: STRING)" },
  { name: "db.createLabel", mode: "WRITE", admin: false },
  { name: "db.index.vector.createNodeIndex", mode: "SCHEMA", admin: false },
  { name: "db.awaitIndexes", mode: "READ", admin: false },
  { name: "db.stats.retrieve", mode: "READ", admin: true },
  { name: "dbms.components", mode: "DBMS", admin: false },
  { name: "dbms.listConfig", mode: "DBMS", admin: true },
  { name: "dbms.upgradeStatus", mode: "READ", admin: true },
  { name: "tx.setMetaData", mode: "DBMS", admin: false },
  { name: "apoc.meta.stats", mode: "READ", admin: false },
  { name: "apoc.meta.schema", mode: "READ", admin: false },
  { name: "apoc.path.expand", mode: "READ", admin: false },
  { name: "apoc.create.node", mode: "WRITE", admin: false },
  { name: "apoc.load.json", mode: "READ", admin: false },
  { name: "apoc.load.csv", mode: "READ", admin: false },
  { name: "apoc.import.csv", mode: "WRITE", admin: false },
  { name: "apoc.export.csv.all", mode: "READ", admin: false },
  { name: "apoc.cypher.run", mode: "READ", admin: false },
  { name: "apoc.when", mode: "READ", admin: false },
  { name: "apoc.periodic.iterate", mode: "WRITE", admin: false },
  { name: "apoc.util.sleep", mode: "READ", admin: false },
  { name: "apoc.log.stream", mode: "DBMS", admin: false },
  { name: "apoc.spatial.geocode", mode: "READ", admin: false },
  { name: "gds.graph.project", mode: "READ", admin: false },
  { name: "n10s.rdf.preview.fetch", mode: "READ", admin: false },
  { name: "acme.inventory.list", mode: "READ", admin: false },
  { name: "acme.cache.flush", mode: "DBMS", admin: false },
  { name: "acme.audit.read", mode: "READ", admin: true },
];
const CATALOGUE = catalogueFrom(ROWS);

const allowed = (name: string) => procedureVerdict(name, CATALOGUE).ok;
const why = (name: string) => {
  const v = procedureVerdict(name, CATALOGUE);
  return v.ok ? "" : v.why;
};

describe("the procedure policy", () => {
  it("allows what the server reports as READ: built-in, APOC and a plugin's own", () => {
    for (const p of ["db.info", "apoc.meta.stats", "apoc.meta.schema", "apoc.path.expand", "acme.inventory.list"]) expect(allowed(p), p).toBe(true);
  });

  it("refuses WRITE procedures, saying so", () => {
    for (const p of ["db.createLabel", "apoc.create.node"]) {
      expect(allowed(p), p).toBe(false);
      expect(why(p)).toMatch(/reports it as a WRITE procedure/);
    }
  });

  it("refuses SCHEMA procedures", () => {
    expect(why("db.index.vector.createNodeIndex")).toMatch(/SCHEMA procedure/);
  });

  it("refuses DBMS (administration) and admin-only procedures, even admin-only ones that say READ", () => {
    expect(why("acme.cache.flush")).toMatch(/DBMS procedure/);
    expect(why("acme.audit.read")).toMatch(/admin-only/);
    for (const p of ["dbms.listConfig", "dbms.upgradeStatus", "tx.setMetaData"]) {
      expect(allowed(p), p).toBe(false);
      expect(why(p)).toMatch(/about the server/);
    }
  });

  it("refuses procedures that read files or URLs, even when the server says READ", () => {
    for (const p of ["apoc.load.json", "apoc.load.csv", "apoc.export.csv.all", "apoc.spatial.geocode", "n10s.rdf.preview.fetch"]) {
      expect(CATALOGUE.get(p.toLowerCase())?.mode, p).toBe("READ");
      expect(allowed(p), p).toBe(false);
      expect(why(p)).toMatch(/files or URLs/);
    }
    expect(why("apoc.import.csv")).toMatch(/files or URLs/);
  });

  it("refuses procedures that run Cypher given as text, or change or wait on the server's state, even when READ", () => {
    for (const p of ["apoc.cypher.run", "apoc.when", "apoc.periodic.iterate"]) expect(why(p), p).toMatch(/Cypher given to it as text/);
    for (const p of ["apoc.util.sleep", "db.awaitIndexes", "db.stats.retrieve", "gds.graph.project"]) expect(why(p), p).toMatch(/server's state/);
  });

  it("refuses what the server does not have", () => {
    expect(why("acme.nothing.here")).toMatch(/no procedure of that name/);
  });

  it("allows only the built-ins when the server was not asked (or could not say)", () => {
    expect(procedureVerdict("db.labels").ok).toBe(true);
    expect(procedureVerdict("dbms.components").ok).toBe(true);
    const v = procedureVerdict("apoc.meta.stats");
    expect(v).toMatchObject({ ok: false, why: expect.stringMatching(/could not ask this database/) });
  });

  it("always allows the reviewed built-ins, whatever the server says (dbms.components is DBMS, and in dbms.*)", () => {
    expect(CATALOGUE.get("dbms.components")?.mode).toBe("DBMS");
    expect(allowed("dbms.components")).toBe(true);
    for (const p of ALLOWED_PROCEDURES) expect(procedureVerdict(p, new Map()).ok, p).toBe(true);
  });

  it("ignores case, and a case twin cannot borrow a read-only twin's verdict", () => {
    expect(allowed("APOC.META.STATS")).toBe(true);
    expect(allowed("Apoc.Load.Json")).toBe(false);
    const twins = catalogueFrom([
      { name: "acme.x", mode: "READ", admin: false },
      { name: "ACME.X", mode: "WRITE", admin: false },
    ]);
    expect(procedureVerdict("acme.x", twins).ok).toBe(false);
    expect(catalogueFrom([{ name: "acme.y", mode: "READ" }]).get("acme.y")?.admin).toBe(true); // unknown: admin
  });

  it("has a reason for every denied family, and every pattern is lower-cased", () => {
    for (const { pattern, why: reason } of DENIED_PROCEDURES) {
      expect(pattern).toBe(pattern.toLowerCase());
      expect(reason.length).toBeGreaterThan(10);
    }
    expect(deniedProcedure("apoc.load")).toBeUndefined(); // `apoc.load.*` is what is under apoc.load
    expect(deniedProcedure("apoc.loader.x")).toBeUndefined();
    expect(deniedProcedure("db.awaitIndex")?.pattern).toBe("db.await*");
    expect(deniedProcedure("custom.myProc")?.pattern).toBe("custom.*");
  });

  it("lists what the editor may complete: the callable ones with their signatures", () => {
    const names = callableProcedures(CATALOGUE).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["db.labels", "db.info", "dbms.components", "apoc.meta.stats", "acme.inventory.list"]));
    for (const p of ["db.createLabel", "apoc.load.json", "apoc.cypher.run", "dbms.listConfig", "db.awaitIndexes"]) expect(names).not.toContain(p);
    expect(callableProcedures(CATALOGUE).find((p) => p.name === "db.labels")).toMatchObject({
      signature: "() :: (label :: STRING)",
      returnItems: [{ name: "label", signature: "STRING" }],
    });
    expect(callableProcedures(undefined)).toEqual([]);
  });
});

describe("the text gate with the server's catalogue", () => {
  const text = (q: string) => checkQueryText(q, CATALOGUE);

  it("lets READ procedures through, and only with the catalogue", () => {
    expect(text("CALL apoc.meta.stats() YIELD labels RETURN labels")).toMatchObject({ ok: true });
    expect(text("MATCH (a {id: $id}) CALL apoc.path.expand(a, 'T>', '+A', 1, 3) YIELD path RETURN path")).toMatchObject({ ok: true });
    expect(text("CALL db.info()")).toMatchObject({ ok: true });
    expect(checkQueryText("CALL apoc.meta.stats()")).toMatchObject({ ok: false });
  });

  it("refuses WRITE, DBMS and file procedures, however the name is spelled", () => {
    for (const q of [
      "CALL db.createLabel('X')",
      "CALL acme.cache.flush()",
      "CALL apoc.load.json('file:///etc/passwd') YIELD value RETURN value",
      "CALL `apoc`.`load`.json('https://example.com/x.json')",
      "CALL `apoc.load.json`('https://example.com/x.json')",
      "call APOC . LOAD . JSON ('x')",
      "CALL apoc.meta.stats() YIELD labels CALL apoc.cypher.run('LOAD CSV FROM \"file:///x\" AS l RETURN l', {}) YIELD value RETURN value",
      "CALL { CALL apoc.export.csv.all('/tmp/x.csv', {}) YIELD file RETURN file } RETURN file",
    ]) {
      const v = text(q);
      expect(v.ok, q).toBe(false);
      if (!v.ok) expect(v.reason).toMatch(/^Refused: the procedure .* is not available in the console: /);
    }
  });

  it("says why in the refusal, and what the console does call", () => {
    const v = text("CALL apoc.load.json('file:///etc/passwd')");
    expect(v.ok).toBe(false);
    if (!v.ok) {
      expect(v.reason).toMatch(/apoc\.load\.json is not available in the console: it reads files or URLs/);
      expect(v.reason).toMatch(/read-only procedures \(mode READ, not admin-only\)/);
      expect(v.reason).toMatch(/db\.labels, .*dbms\.components/);
    }
  });

  it("still refuses APOC functions (only built-in function namespaces)", () => {
    expect(text("RETURN apoc.meta.cypher.type(1) AS t")).toMatchObject({ ok: false });
  });

  it("asks for the catalogue only when the verdict depends on it", () => {
    expect(calledProcedures("CALL db.labels() YIELD label CALL `apoc`.meta.stats() YIELD labels CALL { RETURN 1 AS x } RETURN x")).toEqual([
      "db.labels",
      "apoc.meta.stats",
    ]);
    expect(needsProcedureCatalogue("CALL apoc.meta.stats()")).toBe(true);
    expect(needsProcedureCatalogue("MATCH (n) CALL acme.inventory.list() YIELD item RETURN item")).toBe(true);
    for (const q of ["CALL db.labels()", "CALL dbms.components()", "CALL apoc.load.json('x')", "CALL { MATCH (n) RETURN n } RETURN n", "RETURN 'CALL apoc.meta.stats()'", "MATCH (n) RETURN n"]) {
      expect(needsProcedureCatalogue(q), q).toBe(false);
    }
  });
});

describe("the plan gate with the server's catalogue", () => {
  const op = (operatorType: string, Details = "", children: PlanLike[] = []): PlanLike => ({ operatorType, arguments: { Details }, children });
  const plan = (details: string) => op("ProduceResults@neo4j", "", [op("ProcedureCall@neo4j", details)]);
  const call = (details: string) => checkPlan("r", plan(details), "neo4j", CATALOGUE);

  it("allows READ procedures and refuses the rest", () => {
    expect(call("apoc.meta.stats() :: (labelCount :: INTEGER, labels :: MAP)")).toEqual({ ok: true });
    expect(call("db.info() :: (id :: STRING, name :: STRING, creationDate :: STRING)")).toEqual({ ok: true });
    expect(checkPlan("r", plan("apoc.meta.stats() :: (labels :: MAP)"), "neo4j")).toMatchObject({ ok: false }); // no catalogue
    expect(call("db.createLabel($autostring_0) :: ()")).toMatchObject({ ok: false, reason: expect.stringMatching(/WRITE/) });
    expect(call("apoc.load.json($autostring_0) :: (value :: MAP)")).toMatchObject({ ok: false, reason: expect.stringMatching(/files or URLs/) });
    expect(call("apoc.cypher.run($autostring_0, $autoparam_1) :: (value :: MAP)")).toMatchObject({ ok: false });
    expect(call("acme.cache.flush() :: ()")).toMatchObject({ ok: false, reason: expect.stringMatching(/DBMS/) });
  });

  it("checks the functions in a procedure's arguments too", () => {
    expect(call("db.index.fulltext.queryNodes($autostring_0, apoc.text.join($autolist_1, $autostring_2)) :: (node :: NODE, score :: FLOAT)")).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/function apoc\.text\.join/),
    });
    expect(call("db.index.fulltext.queryNodes($autostring_0, toLower($q)) :: (node :: NODE, score :: FLOAT)")).toEqual({ ok: true });
  });
});

describe("the catalogue's cache", () => {
  function fakeDriver(rows: Record<string, unknown>[] | Error) {
    const executeQuery = vi.fn(async (cypher: string, _params?: unknown, _config?: unknown) => {
      expect(cypher).toBe(PROCEDURES_QUERY);
      if (rows instanceof Error) throw rows;
      return { records: rows.map((r) => ({ toObject: () => r })) };
    });
    return { driver: { executeQuery } as unknown as Driver, executeQuery };
  }

  it("reads SHOW PROCEDURES once per driver and database until the TTL passes", async () => {
    let t = 1_000_000;
    const now = () => t;
    const { driver, executeQuery } = fakeDriver(ROWS);
    const db = { driver, database: "neo4j" };
    const [a, b] = await Promise.all([readProcedureCatalogue(db, now), readProcedureCatalogue(db, now)]);
    expect(executeQuery).toHaveBeenCalledTimes(1); // concurrent callers share one read
    expect(a).toBe(b);
    expect(a?.get("apoc.meta.stats")).toMatchObject({ name: "apoc.meta.stats", mode: "READ", admin: false });
    expect(executeQuery.mock.calls[0][2]).toMatchObject({ database: "neo4j", transactionConfig: { metadata: { kind: "console-procedures" } } });

    t += PROCEDURE_CATALOGUE_TTL_MS - 1;
    await readProcedureCatalogue(db, now);
    expect(executeQuery).toHaveBeenCalledTimes(1);
    t += 2;
    await readProcedureCatalogue(db, now);
    expect(executeQuery).toHaveBeenCalledTimes(2);

    await readProcedureCatalogue({ driver, database: "other" }, now);
    expect(executeQuery).toHaveBeenCalledTimes(3);
    const second = fakeDriver(ROWS);
    await readProcedureCatalogue({ driver: second.driver, database: "neo4j" }, now);
    expect(second.executeQuery).toHaveBeenCalledTimes(1);
  });

  it("remembers a failed read for a short while as 'built-ins only'", async () => {
    let t = 5_000_000;
    const now = () => t;
    const { driver, executeQuery } = fakeDriver(Object.assign(new Error("no privilege"), { code: "Neo.ClientError.Security.Forbidden" }));
    const db = { driver, database: "neo4j" };
    expect(await readProcedureCatalogue(db, now)).toBeUndefined();
    expect(await readProcedureCatalogue(db, now)).toBeUndefined();
    expect(executeQuery).toHaveBeenCalledTimes(1);
    t += PROCEDURE_CATALOGUE_RETRY_MS + 1;
    await readProcedureCatalogue(db, now);
    expect(executeQuery).toHaveBeenCalledTimes(2);
  });

  it("throws when the database is unreachable, and asks again next time", async () => {
    const { driver, executeQuery } = fakeDriver(Object.assign(new Error("Could not perform discovery"), { code: "ServiceUnavailable" }));
    const db = { driver, database: "neo4j" };
    await expect(readProcedureCatalogue(db)).rejects.toMatchObject({ code: "ServiceUnavailable" });
    await expect(readProcedureCatalogue(db)).rejects.toMatchObject({ code: "ServiceUnavailable" });
    expect(executeQuery).toHaveBeenCalledTimes(2);
  });
});
