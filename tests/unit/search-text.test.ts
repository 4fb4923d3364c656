import { describe, expect, it } from "vitest";
import { buildSearchText, escapeLucene, normalizeForSearch } from "../../lib/search-text";

describe("search normalisation", () => {
  it("folds full-width letters and case, and collapses spaces", () => {
    expect(normalizeForSearch("  ＥＲＮＩＥ　Bot ")).toBe("ernie bot");
  });
  it("keeps each name on its own line so whole names and prefixes can be matched", () => {
    const t = buildSearchText(["Baidu", "百度", null, "百度", "Baidu, Inc."]);
    expect(t).toBe("\nbaidu\n百度\nbaidu, inc.\n");
  });
  it("escapes Lucene syntax so user text is never a query", () => {
    expect(escapeLucene('a+b (c) "d" AND e*')).toBe('a\\+b \\(c\\) \\"d\\" and e\\*');
  });
});
