import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import "../globals.css";
import { env } from "@/lib/env";
import { LOCALE_TAGS, LOCALES, isLocale, localePath } from "@/lib/i18n/locales";
import { appGraphMode, db } from "@/lib/neo4j/driver";
import { GraphModeProvider } from "@/lib/client/graph-mode";
import { introspect } from "@/lib/neo4j/introspect";
import { requestOrigin } from "@/lib/url/request-origin";
import { LocaleSwitcher } from "../_components/locale-switcher";

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "common" });
  return {
    title: { default: t("app.name"), template: t("app.titleTemplate", { page: "%s" }) },
    description: t("app.description"),
    // Absolute hreflang alternates (Lighthouse's SEO audit and search engines want no relative ones).
    metadataBase: new URL(await requestOrigin()),
    alternates: { languages: Object.fromEntries(LOCALES.map((l) => [LOCALE_TAGS[l], localePath(l, "/")])) },
    icons: {
      icon: [
        { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
        { url: "/icon.svg", type: "image/svg+xml" },
      ],
      apple: "/apple-touch-icon.png",
    },
  };
}

/** The root layout of every page: the language from the path's first segment (proxy.ts puts one there). */
export default async function LocaleLayout({ children, params }: { children: React.ReactNode; params: Params }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "common" });
  const consoleOn = env().CYPHER_CONSOLE;
  // Which graph the database holds; an unreachable one is taken for ours (the pages then say it is down).
  const mode = await appGraphMode();
  // A database we did not design: its labels, in the database's order, give each its colour (lib/graph/style.ts).
  const types = mode === "any" ? await introspect(db()).then((s) => s.labels.map((l) => l.label), () => []) : [];
  return (
    <html lang={LOCALE_TAGS[locale]}>
      <body className="flex min-h-full flex-col bg-slate-50 text-slate-900 antialiased">
        <NextIntlClientProvider>
          <GraphModeProvider mode={mode} types={types}>
            {/* No prefetch: every page is rendered per request, so a prefetch would be three server
              renders on every page load, competing with the page being drawn (bench/README.md, "first frame"). */}
            <header className="flex items-center gap-6 border-b border-slate-200 bg-white px-4 py-2">
              <Link href={localePath(locale, "/")} prefetch={false} className="font-semibold tracking-tight">
                {t("app.name")}
              </Link>
              <nav aria-label={t("nav.label")} className="flex gap-4 text-sm text-slate-600">
                <Link href={localePath(locale, "/explore")} prefetch={false} className="hover:text-slate-900">
                  {t("nav.explore")}
                </Link>
                {consoleOn && (
                  <Link href={localePath(locale, "/console")} prefetch={false} className="hover:text-slate-900">
                    {t("nav.console")}
                  </Link>
                )}
              </nav>
              <LocaleSwitcher locale={locale} />
            </header>
            <main className="flex flex-1 flex-col">{children}</main>
          </GraphModeProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
