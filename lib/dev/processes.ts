/** Small helpers for the dev and test runners: run a command, start a server, wait for a URL. */
import { spawn, type ChildProcess } from "node:child_process";

export function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: "inherit", env });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on("error", () => resolve(127));
  });
}

/** Starts a long-running process in its own process group (so it can be stopped with its children). */
export function startBackground(cmd: string, args: string[], env: NodeJS.ProcessEnv, log?: (line: string) => void): ChildProcess {
  const child = spawn(cmd, args, { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const forward = (buf: Buffer) => {
    for (const line of buf.toString().split("\n")) if (line.trim()) (log ?? console.log)(line);
  };
  child.stdout?.on("data", forward);
  child.stderr?.on("data", forward);
  return child;
}

export function stopBackground(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.pid === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        /* gone */
      }
      resolve();
    }, 10_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      clearTimeout(timer);
      resolve();
    }
  });
}

export async function waitForUrl(url: string, timeoutMs: number, ok: (status: number) => boolean = (s) => s === 200): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "";
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (ok(res.status)) return;
      last = `status ${res.status}`;
    } catch (e) {
      last = (e as Error).message;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s (${last})`);
}
