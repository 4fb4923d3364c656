import type { Metadata } from "next";
import { Suspense } from "react";
import { preload } from "react-dom";
import { startRequests } from "@/lib/explore/load";
import { linkPreview } from "@/lib/explore/preview";
import { parseViewState } from "@/lib/url/view-state";
import { EmbedView } from "./embed-view";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The embeddable view: the same state as /explore, the graph with minimal chrome. The only page other sites may
 * frame (next.config.js gives it its own frame-ancestors); a bad link says what is wrong in the frame itself.
 */
export default async function EmbedPage({ searchParams }: { searchParams: SearchParams }) {
  const parsed = parseViewState(await searchParams);
  if (!parsed.ok) {
    return (
      <p role="alert" className="fixed inset-0 z-50 flex items-center justify-center bg-white p-6 text-sm text-red-800">
        This embedded graph cannot be shown: {parsed.error}
      </p>
    );
  }
  for (const href of startRequests(parsed.state)) preload(href, { as: "fetch", crossOrigin: "anonymous" });
  return (
    <Suspense fallback={<p className="fixed inset-0 z-50 bg-white p-6 text-sm text-slate-500">Loading…</p>}>
      <EmbedView />
    </Suspense>
  );
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const parsed = parseViewState(await searchParams);
  const robots = { index: false, follow: false };
  if (!parsed.ok) return { title: "Embedded graph", robots };
  const { title, description } = await linkPreview(parsed.state);
  return { title, description, robots };
}
