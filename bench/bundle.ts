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
  // Chunk paths are URL-encoded there (static/chunks/app/%5Blocale%5D/…); the files on disk are not.
  const groups = Object.values(manifest.clientModules ?? {}).map((m) => (m.chunks ?? []).filter((c) => c.endsWith(".js")).map(decodeURIComponent));
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

/**
 * The interface languages' cost at first load (issue 18): `/en|ja|zh/explore` and `/console` fetched from a running
 * app, as a browser gets them. The JavaScript is the page's `<script src>` files (gzip, level 9: the same measure as
 * benchBundle); the interface's messages are not in it — next-intl's provider serializes the locale's messages into
 * the page's RSC payload, so they arrive in the HTML (`self.__next_f.push(…)` scripts), also gzipped here. Growth =
 * the language's first-load bytes (JS + HTML) over English's, and the JS over the last build before the languages
 * (PRE_LANGUAGE_JS_KB, recorded: that build is not rebuilt in a run).
 */
export interface LocalePageRow {
  route: string;
  locale: string;
  status: number;
  scripts: number;
  jsGzipKb: number;
  /** The whole HTML document, gzipped (with the inline RSC payload that carries the messages). */
  htmlGzipKb: number;
  /** The inline RSC payload scripts alone, gzipped together. */
  payloadGzipKb: number;
  totalGzipKb: number;
  /** totalGzipKb / English's (same route). */
  vsEnglish: number;
  /** jsGzipKb / PRE_LANGUAGE_JS_KB[route]. */
  jsVsPreLanguage: number | null;
  error?: string;
}

/**
 * First-load JS gzip of the build before the interface languages (67c0c28, Next 16.4 webpack), counted the way
 * benchLocalePages counts (its pages `/explore`, `/console` from `next start`; bench/README.md, "Interface languages").
 */
export const PRE_LANGUAGE_JS_KB: Record<string, number> = { "/explore": 178.0, "/console": 173.5 };
export const LOCALE_GROWTH_TARGET = 1.1;

const gzKb = (buf: Buffer | string) => round(zlib.gzipSync(buf, { level: 9 }).length / 1000, 1);

export async function benchLocalePages(base: string, routes = ["/explore", "/console"], locales = ["en", "ja", "zh"]): Promise<LocalePageRow[]> {
  const rows: LocalePageRow[] = [];
  const scriptCache = new Map<string, number>();
  for (const route of routes) {
    let english: number | undefined;
    for (const locale of locales) {
      const row: LocalePageRow = { route, locale, status: 0, scripts: 0, jsGzipKb: 0, htmlGzipKb: 0, payloadGzipKb: 0, totalGzipKb: 0, vsEnglish: NaN, jsVsPreLanguage: null };
      try {
        // Twice: the first answer of a fresh server has been seen to differ (fewer scripts); the second is a visitor's.
        const url = `${base}${locale ? `/${locale}` : ""}${route}`; // "": a build before the locale segment
        await fetch(url, { redirect: "manual" }).then((r) => r.arrayBuffer());
        const res = await fetch(url, { redirect: "manual" });
        row.status = res.status;
        const html = await res.text();
        if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}`);
        // Every chunk the page names: its <script src> tags and the chunks its RSC payload lists for the client
        // components it renders (a streamed page such as /console names its page chunks only there; the browser
        // fetches them while hydrating). Not the `noModule` polyfills: a browser that runs modules skips them.
        const noModule = new Set(
          [...html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)].filter((m) => /nomodule/i.test(m[1] + m[3])).map((m) => m[2].replace(/^\/_next\//, "")),
        );
        const srcs = [...new Set([...html.matchAll(/static\/chunks\/[^"\\]+?\.js/g)].map((m) => m[0]))].filter((c) => !noModule.has(c)).map((c) => `/_next/${c}`);
        let js = 0;
        for (const src of srcs) {
          if (!scriptCache.has(src)) {
            const r = await fetch(new URL(src, base));
            scriptCache.set(src, zlib.gzipSync(Buffer.from(await r.arrayBuffer()), { level: 9 }).length);
          }
          js += scriptCache.get(src)!;
        }
        const payload = [...html.matchAll(/<script>(self\.__next_f\.push\([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("\n");
        row.scripts = srcs.length;
        row.jsGzipKb = round(js / 1000, 1);
        row.htmlGzipKb = gzKb(html);
        row.payloadGzipKb = gzKb(payload);
        row.totalGzipKb = round(row.jsGzipKb + row.htmlGzipKb, 1);
        english ??= row.totalGzipKb;
        row.vsEnglish = round(row.totalGzipKb / english, 3);
        row.jsVsPreLanguage = PRE_LANGUAGE_JS_KB[route] ? round(row.jsGzipKb / PRE_LANGUAGE_JS_KB[route], 3) : null;
      } catch (e) {
        row.error = (e as Error).message;
      }
      rows.push(row);
    }
  }
  return rows;
}
