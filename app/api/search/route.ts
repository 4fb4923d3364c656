import { json, parseSearchParams, route } from "@/lib/api/handler";
import { searchQuerySchema } from "@/lib/api/params";
import { db } from "@/lib/neo4j/driver";
import { searchHits } from "@/lib/neo4j/queries/search";

export const dynamic = "force-dynamic";

export const GET = route(async (req) => {
  const { q, limit } = parseSearchParams(req, searchQuerySchema);
  return json(await searchHits(db(), q, limit));
}, { validate: true });
