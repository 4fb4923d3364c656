/**
 * npm test: the whole suite against real parts. Starts its own Neo4j (port 7697, .data/test-neo4j — never the
 * user's data), seeds it through the real loader, builds and starts the app, runs vitest (unit + integration)
 * and Playwright (Debian's Chromium), stops what it started, and ends with one line "N passed, N failed".
 *
 * Beside it, two databases we did not design (issue 17): an embedded Neo4j per public example graph of
 * tests/fixtures/ (movies on 7695, northwind on 7694), started and loaded by scripts/load-fixture.ts while lint and
 * the build run, each with a `next start` of the same build (3197, 3196; GRAPH_MODE=auto). Tests find them through
 * MOVIES_URL, NORTHWIND_URL, MOVIES_NEO4J_URI / _PASSWORD and NORTHWIND_NEO4J_URI / _PASSWORD (tests/support/neo4j.ts).
 */
import type { ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { portOpen, ROOT, startEmbedded, stopEmbedded } from "../lib/dev/embedded";
import { run, startBackground, stopBackground, waitForUrl } from "../lib/dev/processes";

const NEO4J_PORT = Number(process.env.TEST_NEO4J_PORT ?? 7697);
const APP_PORT = Number(process.env.TEST_APP_PORT ?? 3199);
const DATA_DIR = ".data/test-neo4j";
const RESULTS = path.join(ROOT, ".data", "test-results");
const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);

/** A fixture database and the app over it. `env` is the prefix of the variables the tests read (MOVIES_URL …). */
interface Foreign {
  name: "movies" | "northwind";
  env: "MOVIES" | "NORTHWIND";
  neo4jPort: number;
  appPort: number;
  dataDir: string;
  fixture: string;
  password: string;
  app?: ChildProcess;
  loader?: ChildProcess;
}
const FOREIGN: Foreign[] = [
  {
    name: "movies",
    env: "MOVIES",
    neo4jPort: Number(process.env.TEST_MOVIES_NEO4J_PORT ?? 7695),
    appPort: Number(process.env.TEST_MOVIES_APP_PORT ?? 3197),
    dataDir: ".data/test-neo4j-movies",
    fixture: "tests/fixtures/movies",
    password: crypto.randomBytes(12).toString("hex"),
  },
  {
    name: "northwind",
    env: "NORTHWIND",
    neo4jPort: Number(process.env.TEST_NORTHWIND_NEO4J_PORT ?? 7694),
    appPort: Number(process.env.TEST_NORTHWIND_APP_PORT ?? 3196),
    dataDir: ".data/test-neo4j-northwind",
    fixture: "tests/fixtures/northwind",
    password: crypto.randomBytes(12).toString("hex"),
  },
];
const boltUri = (f: Foreign) => `bolt://127.0.0.1:${f.neo4jPort}`;
const appUrl = (f: Foreign) => `http://127.0.0.1:${f.appPort}`;

/** Embedded servers being started: an interrupted run waits for them (they write their pid last) before stopping. */
const starting: Promise<unknown>[] = [];
function startTracked(...args: Parameters<typeof startEmbedded>) {
  const p = startEmbedded(...args);
  starting.push(p.catch(() => undefined));
  return p;
}

/** Runs a command with its output in a log file (not interleaved with lint's and the build's); resolves with its exit code. */
function runLogged(cmd: string, args: string[], env: NodeJS.ProcessEnv, logFile: string, onStart: (c: ChildProcess) => void): Promise<number> {
  return new Promise((resolve) => {
    const child = startBackground(cmd, args, env, (l) => fs.appendFileSync(logFile, l + "\n"));
    onStart(child);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on("error", () => resolve(127));
  });
}

/** Starts a fixture's Neo4j (a fresh directory) and loads its graph through scripts/load-fixture.ts. */
async function prepareForeign(f: Foreign, testEnv: NodeJS.ProcessEnv): Promise<void> {
  const started = Date.now();
  // Its directory is fresh and a server left by an earlier run was stopped: anything on the port is someone else's.
  if (await portOpen(f.neo4jPort)) throw new Error(`port ${f.neo4jPort} (the ${f.name} fixture's Neo4j) is in use. Stop that or set TEST_${f.env}_NEO4J_PORT.`);
  const opts = { port: f.neo4jPort, dataDir: f.dataDir, password: f.password, heap: "512m", pagecache: "128m" };
  await startTracked({ ...opts, txTimeoutSeconds: 120, txMemoryMax: "256m" });
  const log = path.join(RESULTS, `load-${f.name}.log`);
  const env = { ...testEnv, NEO4J_URI: boltUri(f), NEO4J_PASSWORD: f.password };
  const code = await runLogged(bin("tsx"), ["scripts/load-fixture.ts", f.fixture, "--uri", boltUri(f)], env, log, (c) => (f.loader = c));
  const out = fs.existsSync(log) ? fs.readFileSync(log, "utf8").trim() : "";
  if (code !== 0) throw new Error(`loading ${f.fixture} into ${boltUri(f)} failed (exit ${code}):\n${out}`);
  const size = /(\d+ nodes, \d+ relationships)/.exec(out)?.[1] ?? "loaded";
  console.log(`test: ${f.name}: Neo4j on port ${f.neo4jPort} up and loaded in ${Math.round((Date.now() - started) / 1000)} s (${size})`);
}

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

