/** Security checks that run in npm test: headers on every page, CORS closed, no secret in what browsers get. */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EMBEDDED_DEV_PASSWORD } from "../../lib/env";
import { baseUrl, requireEnv } from "../support/neo4j";

const ROOT = path.resolve(__dirname, "..", "..");

function* walk(dir: string): Generator<string> {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(p);
    else yield p;
  }
}

describe("security headers", () => {
  // "/embedded" and "/embeds" are not the embed: only /embed itself (and below it) may be framed.
  for (const p of ["/", "/explore", "/console", "/api/health", "/api/search?q=baidu", "/api/nodes/x", "/embedded", "/explore?v=embed"]) {
    it(`are set on ${p}`, async () => {
      const res = await fetch(`${baseUrl()}${p}`, { redirect: "manual" });
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain("unsafe-eval");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(res.headers.get("x-powered-by")).toBeNull();
    });
  }

  it("let only /embed be framed, by any site, and keep the rest of its policy", async () => {
    for (const p of ["/embed", "/embed?v=model-timeline"]) {
      const res = await fetch(`${baseUrl()}${p}`, { redirect: "manual" });
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp, p).toContain("frame-ancestors *");
      expect(csp, p).not.toContain("frame-ancestors 'none'");
      expect(csp, p).toContain("default-src 'self'");
      expect(res.headers.get("x-frame-options"), p).toBeNull();
      expect(res.headers.get("x-content-type-options"), p).toBe("nosniff");
    }
  });

  it("keeps CORS closed on the API", async () => {
    const res = await fetch(`${baseUrl()}/api/search?q=baidu`, { headers: { Origin: "https://evil.example" } });
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    const pre = await fetch(`${baseUrl()}/api/search?q=baidu`, {
      method: "OPTIONS",
      headers: { Origin: "https://evil.example", "Access-Control-Request-Method": "GET" },
    });
    expect(pre.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("no secret reaches a browser", () => {
  it("the client build output holds neither the Neo4j password nor URI credentials", () => {
    const secrets = [requireEnv("NEO4J_PASSWORD"), EMBEDDED_DEV_PASSWORD];
    const staticDir = path.join(ROOT, process.env.NEXT_DIST_DIR ?? ".next", "static");
    const files = [...walk(staticDir)].filter((f) => /\.(js|css|html|json|txt|map)$/.test(f));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const text = fs.readFileSync(f, "utf8");
      for (const s of secrets) expect(text.includes(s), `${s.slice(0, 3)}… found in ${f}`).toBe(false);
      expect(/(bolt|neo4j)(\+s|\+ssc)?:\/\/[^/\s"']*:[^/\s"'@]*@/.test(text), `URI credentials in ${f}`).toBe(false);
    }
  });

  it("pages served to a browser hold no secret", async () => {
    for (const p of ["/", "/explore", "/console"]) {
      const html = await (await fetch(`${baseUrl()}${p}`)).text();
      expect(html).not.toContain(requireEnv("NEO4J_PASSWORD"));
      expect(html).not.toContain(EMBEDDED_DEV_PASSWORD);
    }
  });
});
