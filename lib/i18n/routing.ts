import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, LOCALES } from "./locales";

/** next-intl's routing: every page under its locale (`/en/…`, `/ja/…`, `/zh/…`), none without. */
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "always",
  // Alternate links are written by the pages' metadata where they matter; the header would repeat them on every
  // response.
  alternateLinks: false,
});
