/**
 * Builds the exported HTML file's viewer (lib/export-html/viewer.ts) into public/export-viewer.js: one minified,
 * self-contained script (graphology + sigma) that each HTML export inlines. Run after changing the viewer; a unit
 * test checks the committed file is this build's output.
 */
import fs from "node:fs";
import path from "node:path";
import { build } from "esbuild";

export const VIEWER_OUT = path.join(__dirname, "..", "public", "export-viewer.js");

export async function buildViewer(): Promise<string> {
  const r = await build({
    entryPoints: [path.join(__dirname, "..", "lib", "export-html", "viewer.ts")],
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2020",
    write: false,
    legalComments: "none",
    logLevel: "silent",
  });
  return r.outputFiles[0].text;
}

if (require.main === module) {
  void buildViewer().then((js) => {
    fs.writeFileSync(VIEWER_OUT, js);
    console.log(`build-viewer: wrote ${path.relative(process.cwd(), VIEWER_OUT)} (${(js.length / 1000).toFixed(1)} kB)`);
  });
}
