/** CYPHER_CONSOLE=off: the API answers 404 (the page calls notFound() on the same setting; checked in a browser). */
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";

beforeAll(() => {
  vi.stubEnv("CYPHER_CONSOLE", "off");
});

describe("a switched-off console", () => {
  it("answers 404 on POST /api/cypher, without touching the database", async () => {
    const { POST } = await import("@/app/api/cypher/route");
    const req = new NextRequest("http://localhost/api/cypher", { method: "POST", body: JSON.stringify({ query: "RETURN 1" }) });
    const res = await POST(req, undefined as never);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: "console_disabled" } });
  });

});
