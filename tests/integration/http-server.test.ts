/**
 * The HTTP server as a proxy in front of it sees it: keep-alive connections that outlast an idle spell, and
 * validators (ETag / 304) on the read endpoints.
 */
import http from "node:http";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { baseUrl, foreignUrl, testDriver } from "../support/neo4j";

const ROOT = path.resolve(__dirname, "..", "..");

/** GET on a keep-alive agent; resolves with the status and whether the request went out on a reused socket. */
function get(agent: http.Agent, url: string, headers: Record<string, string> = {}): Promise<{ status: number; reused: boolean; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent, headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, reused: req.reusedSocket, headers: res.headers, body }));
    });
    req.on("error", reject);
  });
}

describe("keep-alive", () => {
  it("a connection reused after 6 s idle (past Node's 5 s default) still gets an answer", async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const first = await get(agent, `${baseUrl()}/api/health`);
      expect(first.status).toBe(200);
      expect(first.headers["keep-alive"]).toMatch(/timeout=75\b/);
      await new Promise((r) => setTimeout(r, 6_000));
      const second = await get(agent, `${baseUrl()}/api/health`);
      expect(second.reused).toBe(true);
      expect(second.status).toBe(200);
    } finally {
      agent.destroy();
    }
  }, 20_000);

  it("scripts/start.mjs refuses a KEEP_ALIVE_TIMEOUT that is not a number of milliseconds", () => {
    for (const bad of ["abc", "75s", "-1", "999", "3600001", "1e5"]) {
      const r = spawnSync(process.execPath, [path.join(ROOT, "scripts", "start.mjs"), "-p", "1"], {
        env: { ...process.env, KEEP_ALIVE_TIMEOUT: bad },
        encoding: "utf8",
      });
      expect(r.status, bad).toBe(2);
      expect(r.stderr, bad).toContain("KEEP_ALIVE_TIMEOUT must be a whole number of milliseconds");
    }
  });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("validators on the read endpoints (ETag, 304)", () => {
  const reads = [
    "/api/search?q=baidu",
    "/api/search/graph?q=baidu",
    "/api/nodes/company:baidu",
    "/api/nodes/company:baidu/neighborhood?depth=1",
    "/api/views",
    "/api/views/alibaba-portfolio",
    "/api/overview?limit=50",
    "/api/paths?ids=company:baidu,company:alibaba",
    "/api/preview?v=alibaba-portfolio",
  ];
  for (const p of reads) {
    it(`${p}: a 200 with an ETag, a 304 without a body for it, a 200 for another`, async () => {
      const first = await fetch(`${baseUrl()}${p}`);
      expect(first.status).toBe(200);
      const etag = first.headers.get("etag") ?? "";
      expect(etag).toMatch(/^W\/"[A-Za-z0-9_-]{27}"$/);
      expect(first.headers.get("cache-control")).toMatch(/^public, (no-cache|max-age=600)$/);
      const again = await fetch(`${baseUrl()}${p}`, { headers: { "If-None-Match": etag } });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe("");
      expect(again.headers.get("etag")).toBe(etag);
      // A list of tags, the strong spelling of the same tag, and `*` match too (RFC 9110 weak comparison).
      for (const inm of [`W/"other", ${etag}`, etag.slice(2), "*"]) {
        expect((await fetch(`${baseUrl()}${p}`, { headers: { "If-None-Match": inm } })).status, inm).toBe(304);
      }
      const other = await fetch(`${baseUrl()}${p}`, { headers: { "If-None-Match": 'W/"not-this-one"' } });
      expect(other.status).toBe(200);
      expect(other.headers.get("etag")).toBe(etag);
    });
  }

  it("differ between URLs, and errors carry none (no-store)", async () => {
    const a = (await fetch(`${baseUrl()}/api/search?q=baidu`)).headers.get("etag");
    const b = (await fetch(`${baseUrl()}/api/search?q=alibaba`)).headers.get("etag");
    expect(a).not.toBe(b);
    for (const [p, status] of [["/api/nodes/company:no-such-entity", 404], ["/api/search?q=", 400], ["/api/nodes/company:baidu/neighborhood?depth=9", 400]] as const) {
      const res = await fetch(`${baseUrl()}${p}`, { headers: { "If-None-Match": "*" } });
      expect(res.status, p).toBe(status);
      expect(res.headers.get("etag"), p).toBeNull();
      expect(res.headers.get("cache-control"), p).toBe("no-store");
    }
    // The health check and the console are never validated.
    const health = await fetch(`${baseUrl()}/api/health`);
    expect(health.headers.get("etag")).toBeNull();
    expect(health.headers.get("cache-control")).toBe("no-store");
  });

  it("change when the data does: a node written beside the seed voids the ETag, removing it brings it back", async () => {
    const url = `${baseUrl()}/api/search?q=baidu`;
    const before = (await fetch(url)).headers.get("etag") ?? "";
    const driver = testDriver();
    try {
      await driver.executeQuery("CREATE (:Entity {id: 'etag-probe', seed_set: 'etag-probe', seed_version: '1'})");
      await sleep(1_200); // past the version's cache (VERSION_TTL_MS)
      const during = await fetch(url, { headers: { "If-None-Match": before } });
      expect(during.status).toBe(200);
      expect(during.headers.get("etag")).not.toBe(before);
    } finally {
      await driver.executeQuery("MATCH (n:Entity {id: 'etag-probe'}) DELETE n");
      await driver.close();
    }
    await sleep(1_200);
    expect((await fetch(url, { headers: { "If-None-Match": before } })).status).toBe(304);
  });

  it("on a database we did not design: the body's hash, 304 on a match", async () => {
    const url = `${foreignUrl("northwind")}/api/search?q=chai`;
    const first = await fetch(url);
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag") ?? "";
    expect(etag).toMatch(/^W\/"/);
    expect((await fetch(url, { headers: { "If-None-Match": etag } })).status).toBe(304);
    expect((await fetch(url, { headers: { "If-None-Match": 'W/"x"' } })).status).toBe(200);
  });
});
