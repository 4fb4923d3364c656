import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { db } from "@/lib/neo4j/driver";
import { readConsoleParams } from "@/lib/cypher/console-url";
import { CONSOLE_EXAMPLES } from "@/lib/cypher/examples";
import { getConsoleSchema } from "@/lib/cypher/schema";
import { env } from "@/lib/env";
import { ConsoleApp } from "./console-app";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Cypher console" };

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
      examples={CONSOLE_EXAMPLES}
      limits={{ maxRows: e.CYPHER_MAX_ROWS, timeoutMs: e.CYPHER_TIMEOUT_MS }}
    />
  );
}
