/**
 * Named views in three languages: every view of every default seed set has its title and description in English,
 * Japanese and Chinese (graph-seed/<set>/views.json: `title_ja`, `title_zh`, `description_ja`, `description_zh`),
 * the seed validation refuses a missing or malformed translation, and viewTitle / viewDescription pick the
 * page's language.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { loadSeedSet, SeedValidationError, type SeedProblem } from "@/lib/seed/validate";
import { viewDescription, viewTitle } from "@/lib/view-text";
import { DEFAULT_VIEW_SETS, listViewDefinitions } from "@/lib/views";
import { copyFixture, editJson } from "../support/seed-files";

const SEED = path.resolve(__dirname, "..", "..", "graph-seed");
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HAN = /\p{Script=Han}/u;

function problemsOf(dir: string): SeedProblem[] {
  try {
    loadSeedSet(dir);
  } catch (e) {
    if (e instanceof SeedValidationError) return e.problems;
    throw e;
  }
  throw new Error("expected the set to be invalid");
}

describe("named views: every default set's views in Japanese and Chinese", () => {
  const views = DEFAULT_VIEW_SETS.flatMap((set) => loadSeedSet(path.join(SEED, set)).views);

  it("covers the default sets' views", () => {
    expect(views.length).toBeGreaterThanOrEqual(20);
    expect(listViewDefinitions().map((v) => v.slug)).toEqual(views.map((v) => v.slug));
  });

  it.each(
    DEFAULT_VIEW_SETS.flatMap((set) => loadSeedSet(path.join(SEED, set)).views.map((v) => [set, v.slug] as const)),
  )("%s: %s has a Japanese and a Chinese title and description", (_set, slug) => {
    const v = views.find((x) => x.slug === slug)!;
    for (const text of [v.title_ja, v.title_zh, v.description_ja, v.description_zh]) {
      expect(typeof text).toBe("string");
      expect(text.trim()).not.toBe("");
    }
    // Japanese is written with kana (a sentence) or at least kanji (a short title such as 百モデル大戦).
    expect(v.description_ja).toMatch(KANA);
    expect(v.title_ja).toMatch(/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u);
    // Simplified Chinese: Han characters and no kana.
    for (const zh of [v.title_zh, v.description_zh]) {
      expect(zh).toMatch(HAN);
      expect(zh).not.toMatch(KANA);
    }
    expect(v.title_ja).not.toBe(v.title_zh);
    expect(v.description_ja).not.toBe(v.description_zh);
  });

  it("uses the deck's terms in Japanese and mainland terms in Chinese (lib/i18n/GLOSSARY.md)", () => {
    const bySlug = new Map(views.map((v) => [v.slug, v]));
    expect(bySlug.get("hundred-model-war")!.title_ja).toBe("百モデル大戦");
    expect(bySlug.get("hundred-model-war")!.title_zh).toBe("百模大战");
    expect(bySlug.get("baidu-wenxin-partners")!.title_ja).toContain("文心一言");
    expect(bySlug.get("alibaba-portfolio")!.description_ja).toContain("通義千問");
    expect(bySlug.get("alibaba-portfolio")!.description_zh).toContain("通义千问");
    expect(bySlug.get("since-the-deck")!.title_ja).toContain("レポート以降");
    expect(bySlug.get("since-the-deck")!.title_zh).toContain("报告之后");
    for (const v of views) expect(v.description_zh, v.slug).not.toContain("生成AI");
  });
});

describe("named views: the seed validation refuses a malformed translation", () => {
  const viewsFile = (dir: string) => path.join(dir, "views.json");

  it("accepts the fixture's translated view", () => {
    const set = loadSeedSet(copyFixture("fixture"));
    expect(set.views[0].title_ja).toBeTruthy();
  });

  type Case = [what: string, field: string, change: Record<string, unknown>];
  const english = "The companies classified as ecosystem builders, with the models they developed.";
  const cases: Case[] = [
    ["a missing Japanese title", "title_ja", { title_ja: undefined }],
    ["a missing Chinese description", "description_zh", { description_zh: undefined }],
    ["an empty Chinese title", "title_zh", { title_zh: "" }],
    ["surrounding spaces", "title_ja", { title_ja: " エコシステム構築型企業 " }],
    ["a number instead of text", "description_ja", { description_ja: 42 }],
    ["an object instead of text", "title_zh", { title_zh: { zh: "生态" } }],
    ["an untranslated copy of the English", "description_ja", { description_ja: english }],
    ["English where Chinese belongs", "title_zh", { title_zh: "Ecosystem builders" }],
    ["Latin text as Japanese", "description_ja", { description_ja: "Ecosystem builders." }],
    ["a title too long", "title_ja", { title_ja: "長".repeat(121) }],
    ["an unknown language field", "", { title_fr: "Les bâtisseurs" }],
  ];
  it.each(cases)("refuses %s", (_what, field, change) => {
    const dir = copyFixture("fixture");
    editJson(viewsFile(dir), (views: Record<string, unknown>[]) => {
      expect(views[0].description).toBe(english);
      for (const [k, v] of Object.entries(change)) {
        if (v === undefined) delete views[0][k];
        else views[0][k] = v;
      }
    });
    const problems = problemsOf(dir);
    expect(problems.length).toBeGreaterThan(0);
    const p = problems.find((x) => x.file.endsWith("views.json"));
    expect(p, JSON.stringify(problems)).toBeDefined();
    expect(p!.record).toBe("views[0]");
    if (field) expect(p!.field).toBe(field);
    else expect(p!.message).toMatch(/title_fr/);
  });
});

describe("viewTitle / viewDescription", () => {
  const view = {
    slug: "model-timeline",
    title: "Model timeline",
    title_ja: "モデルのタイムライン",
    title_zh: "模型时间轴",
    description: "Every model.",
    description_ja: "すべてのモデル。",
    description_zh: "全部模型。",
  };

  it("pick the page's language", () => {
    expect(LOCALES.map((l) => viewTitle(view, l))).toEqual(["Model timeline", "モデルのタイムライン", "模型时间轴"]);
    expect(LOCALES.map((l) => viewDescription(view, l))).toEqual(["Every model.", "すべてのモデル。", "全部模型。"]);
  });

  it("fall back to the English, then the slug (a partial or older API answer)", () => {
    expect(viewTitle({ slug: "x", title: "X" }, "ja")).toBe("X");
    expect(viewTitle({ slug: "x", title_zh: "" }, "zh")).toBe("x");
    expect(viewDescription({ description: "D" }, "zh")).toBe("D");
    expect(viewDescription({ slug: "x" }, "ja")).toBeUndefined();
  });
});
