/**
 * POST /api/cypher for honest users, against the real server: reads of every shape come back correctly typed,
 * the graph holds what the rows hold, the row cap cuts and says so, oversized input is 413, a burst is 429,
 * parameters keep their Cypher types, and a syntax error names its line and column.
 */
import crypto from "node:crypto";
import { baseUrl } from "../support/neo4j";
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

const BASE_URL = baseUrl();
const env = parseEnv(process.env);
const run = crypto.randomBytes(3).toString("hex");
let n = 0;

type Body = Record<string, any>;
async function post(body: unknown, client = `api-${run}-${++n}`): Promise<{ status: number; body: Body; headers: Headers }> {
  const res = await fetch(`${BASE_URL}/api/cypher`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": client },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Body, headers: res.headers };
}

describe("reads", () => {
  it("return nodes, relationships and paths, drawn in the graph", async () => {
    const r = await post({ query: "MATCH p = (a)-[r]->(b) RETURN a, r, b, p LIMIT 3" });
    expect(r.status).toBe(200);
    expect(r.body.columns).toEqual(["a", "r", "b", "p"]);
    const [a, rel, b, p] = r.body.rows[0];
    expect(a).toMatchObject({ _kind: "node", id: expect.any(String), type: expect.any(String) });
    expect(a.properties.name).toEqual(expect.any(String));
    expect(rel).toMatchObject({ _kind: "relationship", type: expect.any(String) });
    expect(b._kind).toBe("node");
    expect(p._kind).toBe("path");
    expect(p.segments[0].start.id).toBe(a.id);
    const keys = r.body.graph.nodes.map((x: Body) => x.key);
    expect(keys).toContain(a.id);
    expect(keys).toContain(b.id);
    expect(r.body.graph.edges.length).toBeGreaterThan(0);
    expect(r.body.graph.edges[0]).toMatchObject({ source: expect.any(String), target: expect.any(String) });
    expect(r.body.summary).toMatchObject({ queryType: "r", rows: r.body.rows.length, truncated: false });
  });

  it("drop relationships whose endpoints are not in the result", async () => {
    const r = await post({ query: "MATCH ()-[r]->() RETURN r LIMIT 5" });
    expect(r.status).toBe(200);
    expect(r.body.rows.length).toBeGreaterThan(0);
    expect(r.body.graph.nodes).toEqual([]);
    expect(r.body.graph.edges).toEqual([]);
  });

  it("come back correctly typed: aggregates, maps, lists, temporal values, nulls, big integers", async () => {
    const r = await post({
      query: `MATCH (n) WITH count(n) AS c
        RETURN c, {a: 1, b: [true, null]} AS m, [1, 2.5, 'x', null] AS l,
          date('2023-03-16') AS d, datetime('2023-07-25T10:00:00Z') AS dt, localdatetime('2023-07-25T10:00') AS ldt,
          time('10:00:00+08:00') AS t, localtime('10:00') AS lt, duration('P1Y2M') AS du,
          null AS nul, 9007199254740993 AS big, -9007199254740993 AS negbig, 9007199254740991 AS maxsafe,
          1.5 AS f, 0.0 / 0.0 AS nan, '百度' AS zh, point({x: 1, y: 2}) AS pt, false AS no`,
    });
    expect(r.status).toBe(200);
    const row = Object.fromEntries(r.body.columns.map((c: string, i: number) => [c, r.body.rows[0][i]]));
    expect(row.c).toEqual(expect.any(Number));
    expect(row.c).toBeGreaterThan(0);
    expect(row.m).toEqual({ a: 1, b: [true, null] });
    expect(row.l).toEqual([1, 2.5, "x", null]);
    expect(row.d).toEqual({ _kind: "date", value: "2023-03-16" });
    expect(row.dt).toEqual({ _kind: "datetime", value: "2023-07-25T10:00:00Z" });
    expect(row.ldt).toEqual({ _kind: "localdatetime", value: "2023-07-25T10:00:00" });
    expect(row.t).toEqual({ _kind: "time", value: "10:00:00+08:00" });
    expect(row.lt).toEqual({ _kind: "localtime", value: "10:00:00" });
    expect(row.du).toEqual({ _kind: "duration", value: "P1Y2M" });
    expect(row.nul).toBeNull();
    expect(row.big).toEqual({ _kind: "integer", value: "9007199254740993" });
    expect(row.negbig).toEqual({ _kind: "integer", value: "-9007199254740993" });
    expect(row.maxsafe).toBe(9007199254740991);
    expect(row.f).toBe(1.5);
    expect(row.nan).toEqual({ _kind: "float", value: "NaN" });
    expect(row.zh).toBe("百度");
    expect(row.pt).toMatchObject({ _kind: "point", x: 1, y: 2 });
    expect(row.no).toBe(false);
  });

  it("run the allow-listed procedures", async () => {
    const r = await post({ query: "CALL db.labels() YIELD label RETURN label ORDER BY label" });
    expect(r.status).toBe(200);
    expect(r.body.rows.flat()).toContain("Company");
  });

  it("accept a trailing semicolon and comments", async () => {
    const r = await post({ query: "// companies\nMATCH (n:Company) /* all */ RETURN n.name AS name LIMIT 1;" });
    expect(r.status).toBe(200);
    expect(r.body.columns).toEqual(["name"]);
  });
});

describe("parameters", () => {
  it("keep their Cypher types: whole numbers are INTEGER, others FLOAT", async () => {
    const r = await post({
      query: "RETURN $i + 1 AS i, valueType($i) AS ti, valueType($f) AS tf, valueType($l) AS tl, $m.k AS mk, $s AS s",
      params: { i: 41, f: 1.5, l: [1, 2], m: { k: "v" }, s: "百度" },
    });
    expect(r.status).toBe(200);
    expect(r.body.rows[0]).toEqual([42, "INTEGER NOT NULL", "FLOAT NOT NULL", "LIST<INTEGER NOT NULL> NOT NULL", "v", "百度"]);
  });

  it("must be a JSON object", async () => {
    const r = await post({ query: "RETURN 1", params: [1, 2] });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe("bad_request");
  });

  it("missing ones are named", async () => {
    const r = await post({ query: "RETURN $missing AS x" });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/missing/i);
  });
});

