import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { preload } from "react-dom";
import { startRequests } from "@/lib/explore/load";
import { linkPreview, startViewTexts } from "@/lib/explore/preview";
import { appGraphMode } from "@/lib/neo4j/driver";
import { parseViewState } from "@/lib/url/view-state";
import { EmbedView } from "./embed-view";
import { localeOf, type LocaleParams } from "@/lib/i18n/locales";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
type Params = LocaleParams;

/**
 * The embeddable view: the same state as /explore, the graph with minimal chrome. The only page other sites may
 * frame (next.config.js gives it its own frame-ancestors); a bad link says what is wrong in the frame itself.
 */
export default async function EmbedPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const locale = await localeOf(params);
  const parsed = parseViewState(await searchParams, locale, { mode: await appGraphMode() });
  const t = await getTranslations({ locale, namespace: "embed" });
  if (!parsed.ok) {
    // The reason in this page's language (a `link.*` message), as the home page says it (app/[locale]/page.tsx).
    const tr = await getTranslations({ locale });
    const reason = tr.has(parsed.problem.key as never)
      ? (tr as unknown as (k: string, v?: Record<string, string | number>) => string)(parsed.problem.key, parsed.problem.values)
      : parsed.error;
    return (
      <p role="alert" className="fixed inset-0 z-50 flex items-center justify-center bg-white p-6 text-sm text-red-800">
        {t("cannotShow", { reason })}
      </p>
    );
  }
  for (const href of startRequests(parsed.state)) preload(href, { as: "fetch", crossOrigin: "anonymous" });
  const startView = await startViewTexts(parsed.state);
  return (
    <Suspense fallback={<p className="fixed inset-0 z-50 bg-white p-6 text-sm text-slate-500">{t("loading")}</p>}>
      <EmbedView startView={startView} />
    </Suspense>
  );
}

export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: SearchParams }): Promise<Metadata> {
  const locale = await localeOf(params);
  const parsed = parseViewState(await searchParams, locale, { mode: await appGraphMode() });
  const robots = { index: false, follow: false };
  if (!parsed.ok) {
    const t = await getTranslations({ locale, namespace: "embed" });
    return { title: t("metaTitle"), robots };
  }
  const { title, description } = await linkPreview(parsed.state, locale);
  return { title, description, robots };
}
