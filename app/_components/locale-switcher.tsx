"use client";
import { useTranslations } from "next-intl";
import { LOCALE_NAMES, LOCALE_TAGS, LOCALES, localePath, switchLocale, type Locale } from "@/lib/i18n/locales";

/**
 * The interface language, in the header: the same page and link in another language. The href is the page's
 * start path; on click the current URL (the explorer keeps its state in it) is carried over with only the locale
 * changed, and the choice remembered (NEXT_LOCALE, what proxy.ts reads for a link without a locale).
 */
export function LocaleSwitcher({ locale }: { locale: Locale }) {
  const t = useTranslations("common");
  return (
    <nav aria-label={t("locale.label")} className="ml-auto flex gap-1 text-sm" data-testid="locale-switcher">
      {LOCALES.map((l) => (
        <a
          key={l}
          href={localePath(l, "/")}
          lang={LOCALE_TAGS[l]}
          hrefLang={LOCALE_TAGS[l]}
          aria-current={l === locale ? "true" : undefined}
          className={`rounded px-2 py-0.5 ${l === locale ? "bg-slate-900 text-white" : "text-slate-600 hover:bg-slate-100 hover:text-slate-900"}`}
          onClick={(e) => {
            if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
            e.preventDefault();
            document.cookie = `NEXT_LOCALE=${l}; path=/; max-age=31536000; samesite=lax`;
            window.location.assign(switchLocale(window.location.pathname + window.location.search, l));
          }}
        >
          {LOCALE_NAMES[l]}
        </a>
      ))}
    </nav>
  );
}
