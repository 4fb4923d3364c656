/**
 * The embedded Neo4j (neo4j-launcher/, a small Java module): build it, start it in the background, wait for Bolt,
 * stop it. Used by `npm run db:*`, `npm run dev` and the test runner (which uses its own port and directory).
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import neo4j from "neo4j-driver";

export const ROOT = path.resolve(__dirname, "..", "..");
const LAUNCHER = path.join(ROOT, "neo4j-launcher");
const CLASSPATH = [path.join(LAUNCHER, "target", "classes"), path.join(LAUNCHER, "target", "dependency", "*")].join(path.delimiter);

export interface EmbeddedOptions {
  port: number;
  dataDir: string;
  password: string;
  heap: string;
  pagecache?: string;
  txTimeoutSeconds?: number;
  /** Memory one transaction may use (e.g. "1g"); unset: no limit (the benchmarks load big sets in one transaction). */
  txMemoryMax?: string;
}

export const THREE_WAYS = `Neo4j can be had three ways:
  1. docker compose up            (the official neo4j:5.26 image plus the app; see README)
  2. NEO4J_URI=neo4j+s://... NEO4J_USER=... NEO4J_PASSWORD=...   (any Neo4j, Aura or cluster)
  3. the embedded default          (needs Java 17+ and Maven: apt-get install openjdk-17-jdk-headless maven)`;

function has(cmd: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;
}

export function isBuilt(): boolean {
  return fs.existsSync(path.join(LAUNCHER, "target", "classes", "dev", "cngraph", "EmbeddedNeo4j.class")) &&
    fs.existsSync(path.join(LAUNCHER, "target", "dependency"));
}

/** Builds the launcher once (mvn package dependency:copy-dependencies). */
export function buildLauncher(force = false): void {
  if (!force && isBuilt()) return;
  if (!has("java") || !has("mvn")) {
    throw new Error(`The embedded Neo4j needs Java 17+ and Maven, and ${!has("java") ? "java" : "mvn"} is not installed.\n${THREE_WAYS}`);
  }
  console.log("neo4j: building the embedded launcher (first run only; downloads Neo4j from Maven Central)...");
  execFileSync("mvn", ["-q", "-B", "package", "dependency:copy-dependencies"], { cwd: LAUNCHER, stdio: "inherit" });
}

export function portOpen(port: number, host = "127.0.0.1", timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ port, host });
    const done = (ok: boolean) => {
      s.destroy();
      resolve(ok);
    };
    s.setTimeout(timeoutMs, () => done(false));
    s.once("connect", () => done(true));
    s.once("error", () => done(false));
  });
}

/** True when Bolt answers on the port and accepts these credentials. */
export async function boltReady(port: number, password: string, user = "neo4j"): Promise<boolean> {
  if (!(await portOpen(port))) return false;
  const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic(user, password), { connectionTimeout: 2000 });
  try {
    await driver.executeQuery("RETURN 1");
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

function pidFile(dataDir: string) {
  return path.join(path.resolve(ROOT, dataDir), "launcher.pid");
}
function logFile(dataDir: string) {
  return path.join(path.resolve(ROOT, dataDir), "launcher.log");
}

export function runningPid(dataDir: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(pidFile(dataDir), "utf8").trim());
    if (!Number.isInteger(pid) || pid <= 0) return undefined;
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

/** Starts the embedded server in the background and resolves when Bolt answers. A no-op when it already runs. */
export async function startEmbedded(o: EmbeddedOptions, { timeoutMs = 180_000 } = {}): Promise<"started" | "already-running"> {
  if (await boltReady(o.port, o.password)) return "already-running";
  if (await portOpen(o.port)) {
    throw new Error(`Port ${o.port} is taken by something that does not accept our credentials. Stop it, or set NEO4J_EMBEDDED_PORT.`);
  }
  buildLauncher();
  const home = path.resolve(ROOT, o.dataDir);
  fs.mkdirSync(home, { recursive: true });
  try {
    fs.rmSync(pidFile(o.dataDir));
  } catch {
    /* none */
  }
  const out = fs.openSync(logFile(o.dataDir), "a");
  const child = spawn(
    "java",
    [`-Xms512m`, `-Xmx${o.heap}`, "-XX:+UseG1GC", "-XX:+ExitOnOutOfMemoryError", "-cp", CLASSPATH, "dev.cngraph.EmbeddedNeo4j"],
    {
      cwd: ROOT,
      detached: true,
      stdio: ["ignore", out, out],
      env: {
        ...process.env,
        NEO4J_HOME_DIR: home,
        NEO4J_BOLT_PORT: String(o.port),
        NEO4J_BOLT_HOST: "127.0.0.1",
        NEO4J_PASSWORD: o.password,
        NEO4J_USER: "neo4j",
        NEO4J_PAGECACHE: o.pagecache ?? "1g",
        NEO4J_TX_TIMEOUT_SECONDS: String(o.txTimeoutSeconds ?? 600),
        NEO4J_TX_MEMORY_MAX: o.txMemoryMax ?? "0",
      },
    },
  );
  let exited: number | null = null;
  child.on("exit", (code) => {
    exited = code ?? -1;
  });
  child.unref();
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited !== null) {
      throw new Error(`The embedded Neo4j exited (code ${exited}). Last log lines:\n${tail(logFile(o.dataDir))}`);
    }
    // Ready = Bolt accepts our password AND the launcher has finished start-up (it writes its pid last).
    if (fs.existsSync(pidFile(o.dataDir)) && (await boltReady(o.port, o.password))) return "started";
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The embedded Neo4j did not answer on port ${o.port} within ${timeoutMs / 1000} s.\n${tail(logFile(o.dataDir))}`);
}

function tail(file: string, lines = 20): string {
  try {
    return fs.readFileSync(file, "utf8").trim().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

/** Stops the embedded server (SIGTERM: a clean shutdown; SIGKILL after the timeout). */
export async function stopEmbedded(dataDir: string, timeoutMs = 60_000): Promise<"stopped" | "not-running"> {
  const pid = runningPid(dataDir);
  if (!pid) return "not-running";
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      try {
        fs.rmSync(pidFile(dataDir));
      } catch {
        /* gone */
      }
      return "stopped";
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  process.kill(pid, "SIGKILL");
  return "stopped";
}
