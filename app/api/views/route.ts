import { json, route } from "@/lib/api/handler";
import { db } from "@/lib/neo4j/driver";
import { listViews, type ViewList } from "@/lib/views";

export const dynamic = "force-dynamic";

export const GET = route(async () => json({ views: await listViews(db()) } satisfies ViewList), { validate: true });
