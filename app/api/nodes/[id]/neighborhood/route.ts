import { json, parseSearchParams, route } from "@/lib/api/handler";
import { parseEntityId } from "@/lib/api/entity-id";
import { neighborhoodQuerySchema } from "@/lib/api/params";
import { db } from "@/lib/neo4j/driver";
import { getNeighborhood } from "@/lib/neo4j/queries/nodes";

export const dynamic = "force-dynamic";

export const GET = route<{ params: Promise<{ id: string }> }>(async (req, { params }) => {
  const id = parseEntityId((await params).id);
  const { depth, limit, types, overflow, kinds } = parseSearchParams(req, neighborhoodQuerySchema);
  return json(await getNeighborhood(db(), id, depth, limit, types, overflow, kinds));
}, { validate: true });