describe("errors in the user's terms", () => {
  it("a syntax error gives its line and column", async () => {
    const r = await post({ query: "MATCH (n)\nRETRUN n" });
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe("syntax_error");
    expect(r.body.error.message).toMatch(/line 2, column 1/);
  });

  it("a refused write says so", async () => {
    const r = await post({ query: "MATCH (n) SET n.x = 1" });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe("refused");
    expect(r.body.error.message).toMatch(/only reads/);
  });

  it("a body that is not JSON is a 400", async () => {
    const r = await post("not json");
    expect(r.status).toBe(400);
  });
});

describe("limits", () => {
  it("cut the result at the row cap and say so, without rewriting the query", async () => {
    const r = await post({ query: "UNWIND range(1, $n) AS x RETURN x", params: { n: env.CYPHER_MAX_ROWS + 50 } });
    expect(r.status).toBe(200);
    expect(r.body.rows).toHaveLength(env.CYPHER_MAX_ROWS);
    expect(r.body.summary).toMatchObject({ rows: env.CYPHER_MAX_ROWS, truncated: true });
    expect(r.body.rows.at(-1)).toEqual([env.CYPHER_MAX_ROWS]);
  });

  it("stop reading a huge stream at the cap quickly", async () => {
    const started = Date.now();
    const r = await post({ query: "UNWIND range(1, 1000000000) AS x RETURN x" });
    expect(r.status).toBe(200);
    expect(r.body.summary.truncated).toBe(true);
    expect(Date.now() - started).toBeLessThan(env.CYPHER_TIMEOUT_MS);
  });

  it("answer 413 for a query over the length cap", async () => {
    const r = await post({ query: `RETURN 1 // ${"x".repeat(env.CYPHER_MAX_QUERY_LENGTH)}` });
    expect(r.status).toBe(413);
    expect(r.body.error.code).toBe("payload_too_large");
  });

  it("answer 413 for parameters over the size cap", async () => {
    const r = await post({ query: "RETURN size($p) AS s", params: { p: "x".repeat(env.CYPHER_MAX_PARAMS_BYTES + 10) } });
    expect(r.status).toBe(413);
  });

  it("answer 413 for parameters nested too deeply", async () => {
    let p: unknown = 1;
    for (let i = 0; i < 50; i++) p = { a: p };
    const r = await post({ query: "RETURN $p AS p", params: { p } });
    expect(r.status).toBe(413);
  });

  it.skipIf(env.CYPHER_RATE_LIMIT_PER_MINUTE === 0 || env.CYPHER_RATE_LIMIT_PER_MINUTE > 500)(
    "answer 429 with Retry-After once a client passes its rate",
    async () => {
      const client = `burst-${run}`;
      const limit = env.CYPHER_RATE_LIMIT_PER_MINUTE;
      let first429 = -1;
      let last: Awaited<ReturnType<typeof post>> | undefined;
      for (let i = 0; i < limit * 2 && first429 < 0; i++) {
        last = await post({ query: "" }, client);
        if (last.status === 429) first429 = i;
      }
      // The bucket refills at limit/60 a second while the burst runs, so a few more may pass.
      expect(first429).toBeGreaterThanOrEqual(limit);
      expect(last!.body.error.code).toBe("rate_limited");
      expect(Number(last!.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      // Another client is not affected.
      expect((await post({ query: "RETURN 1 AS x" })).status).toBe(200);
    },
  );
});
