/**
 * `npx tsx scripts/icons.ts`: draws public/icon.svg into the app's raster icons (public/favicon.ico with 16, 32
 * and 48 px images, public/apple-touch-icon.png at 180 px) in Debian's Chromium. Run it after changing the SVG.
 */
import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS } from "../playwright.config";

const PUBLIC = path.join(__dirname, "..", "public");

/** An ICO file holding PNG images (every browser since IE Vista reads them). */
function ico(pngs: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // icon
  header.writeUInt16LE(pngs.length, 4);
  let offset = 6 + 16 * pngs.length;
  const entries = pngs.map(({ size, data }) => {
    const e = Buffer.alloc(16);
    e.writeUInt8(size >= 256 ? 0 : size, 0);
    e.writeUInt8(size >= 256 ? 0 : size, 1);
    e.writeUInt16LE(1, 4); // colour planes
    e.writeUInt16LE(32, 6); // bits per pixel
    e.writeUInt32LE(data.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += data.length;
    return e;
  });
  return Buffer.concat([header, ...entries, ...pngs.map((p) => p.data)]);
}

async function main() {
  const svg = fs.readFileSync(path.join(PUBLIC, "icon.svg"), "utf8");
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  const draw = async (size: number) => {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace(/width="64" height="64"/, `width="${size}" height="${size}"`)}</body></html>`);
    return page.locator("svg").screenshot({ omitBackground: true });
  };
  const pngs = [];
  for (const size of [16, 32, 48]) pngs.push({ size, data: await draw(size) });
  fs.writeFileSync(path.join(PUBLIC, "favicon.ico"), ico(pngs));
  fs.writeFileSync(path.join(PUBLIC, "apple-touch-icon.png"), await draw(180));
  await browser.close();
  console.log("icons: wrote public/favicon.ico (16, 32, 48 px) and public/apple-touch-icon.png (180 px)");
}

void main();
