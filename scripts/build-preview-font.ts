/**
 * `npx tsx scripts/build-preview-font.ts`: makes the fonts the link-preview images draw Chinese and Japanese with
 * (app/api/preview, lib/explore/preview-fonts.ts). Run it after adding data or messages with new characters:
 * tests/unit/preview-fonts.test.ts fails while some character of the seed data or the catalogues is not covered.
 *
 * The picture is rendered by next/og (satori), which reads TTF, OTF or WOFF (not WOFF2, not TTC), and a whole CJK
 * font is 5–10 MB, so each font is subset to the characters the app can show: every string of graph-seed's JSON
 * (names, aliases, descriptions, sources, views) and of the message catalogues, Latin, the kana and CJK
 * punctuation, and what Intl writes in ja and zh dates and numbers (年, 月, 万, 亿, 兆…). Text outside that is left
 * out of the picture (lib/explore/preview-fonts.ts `drawable`), so satori never goes looking for a font online.
 *
 * Sources, from the npm registry (nothing else is downloaded): Noto Sans SC and Noto Sans JP, Regular, as TTF in
 * @expo-google-fonts/noto-sans-sc and -jp (the Google Fonts builds; SIL Open Font License 1.1), subset with the
 * `subset-font` package (HarfBuzz in WebAssembly, offline). Both are fetched into a temporary directory with npm,
 * so the project does not depend on them. Writes lib/explore/fonts/: the two WOFF files, OFL.txt (the fonts'
 * licence, which travels with them) and preview-fonts.json (what was made from what, and the characters covered).
 */
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import zlib from "node:zlib";

const ROOT = path.join(__dirname, "..");
export const FONT_DIR = path.join(ROOT, "lib", "explore", "fonts");
export const MANIFEST = path.join(FONT_DIR, "preview-fonts.json");

const SUBSET_FONT = "subset-font@2.9.0";
/** The fonts, and the language each is preferred for (SC also for English pictures: their Han is Chinese names). */
const SOURCES = [
  {
    name: "Noto Sans SC",
    lang: "zh",
    package: "@expo-google-fonts/noto-sans-sc@0.4.3",
    file: "400Regular/NotoSansSC_400Regular.ttf",
    out: "NotoSansSC-Regular.subset.woff",
  },
  {
    name: "Noto Sans JP",
    lang: "ja",
    package: "@expo-google-fonts/noto-sans-jp@0.4.3",
    file: "400Regular/NotoSansJP_400Regular.ttf",
    out: "NotoSansJP-Regular.subset.woff",
  },
] as const;

/** Ranges always kept: Latin, general punctuation, arrows, CJK punctuation, kana, full-width forms. */
const RANGES: [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0x17f],
  [0x2010, 0x2027],
  [0x2030, 0x203a],
  [0x2190, 0x2199],
  [0x3000, 0x303f],
  [0x3041, 0x3096],
  [0x3099, 0x30ff],
  [0xff01, 0xff5e],
];
/** What Intl writes in ja and zh (dates, compact numbers) and a few common words of titles. */
const EXTRA = "年月日時分秒万亿億兆千百十零〇一二三四五六七八九";

/** Every string in a JSON value. */
function* strings(v: unknown): Generator<string> {
  if (typeof v === "string") yield v;
  else if (Array.isArray(v)) for (const x of v) yield* strings(x);
  else if (v && typeof v === "object") for (const x of Object.values(v)) yield* strings(x);
}

function jsonFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? jsonFiles(p) : e.name.endsWith(".json") ? [p] : [];
  });
}

/** The characters of the seed data and the catalogues (what a preview may have to draw), without controls. */
export function appCharacters(root = ROOT): Set<string> {
  const out = new Set<string>();
  for (const file of [
    ...jsonFiles(path.join(root, "graph-seed")),
    ...jsonFiles(path.join(root, "lib", "i18n", "messages")),
  ]) {
    for (const s of strings(JSON.parse(fs.readFileSync(file, "utf8")))) for (const ch of s) out.add(ch);
  }
  for (const ch of [...out]) if (/[\p{C}\s]/u.test(ch) && ch !== " ") out.delete(ch);
  return out;
}

