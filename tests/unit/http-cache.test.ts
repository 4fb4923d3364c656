import { describe, expect, it } from "vitest";
import { matchesEtag, weakEtag } from "../../lib/api/http-cache";

describe("If-None-Match", () => {
  const tag = weakEtag("a", "b");
  it("matches the tag, weakly, in a list, and *", () => {
    expect(tag).toMatch(/^W\/"[A-Za-z0-9_-]{27}"$/);
    expect(matchesEtag(tag, tag)).toBe(true);
    expect(matchesEtag(tag.slice(2), tag)).toBe(true);
    expect(matchesEtag(`"x", W/"y" ,${tag}`, tag)).toBe(true);
    expect(matchesEtag("*", tag)).toBe(true);
  });
  it("does not match anything else", () => {
    expect(matchesEtag(null, tag)).toBe(false);
    expect(matchesEtag("", tag)).toBe(false);
    expect(matchesEtag(weakEtag("a", "c"), tag)).toBe(false);
    expect(matchesEtag(tag.replace(/"$/, ""), tag)).toBe(false);
    expect(matchesEtag("W/", tag)).toBe(false);
  });
  it("separates parts (no two part lists hash alike by concatenation)", () => {
    expect(weakEtag("ab", "c")).not.toBe(weakEtag("a", "bc"));
  });
});
