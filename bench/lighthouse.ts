/**
 * Lighthouse (issue 18): the production app's pages as Lighthouse 12 sees them with its default settings — mobile
 * emulation (a 412 x 823 screen), simulated throttling (150 ms RTT, 1.6 Mbps, 4x CPU slowdown) — in Debian's
 * Chromium, on the real seed data (graph-seed/ecosystem + since-2023, what `npm run db:seed` writes) in a fresh
 * bench Neo4j, the way the overview bench's "graph-seed" row runs. Each page RUNS times in a new Chromium (cold
 * cache, storage reset by Lighthouse); the scores and metrics are the median of the runs, each figure on its own.
 * The report of the median run (Lighthouse's computeMedianRun: the run nearest the median FCP and TTI) is kept
 * in .data/bench-lighthouse/ for a closer look.
 *
 * Targets: every page >= 90 performance, CLS < 0.1, TBT < 300 ms.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { Result } from "lighthouse";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";
import { ROOT } from "../lib/dev/embedded";
import { run } from "../lib/dev/processes";
import { DEFAULT_VIEW_SETS } from "../lib/views";
import { startApp } from "./api";
import { BENCH_APP_PORT, bin, freshNeo4j, log, neo4jEnv, round } from "./common";

export const LIGHTHOUSE_TARGETS = { performance: 90, clsBelow: 0.1, tbtBelowMs: 300 } as const;

/** The pages audited: the home page, two named views, the whole-ecosystem overview, the console, an embed. */
export const LIGHTHOUSE_PAGES: { name: string; path: string }[] = [
  { name: "home", path: "/en" },
  { name: "view alibaba-portfolio", path: "/en/explore?v=alibaba-portfolio" },
  { name: "view baidu-wenxin-partners", path: "/en/explore?v=baidu-wenxin-partners" },
  { name: "overview", path: "/en/explore" },
  { name: "console", path: "/en/console" },
  { name: "embed alibaba-portfolio", path: "/en/embed?v=alibaba-portfolio" },
];

const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const REPORT_DIR = path.join(ROOT, ".data", "bench-lighthouse");

export interface LighthouseFigures {
  /** Category scores, 0–100. */
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  cls: number;
  tbtMs: number;
  lcpMs: number;
  fcpMs: number;
  speedIndexMs: number;
}

export interface LighthouseRun extends LighthouseFigures {
  /** Audits Lighthouse counts as failed (score below 0.9; not informative, manual or not applicable). */
  failing: string[];
  /** Lighthouse's estimate of this machine's speed (a mid-range phone ~1000; 2024 desktops 2000+). */
  benchmarkIndex: number | null;
  error?: string;
}

export interface LighthouseRow {
  page: string;
  path: string;
  runs: LighthouseRun[];
  /** How many of the runs completed (Lighthouse reported no runtime error). */
  completed: number;
  /** Each figure's median over the runs that completed. */
  median: LighthouseFigures | null;
  /** Audits failed in most completed runs (`runs`: in how many), with the median run's display value ("Potential savings of 120 KiB"). */
  failing: { id: string; runs: number; displayValue?: string }[];
  /** Whether the row meets the three targets (null: no completed run). */
  ok: boolean | null;
  error?: string;
}

export interface LighthouseResult {
  data: string;
  lighthouseVersion: string | null;
  userAgent: string | null;
  formFactor: string | null;
  throttlingMethod: string | null;
  runsPerPage: number;
  rows: LighthouseRow[];
}

const median = (xs: number[]): number => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const score = (lhr: Result, id: string): number | null => {
  const s = lhr.categories[id]?.score;
  return typeof s === "number" ? Math.round(s * 100) : null;
};
const metric = (lhr: Result, id: string): number => lhr.audits[id]?.numericValue ?? NaN;

function figuresOf(lhr: Result): LighthouseRun {
  const failing = Object.values(lhr.audits)
    .filter(
      (a) =>
        typeof a.score === "number" &&
        a.score < 0.9 &&
        !["manual", "informative", "notApplicable", "error"].includes(a.scoreDisplayMode),
    )
    .map((a) => a.id)
    .sort();
  return {
    performance: score(lhr, "performance"),
    accessibility: score(lhr, "accessibility"),
    bestPractices: score(lhr, "best-practices"),
    seo: score(lhr, "seo"),
    cls: round(metric(lhr, "cumulative-layout-shift"), 3),
    tbtMs: round(metric(lhr, "total-blocking-time"), 0),
    lcpMs: round(metric(lhr, "largest-contentful-paint"), 0),
    fcpMs: round(metric(lhr, "first-contentful-paint"), 0),
    speedIndexMs: round(metric(lhr, "speed-index"), 0),
    failing,
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    error: lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : undefined,
  };
}

/**
 * One Lighthouse run of `url` in a new Chromium (chrome-launcher; the flags are in bench/lighthouse-run.mjs), in a
 * plain node process: see there why not in this one.
 */
