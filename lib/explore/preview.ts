/**
 * Link previews (Open Graph / Twitter tags) for an explorer link: a title and a description from the state the
 * link names, in the page's language. A view's come from the seed's definitions (no query); start nodes' names are
 * looked up.
 */
import "server-only";
import { translator } from "../i18n/messages";
import type { Locale } from "../i18n/locales";
import { appGraphMode, db } from "../neo4j/driver";
import { getNode } from "../neo4j/queries/nodes";
import { nameIn } from "../graph/style";
import { isEmptyStart, type ViewState } from "../url/view-state";
import { textsOf, viewDescription, viewTitle, type ViewTexts } from "../view-text";
import { listOperatorViews, listViewDefinitions, SCHEMA_VIEW, SCHEMA_VIEW_INFO } from "../views";

export interface LinkPreview {
  title: string;
  description: string;
}

type Translate = ReturnType<typeof translator>;

/**
 * The view's texts, from the seed's view definitions — or, in a database we did not design, the schema view's and
 * the operator's views file's (no query is run for a preview beyond the mode's cached detection).
 */
async function viewSummary(slug: string): Promise<Parameters<typeof viewTitle>[0] | null> {
  try {
    const mode = await appGraphMode();
    if (mode === "any") return slug === SCHEMA_VIEW ? SCHEMA_VIEW_INFO : (listOperatorViews().find((v) => v.slug === slug) ?? null);
    return listViewDefinitions().find((v) => v.slug === slug) ?? null;
  } catch {
    return null;
  }
}

/**
 * A link's named view's texts for its page to show before the data arrives (the explorer's and the embed's title
 * and description in the server's HTML), or undefined.
 */
export async function startViewTexts(s: ViewState): Promise<ViewTexts | undefined> {
  const view = s.view ? await viewSummary(s.view) : null;
  return view && s.view ? { ...textsOf(view), slug: s.view } : undefined;
}

/**
 * "Baidu (百度)" for each of the first three ids that exist: in English the English name with the Chinese one; in
 * Japanese or Chinese the name in that language, with the English one beside it when they differ.
 */
async function nodeNames(locale: Locale, ids: string[]): Promise<string[]> {
  const names = await Promise.all(
    ids.slice(0, 3).map(async (id) => {
      try {
        const n = await getNode(db(), id);
        const p = n.properties as Record<string, unknown>;
        const name = p.name;
        // A node of a database we did not design: its name for people (a title, "Order 10248", …).
        if (typeof name !== "string") return n.name;
        if (locale === "en") return `${name}${typeof p.name_zh === "string" ? ` (${p.name_zh})` : ""}`;
        const own = nameIn(p, locale);
        return own && own !== name ? `${own} (${name})` : name;
      } catch {
        return null;
      }
    }),
  );
  return names.filter((n): n is string => !!n);
}

function describe(t: Translate, state: ViewState, what: string): string {
  const expansions = state.steps.filter((s) => s.op === "expand").length;
  const filtered = !!(state.hiddenNodeTypes.length || state.hiddenRelTypes.length || state.dateFrom || state.dateTo);
  return t("explore.preview.describe", { what, expansions, filtered: String(filtered) });
}

/** What a shared link's preview says, in `locale` (the link's own language by default). */
export async function linkPreview(s: ViewState, locale: Locale = s.locale): Promise<LinkPreview> {
  const t = translator(locale);
  if (s.view) {
    const v = await viewSummary(s.view);
    const own = v ? viewDescription(v, locale) : undefined;
    const description = own
      ? `${own} ${describe(t, s, t("explore.preview.namedView"))}`
      : describe(t, s, t("explore.preview.theView", { slug: s.view }));
    return { title: v ? viewTitle(v, locale) : s.view, description };
  }
  if (s.nodes.length) {
    const names = await nodeNames(locale, s.nodes);
    if (names.length) {
      const list = names.join(", ");
      const title = s.nodes.length > 3 ? t("explore.preview.more", { names: list, count: s.nodes.length - 3 }) : list;
      return { title, description: describe(t, s, t("explore.preview.neighbourhood", { names: title })) };
    }
  } else if (s.query) {
    return {
      title: t("explore.preview.query", { query: s.query }),
      description: describe(t, s, t("explore.preview.searchResults", { query: s.query })),
    };
  }
  if (s.path) {
    const names = await nodeNames(locale, s.path.ids);
    const title = t("explore.title.path", { names: names.map((n) => n.replace(/ \(.*\)$/, "")).join(" → ") });
    return { title, description: describe(t, s, t("explore.preview.connected", { names: names.join(t("explore.preview.and")) })) };
  }
  if (isEmptyStart(s) && (await appGraphMode()) === "any")
    return { title: t("explore.title.wholeDatabase"), description: describe(t, s, t("explore.preview.everyNode")) };
  if (isEmptyStart(s)) return { title: t("explore.title.whole"), description: describe(t, s, t("explore.preview.everyEntity")) };
  return { title: t("explore.page.metaTitle"), description: describe(t, s, t("explore.preview.interactive")) };
}
