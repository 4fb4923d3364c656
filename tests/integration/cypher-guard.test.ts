/**
 * The console's guard against the real Neo4j and the real HTTP endpoint: every hostile input is refused — over
 * HTTP, by lib/cypher with a real driver, and by the plan gate alone — and the whole graph (data, tokens, schema,
 * users) has the same checksum afterwards. A query that would run for minutes is stopped by the timeout while
 * the server keeps answering.
 */
import crypto from "node:crypto";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXPLAIN_PREFIX } from "@/lib/cypher/errors";
import { checkPlan, type PlanLike } from "@/lib/cypher/plan-guard";
import { runConsoleQuery, type ConsoleLimits } from "@/lib/cypher/runner";
import { parseEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { createDriver, driverConfig } from "@/lib/neo4j/create-driver";
import { baseUrl } from "../support/neo4j";
import { HOSTILE } from "./hostile-cypher";

const BASE_URL = baseUrl();
const env = parseEnv(process.env);
const database = env.NEO4J_DATABASE;
const limits: ConsoleLimits = { timeoutMs: env.CYPHER_TIMEOUT_MS, maxRows: env.CYPHER_MAX_ROWS, maxQueryLength: env.CYPHER_MAX_QUERY_LENGTH };
const REFUSAL_CODES = ["refused", "syntax_error", "bad_request", "payload_too_large"];

let driver: Driver;
let clientNo = 0;
const run = crypto.randomBytes(2).toString("hex");
/** A fresh client key per request, so the corpus is not cut short by the per-client rate limit. */
const freshClient = () => `10.${parseInt(run.slice(0, 2), 16)}.${parseInt(run.slice(2), 16)}.${++clientNo}`;

async function post(body: unknown, client = freshClient()): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> {
  const res = await fetch(`${BASE_URL}/api/cypher`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": client },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown>, headers: res.headers };
}

/** Plain JSON of any driver value, for hashing. */
function plain(v: unknown): unknown {
  if (neo4j.isInt(v)) return `int:${v.toString()}`;
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === "object") {
    if (typeof (v as { toString: () => string }).toString === "function" && Object.getPrototypeOf(v) !== Object.prototype) {
      return `${(v as object).constructor.name}:${String(v)}`;
    }
    return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, plain(x)]));
  }
  return v;
}

/** Counts plus a hash of every node, relationship, token, index, constraint, user and database — all read queries. */
async function checksum(): Promise<{ nodes: number; relationships: number; hash: string }> {
  const read = async (cypher: string, db = database) =>
    (await driver.executeQuery(cypher, {}, { database: db, routing: neo4j.routing.READ })).records.map((r) => plain(r.toObject()));
  const nodes = await read("MATCH (n) RETURN elementId(n) AS e, labels(n) AS l, properties(n) AS p ORDER BY e");
  const rels = await read(
    "MATCH (a)-[r]->(b) RETURN elementId(r) AS e, type(r) AS t, elementId(a) AS a, elementId(b) AS b, properties(r) AS p ORDER BY e",
  );
  const parts = {
    nodes,
    rels,
    labels: await read("CALL db.labels() YIELD label RETURN label ORDER BY label"),
    types: await read("CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType ORDER BY relationshipType"),
    keys: await read("CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey ORDER BY propertyKey"),
    indexes: await read("SHOW INDEXES YIELD name, type, labelsOrTypes, properties RETURN * ORDER BY name"),
    constraints: await read("SHOW CONSTRAINTS YIELD name, type RETURN * ORDER BY name"),
    users: await read("SHOW USERS YIELD user, roles, suspended RETURN * ORDER BY user", "system"),
    databases: await read("SHOW DATABASES YIELD name, currentStatus, access RETURN * ORDER BY name", "system"),
  };
  const hash = crypto.createHash("sha256").update(JSON.stringify(parts)).digest("hex");
  return { nodes: nodes.length, relationships: rels.length, hash };
}

let before: Awaited<ReturnType<typeof checksum>>;

beforeAll(async () => {
  driver = createDriver(driverConfig(env));
  before = await checksum();
  expect(before.nodes).toBeGreaterThan(0);
});

afterAll(async () => {
  await driver?.close();
});

