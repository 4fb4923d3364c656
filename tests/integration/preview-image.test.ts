/** Link previews that show the graph: `GET /api/preview?<link>` and the og:image tags that point at it. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { baseUrl } from "../support/neo4j";
import { hostileQuery, probeAll, type Probe } from "../support/fuzz";

async function png(query: string) {
  const res = await fetch(`${baseUrl()}/api/preview?${query}`);
  const body = Buffer.from(await res.arrayBuffer());
  return { status: res.status, type: res.headers.get("content-type"), body, width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

describe("GET /api/preview", () => {
  it("draws three different links as three different 1200x630 PNGs", async () => {
    const shots = await Promise.all(["v=founders-2023", "a=company:huawei,institute:baai", "n=company:iflytek"].map(png));
    for (const s of shots) {
      expect(s.status).toBe(200);
      expect(s.type).toBe("image/png");
      expect(s.body.subarray(1, 4).toString("latin1")).toBe("PNG");
      expect([s.width, s.height]).toEqual([1200, 630]);
    }
    const hashes = new Set(shots.map((s) => s.body.toString("base64")));
    expect(hashes.size).toBe(3);
    // The same link, the same picture (deterministic layout and colours).
    expect((await png("v=founders-2023")).body.equals(shots[0].body)).toBe(true);
  }, 60_000);

  it("gives the plain picture for a malformed link or one naming nothing, never a 500", async () => {
    const plain = await png("n=not-an-id");
    expect(plain.status).toBe(200);
    expect([plain.width, plain.height]).toEqual([1200, 630]);
    const nothing = await png("n=company:no-such-company");
    expect(nothing.status).toBe(200);
    expect(nothing.body.equals(plain.body)).toBe(false); // titled with what the link asked, still a picture
  }, 30_000);

  it("is what an explorer link's preview tags point at", async () => {
    const html = await (await fetch(`${baseUrl()}/explore?v=founders-2023`)).text();
    expect(html).toMatch(/<meta property="og:image" content="https?:\/\/[^"]+\/api\/preview\?v=founders-2023"/);
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image"/>');
  });

  it("answers every hostile query with a PNG", async () => {
    const runs = Math.ceil(Number(process.env.FUZZ_RUNS ?? 10_000) / 50);
    const inputs = fc.sample(hostileQuery(["v", "n", "q", "a", "x", "w"]), { numRuns: runs, seed: 20261202 }).map((q) => `/api/preview?${q}`);
    const bad = await probeAll(
      inputs,
      async (p): Promise<Probe> => {
        const res = await fetch(`${baseUrl()}${p}`);
        const body = Buffer.from(await res.arrayBuffer());
        return { path: p, status: res.status, body: res.headers.get("content-type") === "image/png" && body.subarray(1, 4).toString("latin1") === "PNG" };
      },
      (p) => p.status === 200 && p.body === true,
      4,
    );
    expect(bad.map((b) => `${b.status} ${b.path}`)).toEqual([]);
  }, 600_000);
});
