/**
 * The link-preview fonts (lib/explore/fonts/, made by scripts/build-preview-font.ts): small, licensed, what the
 * manifest says they are, covering every character of the seed data and of the messages the picture shows — and
 * next/og really draws Chinese and Japanese with them, without looking for a font online.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { drawable, fontFamily, previewFonts } from "@/lib/explore/preview-fonts";
import manifest from "@/lib/explore/fonts/preview-fonts.json";
import { LOCALES } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import { FONT_DIR, fontCodePoints } from "../../scripts/build-preview-font";

const ROOT = path.resolve(__dirname, "..", "..");
const REBUILD = "run `npx tsx scripts/build-preview-font.ts` to rebuild the preview fonts";

function* strings(v: unknown): Generator<string> {
  if (typeof v === "string") yield v;
  else if (Array.isArray(v)) for (const x of v) yield* strings(x);
  else if (v && typeof v === "object") for (const x of Object.values(v)) yield* strings(x);
}
function jsonFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? jsonFiles(p) : e.name.endsWith(".json") ? [p] : [];
  });
}
/** Characters of `texts` the fonts do not cover (spaces and controls aside). */
function uncovered(texts: Iterable<string>): string[] {
  const covered = new Set(manifest.chars);
  const out = new Set<string>();
  for (const s of texts) for (const ch of s) if (!covered.has(ch) && !/[\p{C}\s]/u.test(ch)) out.add(ch);
  return [...out];
}

describe("the preview fonts", () => {
  it("are the committed WOFF files the manifest names, small, with their licence", () => {
    let total = 0;
    for (const f of manifest.fonts) {
      const data = fs.readFileSync(path.join(FONT_DIR, f.file));
      expect(data.toString("latin1", 0, 4), f.file).toBe("wOFF");
      expect(data.length, f.file).toBe(f.bytes);
      expect(crypto.createHash("sha256").update(data).digest("hex"), `${f.file}: ${REBUILD}`).toBe(f.sha256);
      total += data.length;
    }
    expect(manifest.fonts.map((f) => f.name)).toEqual(["Noto Sans SC", "Noto Sans JP"]);
    expect(total).toBeLessThan(1.5 * 1024 * 1024);
    expect(fs.readFileSync(path.join(FONT_DIR, "OFL.txt"), "utf8")).toContain("SIL Open Font License, Version 1.1");
    expect(previewFonts().map((f) => f.data.length)).toEqual(manifest.fonts.map((f) => f.bytes));
  });

  it("have a glyph for every character the manifest lists", () => {
    const maps = manifest.fonts.map((f) => fontCodePoints(fs.readFileSync(path.join(FONT_DIR, f.file))));
    const missing = [...manifest.chars].filter((ch) => !maps.some((m) => m.has(ch.codePointAt(0)!)));
    expect(missing).toEqual([]);
    // Japanese: kana in both, and the Japanese font has the deck's kanji forms.
    for (const ch of "あアー百戦認") expect(maps[1].has(ch.codePointAt(0)!), ch).toBe(true);
    for (const ch of "战图讯") expect(maps[0].has(ch.codePointAt(0)!), ch).toBe(true);
  });

  it("cover every character of the seed data (names, views, sources)", () => {
    const texts = jsonFiles(path.join(ROOT, "graph-seed")).flatMap((f) => [
      ...strings(JSON.parse(fs.readFileSync(f, "utf8"))),
    ]);
    expect(uncovered(texts), REBUILD).toEqual([]);
  });

  it("cover every message the picture shows, in every language", () => {
    const keys = [
      "common.app.name",
      "home.previewImage.subtitle",
      "home.previewImage.tagline",
      "home.previewImage.counts",
    ];
    const texts = LOCALES.flatMap((l) =>
      keys.map((k) => translator(l)(k, { nodes: "1", relationships: "2", app: "x" })),
    );
    // The titles lib/explore/preview.ts writes (explore.preview.*, explore.title.*), as the catalogues hold them.
    for (const l of LOCALES) {
      const explore = JSON.parse(
        fs.readFileSync(path.join(ROOT, "lib", "i18n", "messages", l, "explore.json"), "utf8"),
      );
      texts.push(...strings(explore.preview), ...strings(explore.title));
    }
    expect(uncovered(texts), REBUILD).toEqual([]);
  });
});

describe("drawable / fontFamily", () => {
  it("keep what the fonts draw and leave out the rest", () => {
    expect(drawable("Baidu (百度) · 文心一言")).toBe("Baidu (百度) · 文心一言");
    expect(drawable("百モデル大戦、レポート以降（2023年〜）")).toBe("百モデル大戦、レポート以降（2023年〜）");
    expect(drawable("百度 🚀\u0000 \n 𠀋 AI")).toBe("百度 AI");
  });

  it("put the language's own font first", () => {
    expect(fontFamily("ja")).toBe('"Noto Sans JP", "Noto Sans SC", sans-serif');
    expect(fontFamily("zh")).toBe('"Noto Sans SC", "Noto Sans JP", sans-serif');
    expect(fontFamily("en")).toBe('"Noto Sans SC", "Noto Sans JP", sans-serif');
  });
});

describe("next/og with the preview fonts", () => {
  afterEach(() => vi.unstubAllGlobals());

  async function png(text: string, lang: string): Promise<Buffer> {
    const { ImageResponse } = await import("next/og");
    const element = createElement(
      "div",
      {
        style: {
          width: "100%",
          height: "100%",
          display: "flex",
          background: "#fff",
          fontFamily: fontFamily(lang),
          fontSize: 40,
        },
      },
      drawable(text),
    );
    const res = new ImageResponse(element, { width: 400, height: 80, fonts: previewFonts() });
    return Buffer.from(await res.arrayBuffer());
  }

  it("draws Chinese and Japanese text, and never fetches a font", async () => {
    // next/og loads its WebAssembly from data: URLs; any other fetch would be satori looking for a missing glyph.
    const real = globalThis.fetch;
    const online: string[] = [];
    vi.stubGlobal("fetch", async (input: string | URL | Request, init?: RequestInit) => {
      const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
      if (url.startsWith("data:")) return real(input, init);
      online.push(url);
      throw new Error("no network: a glyph was missing");
    });
    const blank = await png("", "zh");
    const zh = await png("百度 文心一言", "zh");
    const zh2 = await png("腾讯 混元", "zh");
    const ja = await png("百モデル大戦", "ja");
    const ja2 = await png("テンセント", "ja");
    // Same-length texts give different pictures: glyphs, not empty boxes.
    for (const p of [zh, zh2, ja, ja2]) expect(p.equals(blank)).toBe(false);
    expect(zh.equals(zh2)).toBe(false);
    expect(ja.equals(ja2)).toBe(false);
    // The same Han drawn with the Japanese font first differs from the Chinese font's (glyph shapes differ).
    expect((await png("直角", "ja")).equals(await png("直角", "zh"))).toBe(false);
    expect(online).toEqual([]);
  }, 30_000);
});
