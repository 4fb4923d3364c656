import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { appGraphMode, db } from "@/lib/neo4j/driver";
import { readConsoleParams } from "@/lib/cypher/console-url";
import { ANY_GRAPH_EXAMPLES, CONSOLE_EXAMPLES } from "@/lib/cypher/examples";
import { getConsoleSchema } from "@/lib/cypher/schema";
import { env } from "@/lib/env";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { ConsoleApp } from "./console-app";

export const dynamic = "force-dynamic";

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: isLocale(locale) ? locale : DEFAULT_LOCALE, namespace: "console" });
  return { title: t("title") };
}

/** The Cypher console: read-only queries against the graph (POST /api/cypher); a 404 when switched off. */
export default async function ConsolePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const e = env();
  if (!e.CYPHER_CONSOLE) notFound();
  const { query, paramsText } = readConsoleParams(await searchParams);
  const schema = await getConsoleSchema(db());
  return (
    <ConsoleApp
      initialQuery={query}
      initialParams={paramsText}
      schema={schema}
      examples={(await appGraphMode()) === "any" ? ANY_GRAPH_EXAMPLES : CONSOLE_EXAMPLES}
      limits={{ maxRows: e.CYPHER_MAX_ROWS, timeoutMs: e.CYPHER_TIMEOUT_MS }}
    />
  );
}
