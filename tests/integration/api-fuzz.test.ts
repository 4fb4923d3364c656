/**
 * Property-based tests over every API endpoint: thousands of generated inputs (random strings, huge numbers, CJK
 * and RTL text, control characters, nested JSON, wrong types, repeated keys). Every answer is JSON; never a 5xx;
 * a 4xx always carries a clear message. FUZZ_RUNS sets the number of inputs per endpoint (default 10,000).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { baseUrl } from "../support/neo4j";
import { hostileQuery, hostileString, probeAll, type Probe } from "../support/fuzz";

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const SEED = 20260728;

async function fetchProbe(path: string, init?: RequestInit): Promise<Probe> {
  const res = await fetch(`${baseUrl()}${path}`, init);
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON: the check below reports it */
  }
  return { path, status: res.status, body };
}

/** A good answer: JSON; 2xx, or 4xx with {error:{code,message}}; never a 5xx or a stack trace. */
function wellBehaved(p: Probe): boolean {
  if (typeof p.body !== "object" || p.body === null) return p.status === 404 && !p.path.startsWith("/api/"); // Next's own 404 page
  if (p.status >= 500) return false;
  if (JSON.stringify(p.body).match(/\bat [\w.<>]+ \(.*:\d+:\d+\)/)) return false;
  if (p.status >= 400) {
    const e = (p.body as { error?: { code?: unknown; message?: unknown } }).error;
    return typeof e?.code === "string" && typeof e?.message === "string" && e.message.length > 5;
  }
  return p.status >= 200 && p.status < 300;
}

function sample<T>(arb: fc.Arbitrary<T>, n: number): T[] {
  return fc.sample(arb, { numRuns: n, seed: SEED });
}

function report(bad: Probe[]) {
  return bad
    .slice(0, 5)
    .map((b) => `${b.status} ${b.path.slice(0, 200)} -> ${JSON.stringify(b.body).slice(0, 200)}`)
    .join("\n");
}

describe(`API under ${RUNS} generated inputs per endpoint`, () => {
  it("GET /api/search", async () => {
    const inputs = sample(hostileQuery(["q", "limit"]), RUNS).map((q) => `/api/search?${q}`);
    const bad = await probeAll(inputs, (p) => fetchProbe(p), wellBehaved);
    expect(bad, report(bad)).toEqual([]);
  }, 600_000);

  it("GET /api/search/graph", async () => {
    const inputs = sample(hostileQuery(["q", "limit"]), RUNS).map((q) => `/api/search/graph?${q}`);
    const bad = await probeAll(inputs, (p) => fetchProbe(p), wellBehaved);
    expect(bad, report(bad)).toEqual([]);
  }, 600_000);

  it("GET /api/nodes/{id}", async () => {
    const ids = fc.oneof(hostileString, fc.constantFrom("company:baidu", "model:ernie-bot", "x:y", "company:", ":baidu"));
    const inputs = sample(ids, RUNS).map((id) => `/api/nodes/${encodeURIComponent(id) || "%20"}`);
    const bad = await probeAll(inputs, (p) => fetchProbe(p), wellBehaved);
    expect(bad, report(bad)).toEqual([]);
  }, 600_000);

  it("GET /api/nodes/{id}/neighborhood", async () => {
    const arb = fc.tuple(fc.oneof(hostileString, fc.constant("company:baidu")), hostileQuery(["depth", "limit", "types", "overflow"]));
    const inputs = sample(arb, RUNS).map(([id, q]) => `/api/nodes/${encodeURIComponent(id) || "%20"}/neighborhood?${q}`);
    const bad = await probeAll(inputs, (p) => fetchProbe(p), wellBehaved);
    expect(bad, report(bad)).toEqual([]);
  }, 600_000);

  it("GET /api/paths", async () => {
    const ids = fc.oneof(
      hostileString,
      fc.constantFrom("company:huawei,institute:baai", "company:baidu,company:alibaba,company:iflytek", "company:huawei", "company:huawei,company:huawei", "company:huawei,x:nope"),
    );
    const arb = fc.tuple(ids, hostileQuery(["all", "directed", "concepts", "hops", "ignore", "ids"]));
    const inputs = sample(arb, RUNS).map(([i, q]) => `/api/paths?ids=${encodeURIComponent(i)}${q ? `&${q}` : ""}`);
    const bad = await probeAll(inputs, (p) => fetchProbe(p), wellBehaved);
    expect(bad, report(bad)).toEqual([]);
  }, 600_000);

  it("GET /api/overview", async () => {
    // A tenth of the runs: one parameter, and every accepted input reads the whole graph.
    const inputs = sample(hostileQuery(["limit"]), Math.ceil(RUNS / 10)).map((q) => `/api/overview?${q}`);
    const bad = await probeAll(inputs, (p) => fetchProbe(p), wellBehaved);
    expect(bad, report(bad)).toEqual([]);
  }, 600_000);

  it("GET /api/views/{slug}", async () => {
    const inputs = sample(hostileString, RUNS).map((s) => `/api/views/${encodeURIComponent(s) || "%20"}`);
    const bad = await probeAll(inputs, (p) => fetchProbe(p), wellBehaved);
    expect(bad, report(bad)).toEqual([]);
  }, 600_000);

  it("raw, unencoded and oversized paths", async () => {
    const raw = ["/api/nodes/%", "/api/nodes/%E0%A4%A", "/api/search?q=%", "/api/search?q=%ZZ", "/api/nodes/a%00b"];
    const huge = [`/api/search?q=${"x".repeat(1_000_000)}`, `/api/nodes/${"a".repeat(20_000)}`];
    for (const p of raw) expect(wellBehaved(await fetchProbe(p)), p).toBe(true);
    for (const p of huge) {
      const started = Date.now();
      const r = await fetch(`${baseUrl()}${p}`).catch(() => null);
      // Refused fast: a 4xx (413/414/431/400) or the connection closed by the server — never a 5xx.
      if (r) expect([400, 413, 414, 431]).toContain(r.status);
      expect(Date.now() - started).toBeLessThan(5_000);
    }
  });
});