describe("the hostile corpus", () => {
  it("has at least 100 inputs", () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(100);
  });

  it("is refused over HTTP, every one, with a 4xx and an explanation", async () => {
    const accepted: string[] = [];
    for (const h of HOSTILE) {
      const r = await post({ query: h.query, params: h.params ?? {} });
      const error = r.body.error as { code: string; message: string } | undefined;
      if (r.status < 400 || r.status >= 500 || !error || !REFUSAL_CODES.includes(error.code) || "rows" in r.body) {
        accepted.push(`${h.name}: ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
      } else {
        expect(error.message.length).toBeGreaterThan(10);
      }
    }
    expect(accepted).toEqual([]);
  });

  it("is refused by lib/cypher with a real driver, every one", async () => {
    const accepted: string[] = [];
    for (const h of HOSTILE) {
      try {
        await runConsoleQuery({ driver, database }, h.query, h.params ?? {}, limits);
        accepted.push(h.name);
      } catch (e) {
        if (!(e instanceof AppError) || !REFUSAL_CODES.includes(e.code)) accepted.push(`${h.name}: ${String(e)}`);
      }
    }
    expect(accepted).toEqual([]);
  });

  it("is refused by the plan gate alone (EXPLAIN in a READ session), for every text that Neo4j can plan", async () => {
    const passed: string[] = [];
    for (const h of HOSTILE.filter((x) => !x.paramsAttack && !x.policyOnly)) {
      const session = driver.session({ defaultAccessMode: neo4j.session.READ, database });
      try {
        const tx = await session.beginTransaction({ timeout: 5_000 });
        try {
          const r = await tx.run(EXPLAIN_PREFIX + h.query);
          const v = checkPlan(r.summary.queryType, r.summary.plan as PlanLike | false, database);
          if (v.ok) passed.push(h.name);
        } catch {
          /* Neo4j itself refuses to plan it: also a refusal */
        } finally {
          await tx.rollback().catch(() => undefined);
        }
      } finally {
        await session.close();
      }
    }
    expect(passed).toEqual([]);
  });

  it("leaves the whole graph unchanged (counts, ids, properties, tokens, schema, users)", async () => {
    expect(await checksum()).toEqual(before);
  });
});

describe("the READ session, the last gate", () => {
  it("refuses a write even when nothing else is asked", async () => {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ, database });
    try {
      await expect(session.run("CREATE (n:Hostile) RETURN n")).rejects.toMatchObject({ code: "Neo.ClientError.Statement.AccessMode" });
    } finally {
      await session.close();
    }
    expect(await checksum()).toEqual(before);
  });
});

describe("the timeout", () => {
  const slow = "MATCH (a),(b),(c),(d),(e),(f),(g),(h),(i),(j),(k),(l) RETURN count(a.id + b.id + c.id + d.id + e.id + f.id + g.id + h.id + i.id + j.id + k.id + l.id) AS n";

  it("stops a query that would run for minutes, with a clear error, while the server keeps answering", async () => {
    await fetch(`${BASE_URL}/api/health`); // warm up: `next dev` compiles routes on first use
    const started = Date.now();
    let slowDone = false;
    const pending = post({ query: slow }).finally(() => (slowDone = true));
    await new Promise((r) => setTimeout(r, Math.min(1_000, env.CYPHER_TIMEOUT_MS / 2)));

    // The running query carries the console's transaction metadata.
    const txs = await driver.executeQuery("SHOW TRANSACTIONS YIELD currentQuery, metaData RETURN currentQuery, metaData", {}, { database });
    const mine = txs.records.find((r) => String(r.get("currentQuery")).includes("MATCH (a),(b),(c)"));
    expect(mine?.get("metaData")).toMatchObject({ app: "cn-genai-graph", kind: "console" });

    // The app answers other requests meanwhile.
    const health = await fetch(`${BASE_URL}/api/health`);
    expect(health.status).toBe(200);
    expect(slowDone).toBe(false);

    const r = await pending;
    const elapsed = Date.now() - started;
    expect(r.status).toBe(408);
    expect(r.body.error).toMatchObject({ code: "timeout" });
    expect(String((r.body.error as { message: string }).message)).toMatch(/time limit of .* s/);
    expect(elapsed).toBeLessThan(env.CYPHER_TIMEOUT_MS + 4_000);
  });

  it("applies to lib/cypher directly too", async () => {
    const started = Date.now();
    await expect(runConsoleQuery({ driver, database }, slow, {}, { ...limits, timeoutMs: 1_000 })).rejects.toMatchObject({ code: "timeout" });
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
