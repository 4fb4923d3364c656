/**
 * The console on a database we did not design, against the real Neo4j: the procedures the server reports as
 * read-only (SHOW PROCEDURES: mode READ, not admin-only) run beyond the built-ins, WRITE and DBMS ones are refused,
 * READ ones in a denied family (waiting, statistics, files and URLs where APOC is installed) are refused too, and
 * parameters of every name Neo4j takes ($1, $`my name`, $名前) reach the query — over HTTP and through lib/cypher.
 */
import crypto from "node:crypto";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALLOWED_PROCEDURES, deniedProcedure, procedureVerdict, type ProcedureCatalogue } from "@/lib/cypher/allow-list";
import { callableProcedures, forgetProcedureCatalogues, readProcedureCatalogue } from "@/lib/cypher/procedures";
import { runConsoleQuery, type ConsoleLimits } from "@/lib/cypher/runner";
import { getConsoleSchema } from "@/lib/cypher/schema";
import { parseEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { createDriver, driverConfig } from "@/lib/neo4j/create-driver";
import { baseUrl } from "../support/neo4j";

const BASE_URL = baseUrl();
const env = parseEnv(process.env);
const database = env.NEO4J_DATABASE;
const limits: ConsoleLimits = { timeoutMs: env.CYPHER_TIMEOUT_MS, maxRows: env.CYPHER_MAX_ROWS, maxQueryLength: env.CYPHER_MAX_QUERY_LENGTH };
const run = crypto.randomBytes(3).toString("hex");
let n = 0;

let driver: Driver;
let catalogue: ProcedureCatalogue;

type Body = Record<string, any>;
async function post(body: unknown): Promise<{ status: number; body: Body }> {
  const res = await fetch(`${BASE_URL}/api/cypher`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": `proc-${run}-${++n}` },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Body };
}

/** The console's refusal of a query run through lib/cypher, as an AppError (fails the test when it ran). */
async function refusal(query: string): Promise<AppError> {
  try {
    await runConsoleQuery({ driver, database }, query, {}, limits);
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error(`the console ran: ${query}`);
}

beforeAll(async () => {
  driver = createDriver(driverConfig(env));
  forgetProcedureCatalogues(driver);
  const c = await readProcedureCatalogue({ driver, database });
  if (!c) throw new Error("the server did not answer SHOW PROCEDURES");
  catalogue = c;
});

afterAll(async () => {
  await driver?.close();
});

describe("the server's procedure catalogue", () => {
  it("says each procedure's mode and whether it is admin-only", () => {
    expect(catalogue.get("db.labels")).toMatchObject({ name: "db.labels", mode: "READ", admin: false });
    expect(catalogue.get("db.info")).toMatchObject({ mode: "READ", admin: false });
    expect(catalogue.get("db.createlabel")).toMatchObject({ mode: "WRITE" });
    expect(catalogue.get("dbms.listconfig")).toMatchObject({ mode: "DBMS" });
    expect(catalogue.get("db.awaitindexes")).toMatchObject({ mode: "READ" });
  });

  it("gives a verdict for every procedure by the policy's rules", () => {
    for (const p of catalogue.values()) {
      const ok = procedureVerdict(p.name, catalogue).ok;
      const expected = ALLOWED_PROCEDURES.has(p.name.toLowerCase()) || (!deniedProcedure(p.name) && p.mode === "READ" && !p.admin);
      expect(ok, `${p.name} (${p.mode}${p.admin ? ", admin" : ""})`).toBe(expected);
    }
  });

  it("is what the editor completes: callable procedures only", async () => {
    const names = (await getConsoleSchema({ driver, database })).procedures.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["db.labels", "db.info", "dbms.components"]));
    for (const p of ["db.createLabel", "db.awaitIndexes", "dbms.listConfig", "tx.setMetaData"]) expect(names).not.toContain(p);
    expect(names).toEqual(callableProcedures(catalogue).map((p) => p.name));
  });
});

describe("procedures in the console", () => {
  it("runs a READ procedure that is not one of the built-ins (db.info), through lib/cypher and over HTTP", async () => {
    const r = await runConsoleQuery({ driver, database }, "CALL db.info() YIELD name RETURN name", {}, limits);
    expect(r.rows).toEqual([[expect.any(String)]]);
    const h = await post({ query: "CALL db.info() YIELD id, name RETURN id, name" });
    expect(h.status).toBe(200);
    expect(h.body.rows).toHaveLength(1);
  });

  it("runs dbms.components (DBMS, but always allowed: it tells what /api/health tells)", async () => {
    const r = await runConsoleQuery({ driver, database }, "CALL dbms.components() YIELD edition RETURN edition", {}, limits);
    expect(r.rows[0][0]).toEqual(expect.any(String));
  });

  it("refuses a WRITE procedure, saying the server reports it as WRITE, and creates nothing", async () => {
    const label = `Hostile_${run}`;
    const e = await refusal(`CALL db.createLabel('${label}')`);
    expect(e.code).toBe("refused");
    expect(e.message).toMatch(/db\.createLabel is not available in the console: Neo4j reports it as a WRITE procedure/);
    const labels = await driver.executeQuery("CALL db.labels() YIELD label RETURN collect(label) AS ls", {}, { database });
    expect(labels.records[0].get("ls")).not.toContain(label);
  });

  it("refuses DBMS and admin procedures", async () => {
    for (const q of ["CALL dbms.listConfig()", "CALL dbms.listConnections()", "CALL db.clearQueryCaches()", "CALL tx.getMetaData()"]) {
      const e = await refusal(q);
      expect(e.code, q).toBe("refused");
      expect(e.message, q).toMatch(/is not available in the console/);
    }
  });

  it("refuses READ procedures of a denied family (waiting, index resampling, query statistics)", async () => {
    for (const q of ["CALL db.awaitIndexes(1)", "CALL db.resampleOutdatedIndexes()", "CALL db.stats.status()"]) {
      const e = await refusal(q);
      expect(e.code, q).toBe("refused");
      expect(e.message, q).toMatch(/server's state/);
    }
  });

  it("refuses file and URL procedures even when the server says READ (where APOC is installed)", async () => {
    const readFileProcs = [...catalogue.values()].filter((p) => p.mode === "READ" && /^apoc\.(load|export)\./i.test(p.name));
    for (const p of readFileProcs) expect(procedureVerdict(p.name, catalogue).ok, p.name).toBe(false);
    if (catalogue.has("apoc.load.json")) {
      const e = await refusal("CALL apoc.load.json('file:///etc/passwd') YIELD value RETURN value");
      expect(e.message).toMatch(/reads files or URLs/);
    }
    // Without APOC the name is refused all the same (a denied family needs no catalogue).
    const e = await refusal("CALL apoc.load.json('https://example.com/x.json') YIELD value RETURN value");
    expect(e.code).toBe("refused");
  });

  it("refuses a procedure the server does not have", async () => {
    const e = await refusal("CALL acme.nothing.here()");
    expect(e.message).toMatch(/this database has no procedure of that name/);
  });
});

describe("parameter names", () => {
  const query = "RETURN $1 AS one, $`my name` AS spaced, $名前 AS jp, $0 + 1 AS next";
  const params = { "1": 1, "my name": "x", 名前: "百度", "0": 41 };

  it("reach the query whatever their name: digit-only, quoted, in any script (lib/cypher)", async () => {
    const r = await runConsoleQuery({ driver, database }, query, params, limits);
    expect(r.columns).toEqual(["one", "spaced", "jp", "next"]);
    expect(r.rows).toEqual([[1, "x", "百度", 42]]);
  });

  it("reach the query over HTTP, and unused odd names are no error", async () => {
    const r = await post({ query, params });
    expect(r.status).toBe(200);
    expect(r.body.rows).toEqual([[1, "x", "百度", 42]]);
    const unused = await post({ query: "RETURN 1 AS x", params: { "bad name": 1, "01": 3 } });
    expect(unused.status).toBe(200);
  });

  it("still say which parameter is missing", async () => {
    const r = await post({ query: "RETURN $2 AS two", params: { "1": 1 } });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/2/);
  });
});
