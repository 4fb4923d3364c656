/**
 * npm test: the whole suite against real parts. Starts its own Neo4j (port 7697, .data/test-neo4j — never the
 * user's data), seeds it through the real loader, builds and starts the app, runs vitest (unit + integration)
 * and Playwright (Debian's Chromium), stops what it started, and ends with one line "N passed, N failed".
 */
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
  };
  let app: ReturnType<typeof startBackground> | undefined;
  const total: Counts = { passed: 0, failed: 0, skipped: 0 };
  // Interrupted (Ctrl-C, a CI timeout): stop what this run started, so no server outlives it on its ports.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      void Promise.all([stopBackground(app), stopEmbedded(DATA_DIR).catch(() => undefined)]).finally(() => process.exit(130));
    });
  }
  if (await portOpen(APP_PORT)) {
    console.error(`test: port ${APP_PORT} is in use (a server left by an earlier run?). Stop it or set TEST_APP_PORT.`);
    console.log("0 passed, 1 failed");
    process.exit(1);
  }
  try {
    // A test server left by an interrupted run is stopped before its data directory is wiped.
    await stopEmbedded(DATA_DIR).catch(() => undefined);
    fs.rmSync(path.join(ROOT, DATA_DIR), { recursive: true, force: true });
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
      startEmbedded({ port: NEO4J_PORT, dataDir: DATA_DIR, password, heap: "2g", pagecache: "512m", txTimeoutSeconds: 120, txMemoryMax: "512m" }),
      // webpack, not Next 16's default Turbopack: the same build as `npm run build` (see next.config.js).
      skipBuild ? Promise.resolve(0) : run(bin("next"), ["build", "--webpack"], { ...testEnv, NODE_ENV: "production" }),
    ]);
    if (buildCode !== 0) throw new Error(`next build failed (exit ${buildCode})`);
    // The default sets (the deck, then what came after it), or the fixture in a checkout without them.
    const seedArgs = fs.existsSync(path.join(ROOT, "graph-seed", "ecosystem", "data")) ? [] : ["graph-seed/fixture"];
    if ((await run(bin("tsx"), ["scripts/seed.ts", ...seedArgs], testEnv)) !== 0) throw new Error(`seeding ${seedArgs.join(" ") || "the default sets"} failed`);

    app = startBackground(bin("next"), ["start", "-p", String(APP_PORT), "-H", "127.0.0.1"], { ...testEnv, NODE_ENV: "production" }, (l) =>
      fs.appendFileSync(path.join(RESULTS, "app.log"), l + "\n"),
    );
    await waitForUrl(`${testEnv.BASE_URL}/api/health`, 90_000);

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
    await stopBackground(app);
    await stopEmbedded(DATA_DIR).catch(() => undefined);
    console.log(`test: done in ${Math.round((Date.now() - started) / 1000)} s`);
  }
  console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`);
  process.exit(total.failed > 0 || total.passed === 0 ? 1 : 0);
}

main();
