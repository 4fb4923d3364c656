import { notFound } from "next/navigation";
import { BenchCanvas } from "./bench-canvas";

export const dynamic = "force-dynamic";

/**
 * Benchmark only (npm run bench): the explorer's canvas (app/_components/graph) over a synthetic graph, so the
 * render bench can compare it with a bare sigma.js page drawing the same graph. 404 unless BENCH_PAGES=1.
 */
export default function BenchCanvasPage() {
  if (process.env.BENCH_PAGES !== "1") notFound();
  return (
    <main className="h-screen w-screen">
      <BenchCanvas />
    </main>
  );
}
