import { json, parseSearchParams, route } from "@/lib/api/handler";
import { searchGraphQuerySchema } from "@/lib/api/params";
import { db } from "@/lib/neo4j/driver";
import { searchGraph } from "@/lib/neo4j/queries/search";

export const dynamic = "force-dynamic";

/** A search link's start: the top hits and the relationships among them, as one graph. */
export const GET = route(async (req) => {
  const { q, limit } = parseSearchParams(req, searchGraphQuerySchema);
  return json(await searchGraph(db(), q, limit));
}, { validate: true });
