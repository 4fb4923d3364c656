/**
 * One Lighthouse run in a new Chromium: `node bench/lighthouse-run.mjs <url> <out.json>` writes the report (LHR).
 * Plain JavaScript run by node itself, apart from the bench's tsx process: tsx compiles functions with esbuild's
 * keepNames, which wraps them in `__name(…)`, and Lighthouse evaluates some of its functions in the page from their
 * source text, where `__name` does not exist ("__name is not defined"). Called by bench/lighthouse.ts.
 */
import fs from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const [url, out] = process.argv.slice(2);
if (!url || !out) {
  console.error("usage: node bench/lighthouse-run.mjs <url> <out.json>");
  process.exit(2);
}
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  chromeFlags: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
  logLevel: "silent",
});
try {
  const result = await lighthouse(url, {
    port: chrome.port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
  });
  if (!result) throw new Error("lighthouse returned no result");
  fs.writeFileSync(out, JSON.stringify(result.lhr));
} finally {
  chrome.kill();
}
