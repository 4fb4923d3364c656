/**
 * npm run bench [-- --sizes S,M,L] [--only load,api,render,analysis,bundle,lighthouse] [--no-build] [--seconds 5]
 *   [--render-sizes 1000,5000]
 *
 * Benchmarks on a synthetic ecosystem in the bench's own Neo4j (port 7690, .data/bench-neo4j — never the user's
 * data): load through `npm run db:seed`, the API under 1 and 32 clients, rendering in headless Chromium (with the
 * whole-ecosystem overview of `/explore`), the analysis (worker and main thread, no database) and the first-load
 * JavaScript, and Lighthouse on the pages over the real seed data. Every figure sits beside a baseline measured in the same run. Prints a table and writes
 * bench/results/<timestamp>.json. See bench/README.md.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT } from "../lib/dev/embedded";
import { run, stopBackground } from "../lib/dev/processes";
import { benchAnalysis } from "../bench/analysis";
import { benchApi, startApp } from "../bench/api";
import { benchBundle, benchLocalePages } from "../bench/bundle";
import { benchExport } from "../bench/export";
import { BENCH_APP_PORT, BENCH_DIST_DIR, bin, log, stopNeo4j } from "../bench/common";
import { generate, SIZES, writeSet, type SizeName } from "../bench/generate";
import { auditPages, startSeedApp } from "../bench/lighthouse";
import { benchLoad } from "../bench/load";
import { benchOverview, benchSeedOverview } from "../bench/overview";
import { pathPairs } from "../bench/path-pairs";
import { benchPreview } from "../bench/preview";
import { benchRender } from "../bench/render";
import { benchTimeline } from "../bench/timeline";
import { printReport } from "../bench/report";
import type { BenchResults } from "../bench/types";

type Part = "load" | "api" | "render" | "analysis" | "bundle" | "lighthouse";

function arg(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  return args[i].includes("=") ? args[i].split("=")[1] : args[i + 1];
}

function availableGiB(): number {
  const m = /MemAvailable:\s+(\d+)/.exec(fs.readFileSync("/proc/meminfo", "utf8"));
  return m ? Number(m[1]) / 1024 / 1024 : 0;
}

async function main() {
  const sizes = (arg("sizes") ?? "S,M,L").split(",").map((s) => s.trim().toUpperCase()) as SizeName[];
  for (const s of sizes) if (!(s in SIZES)) throw new Error(`unknown size ${s} (S, M or L)`);
  const only = new Set((arg("only") ?? "load,api,render,analysis,bundle,lighthouse").split(",").map((s) => s.trim()) as Part[]);
  const seconds = Number(arg("seconds") ?? 5);
  const noBuild = process.argv.includes("--no-build");
  const startedAt = new Date();
  const results: BenchResults = {
    startedAt: startedAt.toISOString(),
    machine: {
      cpus: os.cpus().length,
      memGiB: Math.round(os.totalmem() / 2 ** 30),
      availableGiB: Math.round(availableGiB() * 10) / 10,
      loadavgBefore: os.loadavg().map((x) => Math.round(x * 100) / 100),
      node: process.version,
    },
    sizes,
    load: [],
    api: [],
    render: [],
    overview: [],
    timeline: [],
    preview: [],
    analysis: null,
    bundle: [],
    lighthouse: null,
    skipped: [],
    errors: [],
  };
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "cngraph-bench-"));
  let app: Awaited<ReturnType<typeof startApp>> | undefined;
  const onSignal = () => {
    results.errors.push("interrupted");
    void stopBackground(app)
      .then(stopNeo4j)
      .finally(() => {
        writeResults(results, startedAt);
        process.exit(130);
      });
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    const needBuild = only.has("api") || only.has("render") || only.has("bundle") || only.has("lighthouse");
    const buildLog = path.join(ROOT, ".data", "bench-build.log");
    if (needBuild && !(noBuild && fs.existsSync(path.join(ROOT, BENCH_DIST_DIR, "BUILD_ID")))) {
      log(`building the app into ${BENCH_DIST_DIR} (next build)…`);
      fs.mkdirSync(path.dirname(buildLog), { recursive: true });
      const code = await runLogged(bin("next"), ["build", "--webpack"], { ...process.env, NEXT_DIST_DIR: BENCH_DIST_DIR, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" }, buildLog);
      if (code !== 0) throw new Error(`next build failed (exit ${code}); see ${buildLog}`);
    }
    if (only.has("bundle")) results.bundle = benchBundle(["/explore", "/console"], buildLog);
    if (only.has("analysis")) results.analysis = await benchAnalysis();
    if (only.has("analysis")) results.exports = benchExport();

    let rendered = false;
    for (const size of sizes) {
      if (size === "L" && availableGiB() < 14) {
        const msg = `L skipped: ${availableGiB().toFixed(1)} GiB available, L needs >= 14 GiB (10g heap for the one write transaction + 2g page cache + the loader)`;
        log(msg);
        results.skipped.push(msg);
        continue;
      }
      if (!only.has("load") && !only.has("api") && (rendered || !only.has("render"))) continue;
      log(`size ${size}: generating ${SIZES[size].nodes} nodes / ${SIZES[size].relationships} relationships…`);
      const set = generate(size);
      const dir = path.join(work, `synthetic-${size.toLowerCase()}`);
      writeSet(set, dir);
      try {
        if (only.has("load")) results.load.push(await benchLoad(size, dir));
        else {
          // API / render only: still load through the real loader, unmeasured.
          const { freshNeo4j, neo4jEnv } = await import("../bench/common");
          await freshNeo4j(size);
          if ((await run(bin("tsx"), ["scripts/seed.ts", dir], neo4jEnv())) !== 0) throw new Error("db:seed failed");
        }
        if (only.has("api") || (only.has("render") && !rendered)) {
          app = await startApp(path.join(dir, "views.json"));
          if (only.has("api")) {
            const pairs = pathPairs(set);
            const pools = { ids: set.sampleIds, terms: set.searchTerms, view: set.views[0], viewsFile: path.join(dir, "views.json"), pairs };
            results.api.push(await benchApi(size, app, pools, { seconds }));
            results.preview!.push(await benchPreview(size, { ids: set.sampleIds, terms: set.searchTerms, pairs, view: set.views[0].slug }));
          }
          if (only.has("render") && !rendered) {
            const renderSizes = arg("render-sizes")?.split(",").map(Number);
            await benchRender(renderSizes ? { sizes: renderSizes } : {}, results.render);
            results.overview.push(await benchOverview(`synthetic ${size}`));
            // The timeline on the named view: a hub and 500 partners, every relationship dated.
            results.timeline!.push(await benchTimeline(`synthetic ${size}`, `/en/explore?v=${set.views[0].slug}`));
            rendered = true;
            await stopBackground(app);
            // The real ecosystem's overview: the default seed sets in a fresh bench Neo4j, a new app server.
            app = undefined;
            const seed = await benchSeedOverview(size, (a) => (app = a));
            results.overview.push(seed);
            // The timeline on the real ecosystem (dated investments, releases, policies; undated items shown).
            results.timeline!.push(await benchTimeline(seed.data, "/en/explore"));
          }
          await stopBackground(app);
          app = undefined;
        }
      } catch (e) {
        const msg = `${size}: ${(e as Error).stack ?? e}`;
        console.error(`bench: ${msg}`);
        results.errors.push(msg);
      } finally {
        await stopBackground(app);
        app = undefined;
        await stopNeo4j();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
    if (only.has("lighthouse") || only.has("bundle")) {
      // The real seed data (a fresh bench Neo4j and a new app server), once, whatever the sizes: the interface
      // languages' first load (part of `bundle`) and Lighthouse.
      try {
        const label = await startSeedApp((a) => (app = a));
        if (only.has("bundle")) results.localePages = await benchLocalePages(`http://127.0.0.1:${BENCH_APP_PORT}`);
        if (only.has("lighthouse")) results.lighthouse = await auditPages(label);
      } catch (e) {
        const msg = `seed-data pages: ${(e as Error).stack ?? e}`;
        console.error(`bench: ${msg}`);
        results.errors.push(msg);
      } finally {
        await stopBackground(app);
        app = undefined;
        await stopNeo4j();
      }
    }
  } catch (e) {
    results.errors.push(String((e as Error).stack ?? e));
    console.error(`bench: ${(e as Error).message}`);
  } finally {
    await stopBackground(app);
    await stopNeo4j();
    fs.rmSync(work, { recursive: true, force: true });
  }
  writeResults(results, startedAt);
  process.exit(results.errors.length ? 1 : 0);
}

/** bench/results/<timestamp>.json and the table. Also called on SIGINT/SIGTERM with what was measured so far. */
function writeResults(results: BenchResults, startedAt: Date): void {
  results.machine.loadavgAfter = os.loadavg().map((x) => Math.round(x * 100) / 100);
  const outDir = path.join(ROOT, "bench", "results");
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `${startedAt.toISOString().replace(/[:.]/g, "-")}.json`);
  fs.writeFileSync(file, JSON.stringify(results, null, 2) + "\n");
  printReport(results);
  log(`results written to ${path.relative(ROOT, file)}`);
}

function runLogged(cmd: string, args: string[], env: NodeJS.ProcessEnv, logFile: string): Promise<number> {
  return import("node:child_process").then(
    ({ spawn }) =>
      new Promise((resolve) => {
        const out = fs.openSync(logFile, "w");
        const child = spawn(cmd, args, { cwd: ROOT, env, stdio: ["ignore", out, out] });
        child.on("exit", (code) => {
          fs.closeSync(out);
          resolve(code ?? 1);
        });
      }),
  );
}

main();
