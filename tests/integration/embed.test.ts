/** The embeddable view through the real server: a bad link says what is wrong inside the frame. */
import { describe, expect, it } from "vitest";
import { baseUrl } from "../support/neo4j";

describe("the embed's bad links", () => {
  it("say in the frame what is wrong, and never a 5xx", async () => {
    for (const q of ["x=%%%", "n=not-an-id", "w=yesterday", `q=${"x".repeat(300)}`]) {
      const res = await fetch(`${baseUrl()}/embed?${q}`);
      expect(res.status, q).toBeLessThan(500);
      const html = await res.text();
      expect(html, q).toContain("This embedded graph cannot be shown:");
    }
  });
});
