import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DbStatus } from "@/app/_components/db-status";
import { SearchBox } from "@/app/_components/search-box";
import { ViewGallery } from "@/app/_components/view-gallery";
import { isLocale } from "@/lib/i18n/locales";
import { appGraphMode } from "@/lib/neo4j/driver";
import { readProblem } from "@/lib/url/view-state";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "common" });
  return { title: { absolute: t("app.name") } };
}

export default async function Home({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  // A database we did not design (lib/neo4j/graph-mode.ts) gets a page about itself, not about the deck.
  const mode = await appGraphMode();
  const t = await getTranslations("home");
  const tr = await getTranslations();
  // A bad explorer link lands here (lib/url/view-state.ts problemHref): its reason said in this page's language,
  // else the English text the link carried, capped; both shown as text.
  const problem = readProblem(sp.why);
  const raw = sp.error;
  const reason =
    problem && tr.has(problem.key as never)
      ? (tr as unknown as (k: string, v?: Record<string, string | number>) => string)(problem.key, problem.values)
      : typeof raw === "string"
        ? raw.slice(0, 300)
        : null;
  return (
    <div className="mx-auto flex w-full max-w-4xl flex-col gap-6 px-4 py-10">
      {reason && (
        <p role="alert" data-testid="link-error" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {t("linkError", { reason })}
        </p>
      )}
      <section className="flex flex-col gap-3">
        <h1 className="text-3xl font-semibold tracking-tight">{mode === "any" ? t("any.title") : t("title")}</h1>
        <p className="text-slate-600">{mode === "any" ? t("any.lede") : t("lede")}</p>
        <SearchBox autoFocus />
        <DbStatus />
      </section>
      <section className="flex flex-col gap-3">
        <h2 className="text-xl font-semibold">{t("views")}</h2>
        <ViewGallery />
      </section>
    </div>
  );
}
