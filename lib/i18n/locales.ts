/**
 * The interface languages. The locale is the first segment of every page's path (`/ja/explore?…`): a link opens
 * in the language it was shared in. A path without one (today's links, `/explore?v=…`) is sent on to the
 * visitor's language (the NEXT_LOCALE cookie, then Accept-Language, then English) by proxy.ts.
 *
 * The interface language is not the label language: labels on the canvas follow the interface language unless the
 * link says otherwise (`l=`, lib/url/view-state.ts).
 */
export const LOCALES = ["en", "ja", "zh"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Each language's own name, for the switcher (never translated). */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", ja: "日本語", zh: "中文" };
/** The BCP 47 tag for <html lang> and Intl (zh is Simplified Chinese). */
export const LOCALE_TAGS: Record<Locale, string> = { en: "en", ja: "ja", zh: "zh-Hans" };

export function isLocale(s: unknown): s is Locale {
  return typeof s === "string" && (LOCALES as readonly string[]).includes(s);
}

/** A path of this app in a locale: `localePath("ja", "/explore?v=x")` → `/ja/explore?v=x`. */
export function localePath(locale: Locale, path: string): string {
  if (path === "" || path === "/") return `/${locale}`;
  if (path.startsWith("/?") || path.startsWith("/#")) return `/${locale}${path.slice(1)}`;
  return `/${locale}${path.startsWith("/") ? path : `/${path}`}`;
}

/** The same page in another locale: the path's locale segment replaced (or added), the query kept. */
export function switchLocale(href: string, locale: Locale): string {
  const m = /^\/(en|ja|zh)(?=\/|\?|#|$)/.exec(href);
  return m ? `/${locale}${href.slice(m[0].length)}` : localePath(locale, href);
}

/** A page's `params` as App Router pages under app/[locale] receive them. */
export type LocaleParams = Promise<{ locale: string }>;

/** The page's locale from its `params` (the layout has already answered 404 for any other segment). */
export async function localeOf(params: LocaleParams): Promise<Locale> {
  const { locale } = await params;
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}
