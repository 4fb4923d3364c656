/**
 * The fonts of the link-preview images (app/api/preview): subsets of Noto Sans SC and Noto Sans JP (SIL Open Font
 * License 1.1), committed in lib/explore/fonts/ and made by scripts/build-preview-font.ts from the npm registry's
 * copies. They cover Latin, the kana and every character of the seed data and the message catalogues — nothing
 * else: `drawable` leaves the rest out of the picture, so satori never looks for a font online (its fallback
 * fetches fonts from the web) and never draws empty boxes.
 *
 * Read from the working directory at run time (like graph-seed/), which the Docker image keeps (it copies lib/).
 */
import "server-only";
import fs from "node:fs";
import path from "node:path";
import type { Lang } from "../graph/model";
import manifest from "./fonts/preview-fonts.json";

export const PREVIEW_FONT_DIR = path.join("lib", "explore", "fonts");

/** A font as next/og's ImageResponse takes it (`fonts` option). */
export interface PreviewFont {
  name: string;
  data: Buffer;
  weight: 400;
  style: "normal";
}

let fonts: PreviewFont[] | undefined;

/**
 * The preview fonts, read once: Noto Sans SC and Noto Sans JP. They carry no satori `lang` (satori would then not
 * count the other language's font as a fallback and fetch one online): `fontFamily` orders them instead, and a
 * glyph one lacks comes from the other. Missing files give no fonts (next/og's default Latin font then;
 * `drawable` keeps Latin only).
 */
export function previewFonts(): PreviewFont[] {
  if (fonts) return fonts;
  try {
    fonts = manifest.fonts.map((f) => ({
      name: f.name,
      data: fs.readFileSync(path.resolve(process.cwd(), PREVIEW_FONT_DIR, f.file)),
      weight: 400 as const,
      style: "normal" as const,
    }));
  } catch (e) {
    console.error(`The link-preview fonts in ${PREVIEW_FONT_DIR} cannot be read; previews draw Latin text only.`, e);
    fonts = [];
  }
  return fonts;
}

const COVERED = new Set(manifest.chars);
/** What next/og's own font (Geist) draws, when the preview fonts are missing. */
const LATIN = /[\u0020-\u024F\u2010-\u2027]/;

/**
 * `text` less what the preview fonts cannot draw (emoji, rare characters, controls), spaces collapsed: "百度 🚀"
 * → "百度". With the fonts missing, Latin only.
 */
export function drawable(text: string): string {
  const ok = previewFonts().length ? (ch: string) => COVERED.has(ch) : (ch: string) => LATIN.test(ch);
  let out = "";
  for (const ch of text) out += /\s/.test(ch) ? " " : ok(ch) ? ch : "";
  return out.replace(/ {2,}/g, " ").trim();
}

/**
 * The CSS font family for text in `lang`: its own font first, so Japanese gets Japanese glyph shapes and Chinese
 * (and the Chinese names of English pictures) Chinese ones — `["Noto Sans JP", "Noto Sans SC"]` for "ja".
 */
export function fontFamily(lang: Lang | string | undefined): string {
  const own = lang === "ja" ? "ja" : "zh";
  const names = [...manifest.fonts]
    .sort((a, b) => Number(b.lang === own) - Number(a.lang === own))
    .map((f) => `"${f.name}"`);
  return [...names, "sans-serif"].join(", ");
}
