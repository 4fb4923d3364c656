import { db, json, route } from "@/lib/api/handler";
import { listViews } from "@/lib/views";

export const dynamic = "force-dynamic";

export const GET = route(async () => json({ views: await listViews(db()) }));
