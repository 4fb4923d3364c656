import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale } from "./locales";
import { messagesFor } from "./messages";

/** next-intl's per-request configuration: the locale from the path's segment, its messages, UTC dates. */
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  return { locale, messages: messagesFor(locale), timeZone: "UTC" };
});
