import { json, route } from "@/lib/api/handler";
import { db } from "@/lib/neo4j/driver";
import { env } from "@/lib/env";
import { isUnavailable } from "@/lib/errors";
import { redactUri } from "@/lib/neo4j/create-driver";
import { getHealth } from "@/lib/neo4j/queries/health";

export const dynamic = "force-dynamic";

export const GET = route(async () => {
  const e = env();
  const where = { uri: redactUri(e.neo4jUri), embedded: e.embedded };
  try {
    const info = await getHealth({ ...db(), timeoutMs: 3_000 });
    return json({ status: "ok", neo4j: { ...where, ...info, available: true } });
  } catch (err) {
    const message = isUnavailable(err)
      ? "The graph database is unavailable: it cannot be reached or refused the connection."
      : "The graph database did not answer the health check.";
    return json(
      { status: "unavailable", neo4j: { ...where, available: false }, error: { code: "database_unavailable", message } },
      { status: 503, headers: { "Retry-After": "5" } },
    );
  }
});
