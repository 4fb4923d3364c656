import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { messagesFor } from "@/lib/i18n/messages";
import { preload } from "react-dom";
import { BenchCanvas } from "./bench-canvas";

export const dynamic = "force-dynamic";

/**
 * Benchmark only (npm run bench): the explorer's canvas (app/_components/graph) over a synthetic graph, so the
 * render bench can compare it with a bare sigma.js page drawing the same graph. 404 unless BENCH_PAGES=1.
 * Like the explorer's page (app/explore/page.tsx), it has the browser fetch the graph while the scripts load.
 */
export default async function BenchCanvasPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (process.env.BENCH_PAGES !== "1") notFound();
  const { src } = await searchParams;
  if (typeof src === "string" && /^\/bench-canvas\/graph\/graph-\d+\.json$/.test(src)) preload(src, { as: "fetch", crossOrigin: "anonymous" });
  return (
    <main className="h-screen w-screen">
      {/* The canvas says its words through next-intl, as on the explorer's pages (app/[locale]/layout.tsx). */}
      <NextIntlClientProvider locale="en" messages={messagesFor("en")}>
        <BenchCanvas />
      </NextIntlClientProvider>
    </main>
  );
}
