import { describe, expect, it } from "vitest";
import { compareText, formatDate, formatNumber } from "@/lib/i18n/format";
import { isLocale, localePath, switchLocale } from "@/lib/i18n/locales";
import { say } from "@/lib/i18n/messages";
import { EMPTY_STATE, exploreHref, parseViewState, problemHref, readProblem, serializeViewState } from "@/lib/url/view-state";

describe("locale paths", () => {
  it("put the locale first, keeping the query", () => {
    expect(localePath("ja", "/")).toBe("/ja");
    expect(localePath("ja", "/?error=x")).toBe("/ja?error=x");
    expect(localePath("zh", "/explore?v=a")).toBe("/zh/explore?v=a");
    expect(switchLocale("/ja/explore?v=a&l=zh", "en")).toBe("/en/explore?v=a&l=zh");
    expect(switchLocale("/ja", "zh")).toBe("/zh");
    expect(switchLocale("/explore?v=a", "ja")).toBe("/ja/explore?v=a");
    expect(switchLocale("/japan", "en")).toBe("/en/japan");
    expect(isLocale("ja")).toBe(true);
    expect(isLocale("fr")).toBe(false);
    expect(isLocale("__proto__")).toBe(false);
  });
});

describe("the label language follows the interface language unless the link picks one", () => {
  it("defaults to the page's locale and leaves l out when it is the same", () => {
    const ja = parseViewState("v=ernie-partners", "ja");
    expect(ja.ok && ja.state.lang).toBe("ja");
    expect(ja.ok && exploreHref(ja.state)).toBe("/ja/explore?v=ernie-partners");
    const picked = parseViewState("v=ernie-partners&l=zh", "ja");
    expect(picked.ok && picked.state.lang).toBe("zh");
    expect(picked.ok && serializeViewState(picked.state)).toBe("v=ernie-partners&l=zh");
    // Today's links (no locale, English labels unless l=): the same state as before on /en.
    const old = parseViewState("v=ernie-partners");
    expect(old.ok && old.state.lang).toBe("en");
    expect(old.ok && exploreHref(old.state)).toBe("/en/explore?v=ernie-partners");
    expect(exploreHref({ ...EMPTY_STATE, locale: "zh", lang: "en" })).toBe("/zh/explore?l=en");
  });
});

describe("a link's problem", () => {
  it("is said in each language with the same values, and read back only when well-formed", () => {
    const r = parseViewState("n=Not%20An%20Id", "ja");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toBe('"Not An Id" is not a node id (like company:baidu).');
    expect(say("en", r.problem)).toBe(r.error);
    for (const l of ["ja", "zh"] as const) {
      const text = say(l, r.problem);
      expect(text).toContain("Not An Id");
      expect(text).not.toBe(r.error);
    }
    const href = problemHref("ja", r);
    expect(href.startsWith("/ja?error=")).toBe(true);
    const why = new URL(href, "http://x").searchParams.get("why");
    expect(readProblem(why)).toEqual(r.problem);
    for (const bad of ["", "{", "[]", '{"key":"common.app.name"}', '{"key":"link.x","values":{"a":{}}}', `{"key":"link.x","values":{"a":"${"y".repeat(300)}"}}`, 42, null])
      expect(readProblem(bad), String(bad)).toBeNull();
  });

  it("says the numbers of a too-long link in the locale's way", () => {
    const r = parseViewState(`q=${"x".repeat(9000)}`, "en");
    expect(!r.ok && r.error).toMatch(/The link is too long \(9,00\d characters; at most 8,192\)\./);
  });
});

describe("dates, numbers and sorting", () => {
  it("say partial dates at their precision", () => {
    expect(formatDate("2023-03-16", "ja")).toBe("2023年3月16日");
    expect(formatDate("2023-03", "ja")).toBe("2023年3月");
    expect(formatDate("2023", "zh")).toBe("2023年");
    expect(formatDate("2023-03-16", "en")).toBe("Mar 16, 2023");
    expect(formatDate("not a date", "en")).toBe("not a date");
  });
  it("say large numbers the locale's way", () => {
    expect(formatNumber(1.75e12, "ja", { compact: true })).toBe("1.75兆");
    expect(formatNumber(1.75e12, "zh", { compact: true })).toBe("1.75万亿");
    expect(formatNumber(12345, "en")).toBe((12345).toLocaleString("en"));
  });
  it("sort CJK names", () => {
    const names = ["百度", "阿里巴巴", "腾讯"];
    expect([...names].sort(compareText("zh"))).toEqual(["阿里巴巴", "百度", "腾讯"]);
  });
});
