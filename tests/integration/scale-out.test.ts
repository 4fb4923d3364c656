/**
 * Past one machine (docs/scaling.md), what can be tried on one: two app instances of the same build, both on a
 * neo4j:// routing URI, behind one loopback proxy that alternates between them. Links and API answers are the
 * same whichever instance serves them, and so are their validators: an ETag from one is a 304 at the other.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireEnv } from "../support/neo4j";

const ROOT = path.resolve(__dirname, "..", "..");
const PORTS = [Number(process.env.TEST_SCALE_PORT_A ?? 3186), Number(process.env.TEST_SCALE_PORT_B ?? 3187)];

let apps: ChildProcess[] = [];
let proxy: http.Server;
let proxyUrl = "";
const upstreamAgent = new http.Agent({ keepAlive: true });

async function waitFor(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    if (Date.now() > until) throw new Error(`${url} did not answer within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** Round robin over the instances; says which one answered in `x-upstream`. */
function startProxy(ports: number[]): Promise<http.Server> {
  let next = 0;
  const server = http.createServer((req, res) => {
    const i = next++ % ports.length;
    const up = http.request(
      { host: "127.0.0.1", port: ports[i], path: req.url, method: req.method, headers: req.headers, agent: upstreamAgent },
      (ur) => {
        res.writeHead(ur.statusCode ?? 502, { ...ur.headers, "x-upstream": String(i) });
        ur.pipe(res);
      },
    );
    up.on("error", () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(up);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

beforeAll(async () => {
  // The test Neo4j's bolt:// address as a routing URI: the driver asks the server for its routing table first.
  const routing = requireEnv("NEO4J_URI").replace(/^bolt:/, "neo4j:");
  apps = PORTS.map((port) =>
    spawn(process.execPath, [path.join(ROOT, "scripts", "start.mjs"), "-p", String(port), "-H", "127.0.0.1"], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: "production", NEO4J_URI: routing, API_RATE_LIMIT_PER_MINUTE: "0" },
      stdio: "ignore",
      detached: true,
    }),
  );
  await Promise.all(PORTS.map((p) => waitFor(`http://127.0.0.1:${p}/api/health`, 90_000)));
  proxy = await startProxy(PORTS);
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
}, 120_000);

afterAll(async () => {
  upstreamAgent.destroy();
  await new Promise((r) => (proxy ? proxy.close(r) : r(undefined)));
  for (const a of apps) {
    try {
      if (a.pid) process.kill(-a.pid, "SIGTERM");
    } catch {
      /* already gone */
    }
  }
});

describe("two instances behind one proxy, on a neo4j:// routing URI", () => {
  it("both instances use the routing URI and reach the database", async () => {
    for (const p of PORTS) {
      const h = (await (await fetch(`http://127.0.0.1:${p}/api/health`)).json()) as { neo4j: { uri: string; available: boolean } };
      expect(h.neo4j.available).toBe(true);
      expect(h.neo4j.uri).toMatch(/^neo4j:\/\//);
    }
  });

  it("answer a view the same from either instance, with the same ETag", async () => {
    const got = [];
    for (let i = 0; i < 4; i++) {
      const res = await fetch(`${proxyUrl}/api/views/alibaba-portfolio`);
      expect(res.status).toBe(200);
      got.push({ upstream: res.headers.get("x-upstream"), etag: res.headers.get("etag"), body: await res.text() });
    }
    expect(got.map((g) => g.upstream)).toEqual(["0", "1", "0", "1"]);
    expect(new Set(got.map((g) => g.etag)).size).toBe(1);
    expect(new Set(got.map((g) => g.body)).size).toBe(1);
    expect(JSON.parse(got[0].body).graph.nodes.length).toBeGreaterThan(5);
  });

  it("revalidate at either instance: the ETag one gave is a 304 at the other", async () => {
    const first = await fetch(`${proxyUrl}/api/search?q=alibaba`);
    const etag = first.headers.get("etag") ?? "";
    expect(etag).not.toBe("");
    const answers = [];
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${proxyUrl}/api/search?q=alibaba`, { headers: { "If-None-Match": etag } });
      answers.push([res.headers.get("x-upstream"), res.status]);
    }
    expect(answers.map((a) => a[1])).toEqual([304, 304]);
    expect(new Set(answers.map((a) => a[0])).size).toBe(2);
  });

  it("serve a deep link's page from both instances", async () => {
    const titles = [];
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${proxyUrl}/en/explore?v=alibaba-portfolio`);
      expect(res.status).toBe(200);
      titles.push(/<title>([^<]*)<\/title>/.exec(await res.text())?.[1]);
    }
    expect(titles[0]).toMatch(/Alibaba/);
    expect(titles[1]).toBe(titles[0]);
  });
});