function vitestCounts(file: string): Counts {
  try {
    const r = JSON.parse(fs.readFileSync(file, "utf8"));
    return {
      passed: r.numPassedTests ?? 0,
      failed: (r.numFailedTests ?? 0) + (r.numTotalTestSuites && r.success === false && !r.numFailedTests ? 1 : 0),
      skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
    };
  } catch {
    return { passed: 0, failed: 1, skipped: 0 };
  }
}

function playwrightCounts(file: string): Counts {
  try {
    const r = JSON.parse(fs.readFileSync(file, "utf8"));
    const s = r.stats ?? {};
    return { passed: (s.expected ?? 0) + (s.flaky ?? 0), failed: (s.unexpected ?? 0) + (r.errors?.length ?? 0), skipped: s.skipped ?? 0 };
  } catch {
    return { passed: 0, failed: 1, skipped: 0 };
  }
}

async function main() {
  const started = Date.now();
  fs.rmSync(RESULTS, { recursive: true, force: true });
  fs.mkdirSync(RESULTS, { recursive: true });
  const password = crypto.randomBytes(12).toString("hex");
  const testEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_URI: `bolt://127.0.0.1:${NEO4J_PORT}`,
    NEO4J_USER: "neo4j",
    NEO4J_PASSWORD: password,
    NEO4J_DATABASE: "neo4j",
    BASE_URL: `http://127.0.0.1:${APP_PORT}`,
    APP_URL: `http://127.0.0.1:${APP_PORT}`,
    NEXT_TELEMETRY_DISABLED: "1",
    TEST_NEO4J_DATA_DIR: DATA_DIR,
    // Tests tell clients apart by X-Forwarded-For, and the property-based tests send tens of thousands of requests.
    TRUST_PROXY: "on",
    API_RATE_LIMIT_PER_MINUTE: "0",
    // The fixture databases and the apps over them (issue 17).
    ...Object.fromEntries(
      FOREIGN.flatMap((f) => [
        [`${f.env}_URL`, appUrl(f)],
        [`${f.env}_NEO4J_URI`, boltUri(f)],
        [`${f.env}_NEO4J_PASSWORD`, f.password],
      ]),
    ),
  };
  let app: ReturnType<typeof startBackground> | undefined;
  const dataDirs = [DATA_DIR, ...FOREIGN.map((f) => f.dataDir)];
  const stopAll = () =>
    Promise.all([
      stopBackground(app),
      ...FOREIGN.flatMap((f) => [stopBackground(f.app), stopBackground(f.loader)]),
      ...dataDirs.map((d) => stopEmbedded(d).catch(() => undefined)),
    ]);
  const total: Counts = { passed: 0, failed: 0, skipped: 0 };
  // Interrupted (Ctrl-C, a CI timeout): stop what this run started, so no server outlives it on its ports.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      const settled = Promise.race([Promise.all(starting), new Promise((r) => setTimeout(r, 30_000))]);
      void settled.then(stopAll).finally(() => process.exit(130));
    });
  }
  const appPorts: [number, string][] = [[APP_PORT, "TEST_APP_PORT"], ...FOREIGN.map((f): [number, string] => [f.appPort, `TEST_${f.env}_APP_PORT`])];
  for (const [port, variable] of appPorts) {
    if (await portOpen(port)) {
      console.error(`test: port ${port} is in use (a server left by an earlier run?). Stop it or set ${variable}.`);
      console.log("0 passed, 1 failed");
      process.exit(1);
    }
  }
  try {
    // A test server left by an interrupted run is stopped before its data directory is wiped.
    await Promise.all(dataDirs.map((d) => stopEmbedded(d).catch(() => undefined)));
    for (const d of dataDirs) fs.rmSync(path.join(ROOT, d), { recursive: true, force: true });
    // The fixture databases start and load while lint and the build run. A failure is kept (nothing may reject
    // unhandled meanwhile) and thrown once the build is done, before the apps start.
    console.log(`test: starting and loading the fixture databases (${FOREIGN.map((f) => `${f.name} on port ${f.neo4jPort}`).join(", ")}) in the background...`);
    const foreignReady = Promise.all(FOREIGN.map((f) => prepareForeign(f, testEnv))).then(
      () => undefined,
      (e: Error) => e,
    );
    // Lint first: zero warnings, counted as one check (npm run lint).
    console.log("test: eslint (zero warnings)...");
    const lintCode = await run(bin("eslint"), [".", "--max-warnings", "0"], testEnv);
    if (lintCode === 0) total.passed += 1;
    else {
      console.error("test: eslint reported problems (npm run lint)");
      total.failed += 1;
    }
    console.log(`test: starting a fresh Neo4j on port ${NEO4J_PORT} and building the app...`);
    const skipBuild = process.env.TEST_SKIP_BUILD === "1" && fs.existsSync(path.join(ROOT, ".next", "BUILD_ID"));
    const [, buildCode] = await Promise.all([
      startTracked({ port: NEO4J_PORT, dataDir: DATA_DIR, password, heap: "2g", pagecache: "512m", txTimeoutSeconds: 120, txMemoryMax: "512m" }),
      // webpack, not Next 16's default Turbopack: the same build as `npm run build` (see next.config.js).
      skipBuild ? Promise.resolve(0) : run(bin("next"), ["build", "--webpack"], { ...testEnv, NODE_ENV: "production" }),
    ]);
    if (buildCode !== 0) throw new Error(`next build failed (exit ${buildCode})`);
    const foreignError = await foreignReady;
    if (foreignError) throw foreignError;
    // The default sets (the deck, then what came after it), or the fixture in a checkout without them.
    const seedArgs = fs.existsSync(path.join(ROOT, "graph-seed", "ecosystem", "data")) ? [] : ["graph-seed/fixture"];
    if ((await run(bin("tsx"), ["scripts/seed.ts", ...seedArgs], testEnv)) !== 0) throw new Error(`seeding ${seedArgs.join(" ") || "the default sets"} failed`);

    app = startBackground(process.execPath, [path.join(ROOT, "scripts", "start.mjs"), "-p", String(APP_PORT), "-H", "127.0.0.1"], { ...testEnv, NODE_ENV: "production" }, (l) =>
      fs.appendFileSync(path.join(RESULTS, "app.log"), l + "\n"),
    );
    // The same build over each fixture database; GRAPH_MODE=auto finds that they are not ours.
    for (const f of FOREIGN) {
      const env: NodeJS.ProcessEnv = { ...testEnv, NODE_ENV: "production", NEO4J_URI: boltUri(f), NEO4J_PASSWORD: f.password, GRAPH_MODE: "auto", BASE_URL: appUrl(f), APP_URL: appUrl(f) };
      f.app = startBackground(process.execPath, [path.join(ROOT, "scripts", "start.mjs"), "-p", String(f.appPort), "-H", "127.0.0.1"], env, (l) =>
        fs.appendFileSync(path.join(RESULTS, `app-${f.name}.log`), l + "\n"),
      );
    }
    await Promise.all([testEnv.BASE_URL!, ...FOREIGN.map(appUrl)].map((u) => waitForUrl(`${u}/api/health`, 90_000)));
    console.log(`test: apps up: ${testEnv.BASE_URL} (ours), ${FOREIGN.map((f) => `${appUrl(f)} (${f.name})`).join(", ")}`);

    console.log("test: vitest (unit + integration)...");
    const vitestJson = path.join(RESULTS, "vitest.json");
    await run(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`], testEnv);
    const v = vitestCounts(vitestJson);

    console.log("test: playwright (Chromium)...");
    const pwJson = path.join(RESULTS, "playwright.json");
    await run(bin("playwright"), ["test", "--reporter=list,json"], { ...testEnv, PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson });
    const p = playwrightCounts(pwJson);

    for (const c of [v, p]) {
      total.passed += c.passed;
      total.failed += c.failed;
      total.skipped += c.skipped;
    }
    console.log(`test: vitest ${v.passed} passed, ${v.failed} failed; playwright ${p.passed} passed, ${p.failed} failed`);
  } catch (e) {
    console.error(`test: ${(e as Error).message}`);
    total.failed += 1;
  } finally {
    await stopAll();
    console.log(`test: done in ${Math.round((Date.now() - started) / 1000)} s`);
  }
  console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`);
  process.exit(total.failed > 0 || total.passed === 0 ? 1 : 0);
}

main();
