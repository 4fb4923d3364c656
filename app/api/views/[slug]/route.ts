import { json, route } from "@/lib/api/handler";
import { db } from "@/lib/neo4j/driver";
import { slugSchema } from "@/lib/api/params";
import { AppError } from "@/lib/errors";
import { getViewGraph, type ViewGraph } from "@/lib/views";

export const dynamic = "force-dynamic";

export const GET = route<{ params: Promise<{ slug: string }> }>(async (_req, { params }) => {
  const parsed = slugSchema.safeParse((await params).slug);
  if (!parsed.success) throw new AppError("bad_request", "A view slug is lower-case words joined by hyphens, like alibaba-portfolio.");
  return json((await getViewGraph(db(), parsed.data)) satisfies ViewGraph);
}, { validate: true });