/** What the fonts are asked to cover: the app's characters, the fixed ranges and EXTRA. */
export function wantedCharacters(root = ROOT): Set<string> {
  const out = appCharacters(root);
  for (const [a, b] of RANGES) for (let c = a; c <= b; c++) out.add(String.fromCodePoint(c));
  for (const ch of EXTRA) out.add(ch);
  return out;
}

/** The sfnt tables of a TTF/OTF or a WOFF (WOFF tables inflated). */
function sfntTables(buf: Buffer): Map<string, Buffer> {
  const tables = new Map<string, Buffer>();
  const sig = buf.toString("latin1", 0, 4);
  if (sig === "wOFF") {
    const n = buf.readUInt16BE(12);
    for (let i = 0; i < n; i++) {
      const e = 44 + i * 20;
      const tag = buf.toString("latin1", e, e + 4);
      const offset = buf.readUInt32BE(e + 4);
      const compLength = buf.readUInt32BE(e + 8);
      const origLength = buf.readUInt32BE(e + 12);
      const raw = buf.subarray(offset, offset + compLength);
      tables.set(tag, compLength < origLength ? zlib.inflateSync(raw) : raw);
    }
  } else if (sig === "\0\x01\0\0" || sig === "OTTO" || sig === "true") {
    const n = buf.readUInt16BE(4);
    for (let i = 0; i < n; i++) {
      const e = 12 + i * 16;
      tables.set(
        buf.toString("latin1", e, e + 4),
        buf.subarray(buf.readUInt32BE(e + 8), buf.readUInt32BE(e + 8) + buf.readUInt32BE(e + 12)),
      );
    }
  } else throw new Error(`not a TTF, OTF or WOFF font (signature ${JSON.stringify(sig)})`);
  return tables;
}

/** The code points a font maps to a glyph (its cmap's Unicode subtables, formats 4 and 12). */
export function fontCodePoints(buf: Buffer): Set<number> {
  const cmap = sfntTables(buf).get("cmap");
  if (!cmap) throw new Error("the font has no cmap table");
  const out = new Set<number>();
  const n = cmap.readUInt16BE(2);
  for (let i = 0; i < n; i++) {
    const platform = cmap.readUInt16BE(4 + i * 8);
    const encoding = cmap.readUInt16BE(6 + i * 8);
    if (!(platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))) continue;
    const t = cmap.subarray(cmap.readUInt32BE(8 + i * 8));
    const format = t.readUInt16BE(0);
    if (format === 4) {
      const segs = t.readUInt16BE(6) / 2;
      const ends = 14;
      const starts = ends + segs * 2 + 2;
      const deltas = starts + segs * 2;
      const rangeOffsets = deltas + segs * 2;
      for (let s = 0; s < segs; s++) {
        const end = t.readUInt16BE(ends + s * 2);
        const start = t.readUInt16BE(starts + s * 2);
        const delta = t.readInt16BE(deltas + s * 2);
        const ro = t.readUInt16BE(rangeOffsets + s * 2);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          let glyph: number;
          if (ro === 0) glyph = (c + delta) & 0xffff;
          else {
            const g = t.readUInt16BE(rangeOffsets + s * 2 + ro + (c - start) * 2);
            glyph = g === 0 ? 0 : (g + delta) & 0xffff;
          }
          if (glyph !== 0) out.add(c);
        }
      }
    } else if (format === 12) {
      const groups = t.readUInt32BE(12);
      for (let g = 0; g < groups; g++) {
        const start = t.readUInt32BE(16 + g * 12);
        const end = t.readUInt32BE(20 + g * 12);
        const glyph = t.readUInt32BE(24 + g * 12);
        for (let c = start; c <= end; c++) if (glyph + (c - start) !== 0) out.add(c);
      }
    }
  }
  return out;
}

export interface PreviewFontManifest {
  note: string;
  tool: string;
  license: string;
  fonts: {
    name: string;
    lang: "zh" | "ja";
    file: string;
    source: string;
    sourceFile: string;
    bytes: number;
    sha256: string;
  }[];
  /** The characters some font covers (the pictures draw only these), in code-point order. */
  chars: string;
}

