import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { preload } from "react-dom";
import { db } from "@/lib/api/handler";
import { getNode } from "@/lib/neo4j/queries/nodes";
import { listViewDefinitions } from "@/lib/views";
import { startRequests } from "@/lib/url/api-paths";
import { parseViewState, type ViewState } from "@/lib/url/view-state";
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

/** The view's title and description, from the seed's view definitions (no query is run for a preview). */
function viewSummary(slug: string): { title: string; description?: string } | null {
  try {
    return listViewDefinitions().find((v) => v.slug === slug) ?? null;
  } catch {
    return null;
  }
}

async function nodeNames(ids: string[]): Promise<string[]> {
  const names = await Promise.all(
    ids.slice(0, 3).map(async (id) => {
      try {
        const n = await getNode(db(), id);
        const name = n.properties.name;
        return typeof name === "string" ? `${name}${typeof n.properties.name_zh === "string" ? ` (${n.properties.name_zh})` : ""}` : id;
      } catch {
        return null;
      }
    }),
  );
  return names.filter((n): n is string => !!n);
}

function describe(state: ViewState, what: string): string {
  const parts = [what];
  const expansions = state.steps.filter((s) => s.op === "expand").length;
  if (expansions) parts.push(`${expansions} expansion${expansions > 1 ? "s" : ""}`);
  if (state.hiddenNodeTypes.length || state.hiddenRelTypes.length || state.dateFrom || state.dateTo) parts.push("filtered");
  return `${parts.join(", ")} — China's generative-AI ecosystem as a graph: who builds, funds, partners with and regulates whom.`;
}

/** Link previews: a title and description from the state the link names. */
export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const parsed = parseViewState(await searchParams);
  if (!parsed.ok) return { title: "Explore" };
  const s = parsed.state;
  let title = "Explore";
  let description = describe(s, "An interactive graph");
  if (s.view) {
    const v = viewSummary(s.view);
    title = v?.title ?? s.view;
    description = v?.description ? `${v.description} ${describe(s, "A named view")}` : describe(s, `The view ${s.view}`);
  } else if (s.nodes.length) {
    const names = await nodeNames(s.nodes);
    if (names.length) {
      title = names.join(", ") + (s.nodes.length > 3 ? ` and ${s.nodes.length - 3} more` : "");
      description = describe(s, `${title} and their neighbourhood`);
    }
  } else if (s.query) {
    title = `“${s.query}”`;
    description = describe(s, `Search results for “${s.query}”`);
  }
  return { title, description, openGraph: { title, description, type: "website" }, twitter: { card: "summary", title, description } };
}
