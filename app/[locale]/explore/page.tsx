import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { preload } from "react-dom";
import { startRequests } from "@/lib/explore/load";
import { linkPreview, startViewTexts } from "@/lib/explore/preview";
import { appGraphMode } from "@/lib/neo4j/driver";
import { requestOrigin } from "@/lib/url/request-origin";
import { parseViewState, problemHref, serializeViewState, type ViewState } from "@/lib/url/view-state";
import { Explorer } from "./explorer";
import { DEFAULT_LOCALE, localeOf, type LocaleParams } from "@/lib/i18n/locales";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
type Params = LocaleParams;

/** A bad link never reaches the client: it lands on the home page with a message saying what is wrong. */
export default async function ExplorePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const locale = await localeOf(params);
  const parsed = parseViewState(await searchParams, locale, { mode: await appGraphMode() });
  if (!parsed.ok) redirect(problemHref(locale, parsed));
  // The browser starts fetching the link's data while the scripts load; the explorer's fetch picks it up.
  for (const href of startRequests(parsed.state)) preload(href, { as: "fetch", crossOrigin: "anonymous" });
  const t = await getTranslations({ locale, namespace: "explore" });
  // A named view's title and description are in the server's HTML (from its definition, no query), not only after
  // its data arrives: the page no longer says "the whole ecosystem" first, and its largest text paints at once.
  const startView = await startViewTexts(parsed.state);
  return (
    <Suspense fallback={<p className="p-6 text-sm text-slate-500">{t("page.loading")}</p>}>
      <Explorer startView={startView} />
    </Suspense>
  );
}

/**
 * The preview picture's query: the link's state, and its language (`hl`, app/api/preview) unless English, so the
 * picture reads as the page does; `l` is left out where the labels follow that language, as in the link.
 */
function previewQuery(state: ViewState): string {
  const qs = serializeViewState(state);
  if (state.locale === DEFAULT_LOCALE) return qs;
  return qs ? `${qs}&hl=${state.locale}` : `hl=${state.locale}`;
}

/** Link previews: a title and description from the state the link names. */
export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: SearchParams }): Promise<Metadata> {
  const locale = await localeOf(params);
  const parsed = parseViewState(await searchParams, locale, { mode: await appGraphMode() });
  if (!parsed.ok) {
    const t = await getTranslations({ locale, namespace: "explore" });
    return { title: t("page.metaTitle") };
  }
  const { title, description } = await linkPreview(parsed.state, locale);
  // The preview's picture: the graph the link names (app/api/preview), at this server's own address.
  const image = { url: `${await requestOrigin()}/api/preview?${previewQuery(parsed.state)}`, width: 1200, height: 630, alt: title };
  return {
    title,
    description,
    openGraph: { title, description, type: "website", images: [image] },
    twitter: { card: "summary_large_image", title, description, images: [image.url] },
  };
}
