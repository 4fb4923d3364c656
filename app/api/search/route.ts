import { db, json, parseSearchParams, route } from "@/lib/api/handler";
import { searchQuerySchema } from "@/lib/api/params";
import { searchEntities } from "@/lib/neo4j/queries/search";

export const dynamic = "force-dynamic";

export const GET = route(async (req) => {
  const { q, limit } = parseSearchParams(req, searchQuerySchema);
  const results = await searchEntities(db(), q, limit);
  return json({ results: results.map(({ score: _score, ...r }) => r) });
});
