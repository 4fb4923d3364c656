/** The shape of bench/results/<timestamp>.json: written by scripts/bench.ts, printed by bench/report.ts. */
import type { AnalysisResult } from "./analysis";
import type { ApiResult } from "./api";
import type { BundleRow } from "./bundle";
import type { SizeName } from "./generate";
import type { LoadResult } from "./load";
import type { OverviewRow } from "./overview";
import type { RenderRow } from "./render";

export interface BenchResults {
  startedAt: string;
  machine: { cpus: number; memGiB: number; availableGiB: number; loadavgBefore: number[]; loadavgAfter?: number[]; node: string };
  sizes: SizeName[];
  load: LoadResult[];
  api: ApiResult[];
  render: RenderRow[];
  /** `/explore` with no start (the whole-ecosystem overview) beside the bare sigma page: part of `render`. */
  overview: OverviewRow[];
  /** null when the part was not run. */
  analysis: AnalysisResult | null;
  bundle: BundleRow[];
  skipped: string[];
  errors: string[];
}
