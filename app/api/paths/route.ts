import { json, parseSearchParams, route } from "@/lib/api/handler";
import { pathsQuerySchema } from "@/lib/api/params";
import { db } from "@/lib/neo4j/driver";
import { findPaths } from "@/lib/neo4j/queries/paths";

export const dynamic = "force-dynamic";

/** How entities are connected: the shortest path(s) between two of them, or joining several ("connect these"). */
export const GET = route(async (req) => {
  const { ids, all, directed, concepts, hops, ignore, scope } = parseSearchParams(req, pathsQuerySchema);
  return json(await findPaths(db(), ids, { all, directed, concepts, maxHops: hops, ignore }, scope));
}, { validate: true });
