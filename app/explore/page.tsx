import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { preload } from "react-dom";
import { startRequests } from "@/lib/explore/load";
import { linkPreview } from "@/lib/explore/preview";
import { parseViewState, serializeViewState } from "@/lib/url/view-state";
import { Explorer } from "./explorer";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** A bad link never reaches the client: it lands on the home page with a message saying what is wrong. */
export default async function ExplorePage({ searchParams }: { searchParams: SearchParams }) {
  const parsed = parseViewState(await searchParams);
  if (!parsed.ok) redirect(`/?error=${encodeURIComponent(parsed.error)}`);
  // The browser starts fetching the link's data while the scripts load; the explorer's fetch picks it up.
  for (const href of startRequests(parsed.state)) preload(href, { as: "fetch", crossOrigin: "anonymous" });
  return (
    <Suspense fallback={<p className="p-6 text-sm text-slate-500">Loading the explorer…</p>}>
      <Explorer />
    </Suspense>
  );
}

/** Link previews: a title and description from the state the link names. */
export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const parsed = parseViewState(await searchParams);
  if (!parsed.ok) return { title: "Explore" };
  const { title, description } = await linkPreview(parsed.state);
  // The preview's picture: the graph the link names (app/api/preview), at this server's own address.
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  const image = { url: `${proto}://${host}/api/preview?${serializeViewState(parsed.state)}`, width: 1200, height: 630, alt: title };
  return {
    title,
    description,
    openGraph: { title, description, type: "website", images: [image] },
    twitter: { card: "summary_large_image", title, description, images: [image.url] },
  };
}
