/**
 * First-load JavaScript (gzip) of /explore and /console, from the build's manifests: the root main files every
 * App Router page loads (build-manifest.json's rootMainFiles), plus the root layout's and the page's chunks, each
 * gzipped. Chunks loaded later (the sigma canvas behind a dynamic import, the layout worker) are not first-load.
 *
 * Where the layout's and the page's chunks are recorded depends on the Next version:
 *   - Next 15 (webpack): app-build-manifest.json, pages["/layout"] and pages["<route>/page"];
 *   - Next 16 (no app-build-manifest.json): the page's client reference manifest,
 *     server/app/<route>/page_client-reference-manifest.js. With Turbopack its entryJSFiles lists the chunks of each
 *     entry of the page's tree: the root layout ("[project]/app/layout") and the page ("[project]/app/<route>/page").
 *     With webpack there is no entryJSFiles; each client module lists the chunk group of the entry it is part of, and
 *     the groups that hold static/chunks/app/layout-*.js and static/chunks/app/<route>/page-*.js are the layout's and
 *     the page's (what app-build-manifest.json had).
 *   Checked against the <script src> tags of /explore's HTML from `next start` (Next 16.4, both bundlers): the same
 *   files.
 */
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import zlib from "node:zlib";
import { ROOT } from "../lib/dev/embedded";
import { BENCH_DIST_DIR, round } from "./common";

export interface BundleRow {
  route: string;
  files: number;
  rawKb: number;
  gzipKb: number;
  /** Where the per-route chunks came from: "app-build-manifest" (Next 15) or "client-reference-manifest" (Next 16). */
  source?: string;
  /** The "First Load JS" column of `next build`'s output, when the log has one (Next 15; Next 16 prints none). */
  nextReported?: string;
}

function gz(file: string): { raw: number; gzip: number } {
  const buf = fs.readFileSync(file);
  return { raw: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length };
}

/** The layout's and the page's chunks from app-build-manifest.json (Next 15), or undefined when there is none. */
function fromAppBuildManifest(dist: string, route: string): string[] | undefined {
  const file = path.join(dist, "app-build-manifest.json");
  if (!fs.existsSync(file)) return undefined;
  const pages = (JSON.parse(fs.readFileSync(file, "utf8")) as { pages: Record<string, string[]> }).pages;
  const page = pages[`${route}/page`];
  return page ? [...(pages["/layout"] ?? []), ...page] : undefined;
}

interface ClientReferenceManifest {
  entryJSFiles?: Record<string, string[]>;
  /** webpack: per module, its chunk group as [id, file, id, file, …]. */
  clientModules?: Record<string, { chunks?: string[] }>;
}

/** The layout's and the page's chunks from the page's client reference manifest (Next 16), or undefined. */
function fromClientReferenceManifest(dist: string, route: string): string[] | undefined {
  // Pages under the locale segment (app/[locale]/explore, issue 16) have their manifests, chunks and layout there.
  const seg = fs.existsSync(path.join(dist, "server", "app", "[locale]")) ? "/[locale]" : "";
  const file = path.join(dist, "server", "app", ...`${seg}${route}`.split("/").filter(Boolean), "page_client-reference-manifest.js");
  if (!fs.existsSync(file)) return undefined;
  // The file is a script that assigns globalThis.__RSC_MANIFEST["<route>/page"]: run it in a context of its own.
  const context: { __RSC_MANIFEST?: Record<string, ClientReferenceManifest> } = {};
  vm.runInNewContext(fs.readFileSync(file, "utf8"), context, { filename: file });
  const manifest = context.__RSC_MANIFEST?.[`${seg}${route}/page`];
  if (!manifest) return undefined;
  if (manifest.entryJSFiles) {
    const entries = manifest.entryJSFiles;
    const pick = (suffix: string) => Object.entries(entries).filter(([k]) => k.endsWith(suffix)).flatMap(([, v]) => v);
    const page = pick(`/app${seg}${route}/page`);
    return page.length ? [...pick(`/app${seg}/layout`), ...page] : undefined;
  }
  const groups = Object.values(manifest.clientModules ?? {}).map((m) => (m.chunks ?? []).filter((c) => c.endsWith(".js")));
  const holding = (prefix: string) => groups.filter((g) => g.some((c) => c.startsWith(prefix))).flat();
  const page = holding(`static/chunks/app${seg}${route}/page-`);
  return page.length ? [...holding(`static/chunks/app${seg}/layout-`), ...page] : undefined;
}

export function benchBundle(routes = ["/explore", "/console"], buildLog?: string): BundleRow[] {
  const dist = path.join(ROOT, BENCH_DIST_DIR);
  const build = JSON.parse(fs.readFileSync(path.join(dist, "build-manifest.json"), "utf8")) as { rootMainFiles?: string[] };
  const log = buildLog && fs.existsSync(buildLog) ? fs.readFileSync(buildLog, "utf8") : "";
  return routes.map((route) => {
    const fromApp = fromAppBuildManifest(dist, route);
    const chunks = fromApp ?? fromClientReferenceManifest(dist, route);
    const files = new Set<string>([...(build.rootMainFiles ?? []), ...(chunks ?? [])]);
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
    // e.g. "├ ƒ /explore      12.3 kB   245 kB" (Next 15 only: Next 16 prints no sizes)
    const m = new RegExp(`[├└┌]\\s+\\S+\\s+${route.replace("/", "\\/")}\\s+([\\d.]+ k?B)\\s+([\\d.]+ k?B)`).exec(log);
    return {
      route,
      files: n,
      rawKb: round(raw / 1000, 1),
      gzipKb: round(gzip / 1000, 1),
      ...(chunks ? { source: fromApp ? "app-build-manifest" : "client-reference-manifest" } : {}),
      ...(m ? { nextReported: m[2] } : {}),
      ...(chunks ? {} : { nextReported: "route not in build" }),
    };
  });
}
