/**
 * Dates and numbers in the interface's language, framework-free (the store, exports and the server use it as the
 * components do). The data's dates are partial ISO dates ("2023", "2023-03", "2023-03-16"): each is said at its own
 * precision — "March 2023", "2023年3月", "2023年3月16日". Dates are calendar dates, so UTC.
 */
import { LOCALE_TAGS, type Locale } from "./locales";

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function formatDate(date: string, locale: Locale): string {
  const m = PARTIAL.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  const when = new Date(Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1));
  const opts: Intl.DateTimeFormatOptions = d
    ? { year: "numeric", month: locale === "en" ? "short" : "long", day: "numeric", timeZone: "UTC" }
    : mo
      ? { year: "numeric", month: locale === "en" ? "short" : "long", timeZone: "UTC" }
      : { year: "numeric", timeZone: "UTC" };
  return cached(`d${locale}${d ? 3 : mo ? 2 : 1}`, () => new Intl.DateTimeFormat(LOCALE_TAGS[locale], opts)).format(when);
}

// Intl formatters are costly to make and cheap to use: a table re-rendered for every step of the timeline made two
// per row (~19 ms a step at 300 rows, bench/README.md "timeline"). One per language and shape, kept.
const formatters = new Map<string, { format(x: number | Date): string }>();
function cached<F extends { format(x: number | Date): string }>(key: string, make: () => F): F {
  let f = formatters.get(key) as F | undefined;
  if (!f) formatters.set(key, (f = make()));
  return f;
}

/** A number with the locale's grouping; `compact` says large ones the locale's way (1.75T, 1.75兆, 1.75万亿). */
export function formatNumber(n: number, locale: Locale, opts: { compact?: boolean; maximumFractionDigits?: number } = {}): string {
  const digits = opts.maximumFractionDigits ?? (opts.compact ? 2 : 3);
  return cached(`n${locale}${opts.compact ? "c" : "s"}${digits}`, () =>
    new Intl.NumberFormat(LOCALE_TAGS[locale], { notation: opts.compact ? "compact" : "standard", maximumFractionDigits: digits }),
  ).format(n);
}

/** Compares two names in the locale's collation (CJK by the locale's own order; numbers numerically). */
export function compareText(locale: Locale): (a: string, b: string) => number {
  const c = new Intl.Collator(LOCALE_TAGS[locale], { numeric: true, sensitivity: "base" });
  return (a, b) => c.compare(a, b);
}
