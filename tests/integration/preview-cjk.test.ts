/**
 * Link-preview images in Chinese and Japanese: `GET /api/preview?…&l=ja|zh` (or `hl=`) titles and labels the
 * picture in that language, drawn with the committed preview fonts (lib/explore/preview-fonts.ts). Without them
 * every CJK character would be left out, and the Japanese and Chinese pictures' titles and labels would be the
 * same Latin remnants — so the test compares regions of the decoded pictures.
 */
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { baseUrl } from "../support/neo4j";

const VIEW = "hundred-model-war"; // titled 百モデル大戦 / 百模大战 / The hundred-model war

interface Picture {
  width: number;
  height: number;
  /** One luminance byte per pixel, rows top to bottom. */
  gray: Uint8Array;
}

/** A PNG decoded to luminance: 8-bit grey, grey+alpha, RGB, RGBA or palette, not interlaced (what next/og writes). */
function decodePng(png: Buffer): Picture {
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  let at = 8;
  let width = 0;
  let height = 0;
  let type = 0;
  let palette: Buffer | undefined;
  const idat: Buffer[] = [];
  while (at < png.length) {
    const len = png.readUInt32BE(at);
    const kind = png.toString("latin1", at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + len);
    if (kind === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      type = data[9];
      expect({ depth: data[8], interlace: data[12] }).toEqual({ depth: 8, interlace: 0 });
    } else if (kind === "PLTE") palette = data;
    else if (kind === "IDAT") idat.push(data);
    else if (kind === "IEND") break;
    at += 12 + len;
  }
  const channels = ({ 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 } as Record<number, number>)[type];
  if (!channels) throw new Error(`PNG colour type ${type} is not handled`);
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const prev = new Uint8Array(stride);
  const row = new Uint8Array(stride);
  const gray = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? row[i - channels] : 0;
      const b = prev[i];
      const c = i >= channels ? prev[i - channels] : 0;
      const p = a + b - c;
      const pa = Math.abs(p - a);
      const pb = Math.abs(p - b);
      const pc = Math.abs(p - c);
      const paeth = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      const x = line[i];
      row[i] = (filter === 0 ? x : filter === 1 ? x + a : filter === 2 ? x + b : filter === 3 ? x + ((a + b) >> 1) : x + paeth) & 0xff;
    }
    for (let x = 0; x < width; x++) {
      const px = row.subarray(x * channels, (x + 1) * channels);
      let r: number, g: number, bl: number, alpha = 255;
      if (type === 3) [r, g, bl] = palette!.subarray(px[0] * 3, px[0] * 3 + 3);
      else if (type === 0 || type === 4) r = g = bl = px[0];
      else [r, g, bl] = px;
      if (type === 4) alpha = px[1];
      if (type === 6) alpha = px[3];
      // On white, as the picture's background is.
      const lum = 0.299 * r + 0.587 * g + 0.114 * bl;
      gray[y * width + x] = Math.round(255 - ((255 - lum) * alpha) / 255);
    }
    prev.set(row);
  }
  return { width, height, gray };
}

/** Rows [from, to) of the picture. */
const rows = (p: Picture, from: number, to: number) => Buffer.from(p.gray.subarray(from * p.width, to * p.width));
/** How many pixels of a region are dark (text, nodes). */
const ink = (region: Buffer) => region.reduce((n, v) => n + (v < 128 ? 1 : 0), 0);

// The layout (app/api/preview/route.tsx): a header of 86 px (the title's line from 18 px, 34 px type, then the
// subtitle), the graph below it.
const title = (p: Picture) => rows(p, 20, 62);
const graph = (p: Picture) => rows(p, 90, p.height);

async function picture(query: string): Promise<Picture> {
  const res = await fetch(`${baseUrl()}/api/preview?${query}`);
  expect(res.status, query).toBe(200);
  expect(res.headers.get("content-type")).toBe("image/png");
  const p = decodePng(Buffer.from(await res.arrayBuffer()));
  expect([p.width, p.height]).toEqual([1200, 630]);
  return p;
}

describe("GET /api/preview in Chinese and Japanese", () => {
  it("titles and labels the picture in the link's language, CJK included", async () => {
    const [en, ja, zh] = await Promise.all([picture(`v=${VIEW}`), picture(`v=${VIEW}&l=ja`), picture(`v=${VIEW}&l=zh`)]);
    // Three titles, each drawn: 百モデル大戦 and 百模大战 are not dropped to the same Latin remnant.
    for (const p of [en, ja, zh]) expect(ink(title(p))).toBeGreaterThan(300);
    expect(title(ja).equals(title(zh))).toBe(false);
    expect(title(ja).equals(title(en))).toBe(false);
    expect(title(zh).equals(title(en))).toBe(false);
    // The same layout, labelled in three languages: Japanese and Chinese names are drawn, not left out.
    expect(graph(ja).equals(graph(zh))).toBe(false);
    expect(graph(ja).equals(graph(en))).toBe(false);
    expect(graph(zh).equals(graph(en))).toBe(false);
  }, 60_000);

  it("speaks the page's language (hl=) whatever the labels' language (l=)", async () => {
    const [en, ja, jaPageEnglishLabels] = await Promise.all([picture(`v=${VIEW}`), picture(`v=${VIEW}&l=ja`), picture(`v=${VIEW}&l=en&hl=ja`)]);
    // The Japanese header (title and subtitle) over the English labels.
    expect(rows(jaPageEnglishLabels, 0, 86).equals(rows(ja, 0, 86))).toBe(true);
    expect(graph(jaPageEnglishLabels).equals(graph(en))).toBe(true);
  }, 60_000);

  it("draws the plain picture of a link that does not open in the page's language", async () => {
    const [ja, zh] = await Promise.all([picture("n=not-an-id&hl=ja"), picture("n=not-an-id&hl=zh")]);
    expect(ink(title(ja))).toBeGreaterThan(300);
    expect(title(ja).equals(title(zh))).toBe(false); // 中国生成AIグラフ, 中国生成式人工智能图谱
  }, 30_000);
});
