import { json, parseSearchParams, route } from "@/lib/api/handler";
import { overviewQuerySchema } from "@/lib/api/params";
import { db } from "@/lib/neo4j/driver";
import { getOverview } from "@/lib/neo4j/queries/overview";

export const dynamic = "force-dynamic";

/** The whole ecosystem (up to `limit` entities, the best-connected first), for `/explore` without a start. */
export const GET = route(async (req) => {
  const { limit } = parseSearchParams(req, overviewQuerySchema);
  return json(await getOverview(db(), limit));
}, { validate: true });