const sha256 = (b: Buffer) => crypto.createHash("sha256").update(b).digest("hex");
const npm = (args: string[], cwd: string) =>
  execFileSync("npm", args, { cwd, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });

type SubsetFont = (font: Buffer, text: string, options: { targetFormat: "woff" | "truetype" }) => Promise<Buffer>;

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "preview-font-"));
  try {
    console.log(
      `preview font: fetching ${SUBSET_FONT} and ${SOURCES.map((s) => s.package).join(", ")} with npm into ${tmp}`,
    );
    npm(["init", "-y"], tmp);
    npm(["install", "--no-audit", "--no-fund", "--ignore-scripts", SUBSET_FONT], tmp);
    const subsetFont = (
      (await import(pathToFileURL(path.join(tmp, "node_modules", "subset-font", "index.js")).href)) as {
        default: SubsetFont;
      }
    ).default;

    const wanted = wantedCharacters();
    const made: { src: (typeof SOURCES)[number]; data: Buffer; covers: Set<number> }[] = [];
    let license = "";
    for (const src of SOURCES) {
      const tgz = npm(["pack", "--silent", src.package], tmp).trim().split("\n").pop()!;
      execFileSync("tar", ["-xzf", path.join(tmp, tgz), "-C", tmp, `package/${src.file}`, "package/LICENSE_FONT"]);
      const ttf = fs.readFileSync(path.join(tmp, "package", src.file));
      license = fs.readFileSync(path.join(tmp, "package", "LICENSE_FONT"), "utf8");
      const has = fontCodePoints(ttf);
      const text = [...wanted].filter((ch) => has.has(ch.codePointAt(0)!)).join("");
      const data = await subsetFont(ttf, text, { targetFormat: "woff" });
      made.push({ src, data, covers: fontCodePoints(data) });
      fs.rmSync(path.join(tmp, "package"), { recursive: true });
    }
    // The characters some font covers (satori falls back from one to the next): the preview draws only these.
    const chars = [...wanted]
      .map((ch) => ch.codePointAt(0)!)
      .filter((c) => made.some((m) => m.covers.has(c)))
      .sort((a, b) => a - b)
      .map((c) => String.fromCodePoint(c))
      .join("");

    const drawn = new Set(chars);
    const lost = [...appCharacters()].filter((ch) => !drawn.has(ch));
    if (lost.length)
      console.log(
        `preview font: no font has a glyph for ${lost.map((c) => `${c} U+${c.codePointAt(0)!.toString(16).toUpperCase()}`).join(", ")}: left out of the pictures`,
      );

    fs.mkdirSync(FONT_DIR, { recursive: true });
    for (const f of fs.readdirSync(FONT_DIR)) if (f.endsWith(".woff")) fs.rmSync(path.join(FONT_DIR, f));
    for (const m of made) fs.writeFileSync(path.join(FONT_DIR, m.src.out), m.data);
    fs.writeFileSync(path.join(FONT_DIR, "OFL.txt"), license);
    const manifest: PreviewFontManifest = {
      note: "Generated by scripts/build-preview-font.ts: subsets of Noto Sans SC and JP for the link-preview images. Do not edit.",
      tool: SUBSET_FONT,
      license: "SIL Open Font License 1.1 (OFL.txt)",
      fonts: made.map((m) => ({
        name: m.src.name,
        lang: m.src.lang,
        file: m.src.out,
        source: m.src.package,
        sourceFile: m.src.file,
        bytes: m.data.length,
        sha256: sha256(m.data),
      })),
      chars,
    };
    fs.writeFileSync(MANIFEST, JSON.stringify(manifest, null, 2) + "\n");
    const total = made.reduce((n, m) => n + m.data.length, 0);
    console.log(
      `preview font: wrote ${made.map((m) => `${m.src.out} (${(m.data.length / 1024).toFixed(0)} KiB)`).join(", ")} — ${[...chars].length} characters, ${(total / 1024).toFixed(0)} KiB in all`,
    );
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
