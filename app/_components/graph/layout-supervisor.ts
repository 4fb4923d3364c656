/**
 * The main-thread side of layout.worker.ts, shaped like graphology's FA2LayoutSupervisor: start / stop /
 * resume / kill. `kill()` terminates the worker; call it on unmount (the sigma.js layouts story forgets to).
 */
import type { LayoutInput } from "@/lib/graph/layout";
import type { LayoutWorkerIn, LayoutWorkerOut } from "./layout.worker";

export type LayoutState = "idle" | "running" | "paused" | "done";
export interface LayoutStatus {
  state: LayoutState;
  /** The key of the run this status is about. */
  key?: string;
  done: number;
  total: number;
}

/** Progress statuses are passed on at most this often (the first and the last always). */
const STATUS_INTERVAL_MS = 200;

export class LayoutSupervisor {
  private worker: Worker | null = null;
  private killed = false;
  private runId = 0;
  private input: LayoutInput | null = null;
  private lastStatusAt = 0;
  status: LayoutStatus = { state: "idle", done: 0, total: 0 };

  constructor(private onMessage: (m: LayoutWorkerOut, input: LayoutInput) => void, private onStatus: (s: LayoutStatus) => void) {}

  /** The worker is created by the first run, not before: a canvas that never lays out never starts a thread. */
  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(new URL("./layout.worker.ts", import.meta.url), { type: "module" });
    w.onmessage = (e: MessageEvent<LayoutWorkerOut>) => {
      if (e.data.runId !== this.runId || !this.input) return; // a message from a superseded run
      const next = { ...this.status, state: e.data.kind === "done" ? "done" : this.status.state, done: e.data.done, total: e.data.total };
      // Progress re-renders React (the progress bar): a few times a second is enough; state changes at once.
      const now = performance.now();
      if (e.data.kind !== "progress" || now - this.lastStatusAt >= STATUS_INTERVAL_MS) this.setStatus(next);
      else this.status = next;
      this.onMessage(e.data, this.input);
    };
    w.onerror = () => this.setStatus({ ...this.status, state: "done" });
    this.worker = w;
    return w;
  }

  private setStatus(s: LayoutStatus): void {
    this.status = s;
    this.lastStatusAt = performance.now();
    this.onStatus(s);
  }
  private send(m: LayoutWorkerIn): void {
    if (this.killed) return;
    (m.kind === "start" ? this.ensureWorker() : this.worker)?.postMessage(m);
  }

  start(input: LayoutInput, key?: string): void {
    this.input = input;
    this.runId += 1;
    this.setStatus({ state: "running", key, done: 0, total: input.iterations });
    this.send({ kind: "start", runId: this.runId, input });
  }
  stop(): void {
    if (this.status.state !== "running") return;
    this.send({ kind: "pause" });
    this.setStatus({ ...this.status, state: "paused" });
  }
  resume(): void {
    if (this.status.state !== "paused") return;
    this.send({ kind: "resume" });
    this.setStatus({ ...this.status, state: "running" });
  }
  isRunning(): boolean {
    return this.status.state === "running";
  }
  kill(): void {
    this.killed = true;
    this.worker?.terminate();
    this.worker = null;
  }
}
