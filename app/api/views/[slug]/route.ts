import { z } from "zod";
import { db, json, route } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { findView, runView } from "@/lib/views";

export const dynamic = "force-dynamic";

const slugSchema = z.string().max(60).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const GET = route<{ params: Promise<{ slug: string }> }>(async (_req, { params }) => {
  const parsed = slugSchema.safeParse((await params).slug);
  if (!parsed.success) throw new AppError("bad_request", "A view slug is lower-case words joined by hyphens, like alibaba-portfolio.");
  const view = findView(parsed.data);
  const graph = await runView(db(), view);
  return json({ view: { slug: view.slug, title: view.title, description: view.description }, graph });
});
