/**
 * A named view's title and description in a language. The seed gives every view its text in English, Japanese and
 * Chinese (graph-seed/<set>/views.json: `title`, `title_ja`, `title_zh`, `description`, …); the API hands all of them
 * on. Framework-free and without I/O: the gallery, the explorer and the link previews (server) pick with these.
 * A missing translation falls back to the English, and a missing title to the slug.
 */
import type { Locale } from "./i18n/locales";

/** The text fields of a view (each optional: a client tolerates an older or partial API answer). */
export interface ViewTexts {
  slug?: string;
  title?: string;
  title_ja?: string;
  title_zh?: string;
  description?: string;
  description_ja?: string;
  description_zh?: string;
}

const present = (s: string | undefined): s is string => typeof s === "string" && s.trim() !== "";

/** The view's title in `locale`: `viewTitle(view, "ja")` → "モデルのタイムライン" (English, then the slug, if missing). */
export function viewTitle(view: ViewTexts, locale: Locale): string {
  const own = locale === "ja" ? view.title_ja : locale === "zh" ? view.title_zh : view.title;
  return [own, view.title, view.slug].find(present) ?? "";
}

/** The view's description in `locale` (the English one if it has none in that language; undefined if none at all). */
export function viewDescription(view: ViewTexts, locale: Locale): string | undefined {
  const own = locale === "ja" ? view.description_ja : locale === "zh" ? view.description_zh : view.description;
  return [own, view.description].find(present);
}

/** The text fields alone (what a page hands its client: not a view's query or parameters). */
export function textsOf(view: ViewTexts): ViewTexts {
  const { slug, title, title_ja, title_zh, description, description_ja, description_zh } = view;
  return Object.fromEntries(Object.entries({ slug, title, title_ja, title_zh, description, description_ja, description_zh }).filter(([, v]) => v !== undefined));
}
