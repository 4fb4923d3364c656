import fs from "node:fs";
import path from "node:path";
import { notFound } from "next/navigation";

export const dynamic = "force-dynamic";

/**
 * Benchmark only: serves a bench graph (graph-<n>.json) from BENCH_GRAPH_DIR on the app's own origin (the CSP
 * allows no other). 404 unless BENCH_PAGES=1.
 */
export async function GET(_req: Request, { params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  const dir = process.env.BENCH_GRAPH_DIR;
  if (process.env.BENCH_PAGES !== "1" || !dir || !/^graph-\d+\.json$/.test(name)) notFound();
  const file = path.join(dir, name);
  if (!fs.existsSync(file)) notFound();
  // no-transform: `next start` would gzip it (the bare page's static server sends it as is), and on these 2 cores
  // compressing 11 MB (20k nodes) and inflating it in the page cost the canvas 0.2–0.5 s of download here that the bare page never pays.
  return new Response(fs.readFileSync(file), { headers: { "content-type": "application/json", "cache-control": "no-store, no-transform" } });
}
