/**
 * Link previews (Open Graph / Twitter tags) for an explorer link: a title and a description from the state the
 * link names. A view's come from the seed's definitions (no query); start nodes' names are looked up.
 */
import "server-only";
import { db } from "../neo4j/driver";
import { getNode } from "../neo4j/queries/nodes";
import { isEmptyStart, type ViewState } from "../url/view-state";
import { listViewDefinitions } from "../views";

export interface LinkPreview {
  title: string;
  description: string;
}

/** The view's title and description, from the seed's view definitions (no query is run for a preview). */
function viewSummary(slug: string): { title: string; description?: string } | null {
  try {
    return listViewDefinitions().find((v) => v.slug === slug) ?? null;
  } catch {
    return null;
  }
}

/** "Baidu (百度)" for each of the first three ids that exist. */
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

/** What a shared link's preview says. */
export async function linkPreview(s: ViewState): Promise<LinkPreview> {
  if (s.view) {
    const v = viewSummary(s.view);
    const description = v?.description ? `${v.description} ${describe(s, "A named view")}` : describe(s, `The view ${s.view}`);
    return { title: v?.title ?? s.view, description };
  }
  if (s.nodes.length) {
    const names = await nodeNames(s.nodes);
    if (names.length) {
      const title = names.join(", ") + (s.nodes.length > 3 ? ` and ${s.nodes.length - 3} more` : "");
      return { title, description: describe(s, `${title} and their neighbourhood`) };
    }
  } else if (s.query) {
    return { title: `“${s.query}”`, description: describe(s, `Search results for “${s.query}”`) };
  }
  if (s.path) {
    const names = await nodeNames(s.path.ids);
    const title = `Path: ${names.map((n) => n.replace(/ \(.*\)$/, "")).join(" → ")}`;
    return { title, description: describe(s, `How ${names.join(" and ")} are connected`) };
  }
  if (isEmptyStart(s)) return { title: "The whole ecosystem", description: describe(s, "Every entity, coloured by community") };
  return { title: "Explore", description: describe(s, "An interactive graph") };
}
