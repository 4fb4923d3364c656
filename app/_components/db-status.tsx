import { getLocale, getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { formatNumber } from "@/lib/i18n/format";
import { isLocale } from "@/lib/i18n/locales";
import { db } from "@/lib/neo4j/driver";
import { getHealth } from "@/lib/neo4j/queries/health";

/** Server component: the database's health, shown on the home page. */
export async function DbStatus() {
  const t = await getTranslations("home");
  const l = await getLocale();
  const locale = isLocale(l) ? l : "en";
  // The query may fail; rendering may not: the try holds only the query.
  const h = await getHealth({ ...db(), timeoutMs: 3_000 }).catch(() => null);
  if (h) {
    return (
      <p className="text-sm text-slate-600" data-testid="db-status">
        <span className="mr-2 inline-block h-2 w-2 rounded-full bg-emerald-500" aria-hidden />
        {t(env().embedded ? "db.upEmbedded" : "db.up", {
          version: h.version,
          edition: h.edition,
          nodes: formatNumber(h.nodes, locale),
          relationships: formatNumber(h.relationships, locale),
        })}
      </p>
    );
  }
  return (
    <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="db-status">
      {t("db.down")}
    </p>
  );
}
