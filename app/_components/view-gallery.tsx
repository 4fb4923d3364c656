"use client";
/** The named views with their node and relationship counts (`GET /api/views`); missing fields are tolerated. */
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { formatNumber } from "@/lib/i18n/format";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { viewDescription, viewTitle } from "@/lib/view-text";
import { useEffect, useState } from "react";
import { api, type ViewSummary } from "@/lib/client/api";

export function ViewGallery() {
  const locale = useLocale() as Locale;
  const t = useTranslations("home");
  const [views, setViews] = useState<ViewSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api
      .views()
      .then((views) => (Array.isArray(views) ? views : []).filter((v) => typeof v?.slug === "string"))
      .then((v) => live && setViews(v))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, []);

  if (error) return <p className="text-sm text-slate-600">{t("gallery.unavailable", { reason: error })}</p>;
  if (!views)
    return (
      <p className="text-sm text-slate-500" role="status">
        {t("gallery.loading")}
      </p>
    );
  if (!views.length) return <p className="text-sm text-slate-500">{t("gallery.empty")}</p>;
  const n = (v: number | null | undefined) => (typeof v === "number" ? formatNumber(v, locale) : "–");
  return (
    <ul className="grid gap-3 sm:grid-cols-2" aria-label={t("gallery.label")}>
      {views.map((v) => {
        const description = viewDescription(v, locale);
        return (
          <li key={v.slug}>
            <Link
              href={localePath(locale, `/explore?v=${encodeURIComponent(v.slug)}`)}
              className="flex h-full flex-col gap-1 rounded-lg border border-slate-200 bg-white p-4 shadow-sm transition hover:border-indigo-400 hover:shadow"
            >
              <span className="font-semibold">{viewTitle(v, locale)}</span>
              {description && <span className="text-sm text-slate-600">{description}</span>}
              <span className="mt-auto pt-2 text-xs text-slate-500">
                {t("gallery.counts", { nodes: n(v.nodes), relationships: n(v.relationships) })}
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
