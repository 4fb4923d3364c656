import { env } from "@/lib/env";
import { db } from "@/lib/neo4j/driver";
import { getHealth } from "@/lib/neo4j/queries/health";

/** Server component: the database's health, shown on the home page. */
export async function DbStatus() {
  // The query may fail; rendering may not: the try holds only the query.
  const h = await getHealth({ ...db(), timeoutMs: 3_000 }).catch(() => null);
  if (h) {
    return (
      <p className="text-sm text-slate-600" data-testid="db-status">
        <span className="mr-2 inline-block h-2 w-2 rounded-full bg-emerald-500" aria-hidden />
        Neo4j {h.version} ({h.edition}
        {env().embedded ? ", embedded" : ""}) · {h.nodes.toLocaleString("en")} nodes ·{" "}
        {h.relationships.toLocaleString("en")} relationships
      </p>
    );
  }
  return (
    <p
      role="alert"
      className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
      data-testid="db-status"
    >
      The graph database is unavailable right now. Search and views will work again as soon as it is back.
    </p>
  );
}
