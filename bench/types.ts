/** The shape of bench/results/<timestamp>.json: written by scripts/bench.ts, printed by bench/report.ts. */
import type { ApiResult } from "./api";
import type { BundleRow } from "./bundle";
import type { SizeName } from "./generate";
import type { LoadResult } from "./load";
import type { RenderRow } from "./render";

export interface BenchResults {
  startedAt: string;
  machine: { cpus: number; memGiB: number; availableGiB: number; loadavgBefore: number[]; loadavgAfter?: number[]; node: string };
  sizes: SizeName[];
  load: LoadResult[];
  api: ApiResult[];
  render: RenderRow[];
  bundle: BundleRow[];
  skipped: string[];
  errors: string[];
}
