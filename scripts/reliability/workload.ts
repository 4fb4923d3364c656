/** The mixed workload of the reliability run: search, nodes, neighbourhoods, views and console reads. */
import fs from "node:fs";

export interface Outcome {
  kind: string;
  /** 0: the request failed at the network level. */
  status: number;
  ms: number;
  code?: string;
}

const SEARCHES = ["baidu", "百度", "文心", "ernie", "alibaba", "通義", "iflytek", "星火", "政策", "BAAI", "悟道", "上海", "王", "medgpt"];
const DEPTHS = [1, 1, 2];

export interface Workload {
  ids: string[];
  views: string[];
}

/** Picks one request of the mix, deterministically from `i`. */
export function pick(w: Workload, i: number): { kind: string; path: string; init?: RequestInit } {
  const r = i % 10;
  const id = w.ids[(i * 7919) % w.ids.length];
  if (r < 3) return { kind: "search", path: `/api/search?q=${encodeURIComponent(SEARCHES[i % SEARCHES.length])}&limit=10` };
  if (r < 5) return { kind: "node", path: `/api/nodes/${encodeURIComponent(id)}` };
  if (r < 8) return { kind: "neighborhood", path: `/api/nodes/${encodeURIComponent(id)}/neighborhood?depth=${DEPTHS[i % 3]}&limit=100` };
  if (r < 9) return { kind: "view", path: `/api/views/${w.views[i % w.views.length]}` };
  return {
    kind: "console",
    path: "/api/cypher",
    init: {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "MATCH (n:Entity {id: $id})-[r]-(m) RETURN n, r, m LIMIT 25", params: { id } }),
    },
  };
}

/** Runs `clients` concurrent loops while `more()` holds; every outcome goes to `record`. */
export async function runLoad(
  base: string,
  w: Workload,
  clients: number,
  more: () => boolean,
  record: (o: Outcome) => void,
  perRequestTimeoutMs = 10_000,
): Promise<void> {
  let counter = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (more()) {
        const { kind, path, init } = pick(w, counter++);
        const t = performance.now();
        try {
          const res = await fetch(`${base}${path}`, { ...init, signal: AbortSignal.timeout(perRequestTimeoutMs) });
          const text = await res.text();
          let code: string | undefined;
          if (res.status >= 400) {
            try {
              code = JSON.parse(text)?.error?.code ?? "no-code";
            } catch {
              code = "not-json";
            }
          }
          record({ kind, status: res.status, ms: performance.now() - t, code });
        } catch (e) {
          record({ kind, status: 0, ms: performance.now() - t, code: (e as Error).name });
        }
      }
    }),
  );
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

/** Resident memory (MiB) of every process in a process group (next start and any workers it forks). */
export function groupRssMiB(pgid: number): number {
  let kb = 0;
  for (const pid of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== pgid) continue;
      const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
      if (m) kb += Number(m[1]);
    } catch {
      /* the process ended meanwhile */
    }
  }
  return Math.round(kb / 1024);
}
