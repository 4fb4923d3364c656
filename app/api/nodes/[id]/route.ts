import { json, route } from "@/lib/api/handler";
import { db } from "@/lib/neo4j/driver";
import { parseEntityId } from "@/lib/api/entity-id";
import { getNode } from "@/lib/neo4j/queries/nodes";

export const dynamic = "force-dynamic";

export const GET = route<{ params: Promise<{ id: string }> }>(async (req, { params }) => {
  const id = parseEntityId((await params).id);
  return json({ node: await getNode(db(), id) });
}, { validate: true });
