/**
 * First-load JavaScript (gzip) of /explore and /console, from the build's manifests: the root main files every
 * App Router page loads, plus the root layout's and the page's chunks (app-build-manifest.json), each gzipped.
 * Chunks loaded later (the sigma canvas behind next/dynamic, the layout worker) are not first-load.
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { ROOT } from "../lib/dev/embedded";
import { BENCH_DIST_DIR, round } from "./common";

export interface BundleRow {
  route: string;
  files: number;
  rawKb: number;
  gzipKb: number;
  /** The "First Load JS" column of `next build`'s output, when the log is at hand. */
  nextReported?: string;
}

function gz(file: string): { raw: number; gzip: number } {
  const buf = fs.readFileSync(file);
  return { raw: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length };
}

export function benchBundle(routes = ["/explore", "/console"], buildLog?: string): BundleRow[] {
  const dist = path.join(ROOT, BENCH_DIST_DIR);
  const build = JSON.parse(fs.readFileSync(path.join(dist, "build-manifest.json"), "utf8")) as { rootMainFiles?: string[] };
  const appManifestFile = path.join(dist, "app-build-manifest.json");
  const app = fs.existsSync(appManifestFile)
    ? (JSON.parse(fs.readFileSync(appManifestFile, "utf8")) as { pages: Record<string, string[]> }).pages
    : {};
  const log = buildLog && fs.existsSync(buildLog) ? fs.readFileSync(buildLog, "utf8") : "";
  return routes.map((route) => {
    const files = new Set<string>([...(build.rootMainFiles ?? []), ...(app["/layout"] ?? []), ...(app[`${route}/page`] ?? [])]);
    let raw = 0;
    let gzip = 0;
    let n = 0;
    for (const f of files) {
      if (!f.endsWith(".js")) continue;
      const s = gz(path.join(dist, f));
      raw += s.raw;
      gzip += s.gzip;
      n++;
    }
    // e.g. "├ ƒ /explore      12.3 kB   245 kB"
    const m = new RegExp(`[├└┌]\\s+\\S+\\s+${route.replace("/", "\\/")}\\s+([\\d.]+ k?B)\\s+([\\d.]+ k?B)`).exec(log);
    return {
      route,
      files: n,
      rawKb: round(raw / 1000, 1),
      gzipKb: round(gzip / 1000, 1),
      ...(m ? { nextReported: m[2] } : {}),
      ...(app[`${route}/page`] ? {} : { nextReported: "route not in build" }),
    };
  });
}