async function audit(url: string): Promise<Result> {
  const out = path.join(REPORT_DIR, "run.json");
  fs.rmSync(out, { force: true });
  const env = { ...process.env };
  delete env.NODE_OPTIONS; // no tsx loader in the child
  let stderr = "";
  const code = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, "bench", "lighthouse-run.mjs"), url, out], {
      cwd: ROOT,
      env,
      stdio: ["ignore", "ignore", "pipe"],
    });
    child.stderr.on("data", (b: Buffer) => (stderr += b.toString()));
    child.on("exit", (c) => resolve(c ?? 1));
    child.on("error", () => resolve(127));
  });
  if (code !== 0 || !fs.existsSync(out)) throw new Error(`lighthouse run failed (exit ${code}): ${stderr.trim().split("\n").slice(-3).join(" ")}`);
  return JSON.parse(fs.readFileSync(out, "utf8")) as Result;
}

/** Audits every page RUNS times against the app on BENCH_APP_PORT. Never throws: a failure is the row's error. */
export async function auditPages(label: string, pages = LIGHTHOUSE_PAGES): Promise<LighthouseResult> {
  const base = `http://127.0.0.1:${BENCH_APP_PORT}`;
  const result: LighthouseResult = {
    data: label,
    lighthouseVersion: null,
    userAgent: null,
    formFactor: null,
    throttlingMethod: null,
    runsPerPage: RUNS,
    rows: [],
  };
  fs.mkdirSync(REPORT_DIR, { recursive: true });
  for (const page of pages) {
    const row: LighthouseRow = { page: page.name, path: page.path, runs: [], completed: 0, median: null, failing: [], ok: null };
    const lhrs: Result[] = [];
    try {
      // A run Lighthouse itself reports as failed (NO_NAVSTART: "something went wrong with recording the trace",
      // now and then with this Chromium) is kept and retried, up to RUNS more attempts in all.
      for (let i = 0; lhrs.length < RUNS && i < 2 * RUNS; i++) {
        const lhr = await audit(base + page.path);
        const r = figuresOf(lhr);
        row.runs.push(r);
        if (!r.error) lhrs.push(lhr);
        result.lighthouseVersion ??= lhr.lighthouseVersion;
        result.userAgent ??= lhr.environment?.hostUserAgent ?? null;
        result.formFactor ??= lhr.configSettings.formFactor;
        result.throttlingMethod ??= lhr.configSettings.throttlingMethod;
        log(
          `lighthouse ${page.name} run ${i + 1} (${lhrs.length}/${RUNS} done): performance ${r.performance}, accessibility ${r.accessibility}, ` +
            `best practices ${r.bestPractices}, SEO ${r.seo}; CLS ${r.cls}, TBT ${r.tbtMs} ms, LCP ${r.lcpMs} ms, FCP ${r.fcpMs} ms` +
            (r.error ? ` — ${r.error}` : ""),
        );
      }
    } catch (e) {
      row.error = (e as Error).message.split("\n")[0];
    }
    const done = row.runs.filter((r) => !r.error);
    row.completed = done.length;
    if (done.length) {
      const m = (k: keyof LighthouseFigures) => median(done.map((r) => (r[k] ?? NaN) as number));
      const cat = (k: keyof LighthouseFigures) => (Number.isFinite(m(k)) ? m(k) : null);
      row.median = {
        performance: cat("performance"),
        accessibility: cat("accessibility"),
        bestPractices: cat("bestPractices"),
        seo: cat("seo"),
        cls: round(m("cls"), 3),
        tbtMs: round(m("tbtMs"), 0),
        lcpMs: round(m("lcpMs"), 0),
        fcpMs: round(m("fcpMs"), 0),
        speedIndexMs: round(m("speedIndexMs"), 0),
      };
      const medianRun = computeMedianRun(lhrs);
      const counts = new Map<string, number>();
      for (const r of done) for (const id of r.failing) counts.set(id, (counts.get(id) ?? 0) + 1);
      row.failing = [...counts]
        .filter(([, n]) => n * 2 > done.length)
        .map(([id, runs]) => ({ id, runs, displayValue: medianRun.audits[id]?.displayValue }))
        .sort((a, b) => a.id.localeCompare(b.id));
      row.ok =
        (row.median.performance ?? 0) >= LIGHTHOUSE_TARGETS.performance &&
        row.median.cls < LIGHTHOUSE_TARGETS.clsBelow &&
        row.median.tbtMs < LIGHTHOUSE_TARGETS.tbtBelowMs;
      const file = path.join(REPORT_DIR, `${page.name.replace(/[^a-z0-9]+/gi, "-")}.json`);
      fs.writeFileSync(file, JSON.stringify(medianRun));
    }
    result.rows.push(row);
  }
  return result;
}

/**
 * The default seed sets in a fresh bench Neo4j (the size's memory settings) and a new app server on them with their
 * views (handed to `onApp`, so the caller stops it whatever happens). Returns the data's label. The locale pages'
 * first load (bench/bundle.ts) and Lighthouse are measured on it.
 */
export async function startSeedApp(onApp: (app: ChildProcess) => void): Promise<string> {
  const sets = DEFAULT_VIEW_SETS.filter((s) => fs.existsSync(path.join(ROOT, "graph-seed", s, "data")));
  const label = `graph-seed (${sets.join(" + ")})`;
  log(`seeding ${label} into a fresh bench Neo4j (lighthouse, locale pages)…`);
  await freshNeo4j("S");
  if ((await run(bin("tsx"), ["scripts/seed.ts"], neo4jEnv())) !== 0) throw new Error(`db:seed ${label} failed`);
  const views = sets.map((s) => path.join(ROOT, "graph-seed", s, "views.json")).filter((f) => fs.existsSync(f));
  onApp(await startApp(views.join(",")));
  return label;
}
