/** The shape of bench/results/<timestamp>.json: written by scripts/bench.ts, printed by bench/report.ts. */
import type { AnalysisResult } from "./analysis";
import type { ApiResult } from "./api";
import type { BundleRow, LocalePageRow } from "./bundle";
import type { ExportRow } from "./export";
import type { LighthouseResult } from "./lighthouse";
import type { SizeName } from "./generate";
import type { LoadResult } from "./load";
import type { OverviewRow } from "./overview";
import type { PreviewResult } from "./preview";
import type { RenderRow } from "./render";
import type { TimelineRow } from "./timeline";

export interface BenchResults {
  startedAt: string;
  machine: { cpus: number; memGiB: number; availableGiB: number; loadavgBefore: number[]; loadavgAfter?: number[]; node: string };
  sizes: SizeName[];
  load: LoadResult[];
  api: ApiResult[];
  /** Link-preview images (GET /api/preview) beside the plain picture: part of `api` (absent before). */
  preview?: PreviewResult[];
  render: RenderRow[];
  /** `/explore` with no start (the whole-ecosystem overview) beside the bare sigma page: part of `render`. */
  overview: OverviewRow[];
  /** The timeline playing beside the same page at rest with the camera moved: part of `render` (absent before). */
  timeline?: TimelineRow[];
  /** null when the part was not run. */
  analysis: AnalysisResult | null;
  /** Exports at 20k nodes (bench/export.ts) beside the bare library calls: part of `analysis`. */
  exports?: ExportRow[];
  bundle: BundleRow[];
  /** `/en|ja|zh/explore` and `/console` as a browser first loads them, on the real seed data: part of `bundle`. */
  localePages?: LocalePageRow[];
  /** Lighthouse (default mobile emulation) on the real seed data; null or absent when the part was not run. */
  lighthouse?: LighthouseResult | null;
  skipped: string[];
  errors: string[];
}
