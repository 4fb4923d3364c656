/**
 * The bare HTTP reference for the API bench: Node's own http server answering the API's paths by calling the same
 * query functions the routes call (lib/neo4j/queries, lib/views) and JSON.stringify — no framework, no validation
 * beyond what the functions need, no rate limit. What any HTTP server would cost on top of the driver; the app's
 * remaining overhead over this is Next's. Run as its own process by bench/api.ts:
 *   tsx bench/bare-http.ts <port> <bolt uri> <password> <views.json>
 */
import fs from "node:fs";
import http from "node:http";
import neo4j from "neo4j-driver";
import type { SeedView } from "../graph-seed/schema";
import { getNeighborhood, getNode } from "../lib/neo4j/queries/nodes";
import { getOverview } from "../lib/neo4j/queries/overview";
import { findPaths } from "../lib/neo4j/queries/paths";
import { searchEntities } from "../lib/neo4j/queries/search";
import type { Db } from "../lib/neo4j/run";
import { runView } from "../lib/views";

const [port, uri, password, viewsFile] = process.argv.slice(2);
const views = JSON.parse(fs.readFileSync(viewsFile, "utf8")) as SeedView[] | { views: SeedView[] };
const viewList = Array.isArray(views) ? views : views.views;
const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", password), { maxConnectionPoolSize: 64 });
const db: Db = { driver, database: "neo4j", timeoutMs: 10_000 };

async function answer(method: string, url: URL, body: string): Promise<unknown> {
  const p = url.pathname;
  let m: RegExpExecArray | null;
  if (p === "/api/search") return { results: await searchEntities(db, url.searchParams.get("q") ?? "", Number(url.searchParams.get("limit") ?? 20)) };
  if ((m = /^\/api\/nodes\/([^/]+)\/neighborhood$/.exec(p)))
    return getNeighborhood(db, decodeURIComponent(m[1]), Number(url.searchParams.get("depth") ?? 1) as 1 | 2 | 3, Number(url.searchParams.get("limit") ?? 200));
  if ((m = /^\/api\/nodes\/([^/]+)$/.exec(p))) return { node: await getNode(db, decodeURIComponent(m[1])) };
  if (p === "/api/paths")
    return findPaths(db, (url.searchParams.get("ids") ?? "").split(","), { all: url.searchParams.get("all") === "1" });
  if (p === "/api/overview") return getOverview(db, Number(url.searchParams.get("limit") ?? 1500));
  if ((m = /^\/api\/views\/([^/]+)$/.exec(p))) {
    const view = viewList.find((v) => v.slug === m![1]);
    return view ? { view: { slug: view.slug, title: view.title }, graph: await runView(db, view) } : null;
  }
  if (p === "/api/cypher" && method === "POST") {
    const { query, params } = JSON.parse(body) as { query: string; params: Record<string, unknown> };
    const r = await driver.executeQuery(query, params, { routing: neo4j.routing.READ, database: "neo4j", transactionConfig: { timeout: 5_000 } });
    return { columns: r.keys, rows: r.records.map((rec) => rec.toObject()) };
  }
  return null;
}

http
  .createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      answer(req.method ?? "GET", new URL(req.url ?? "/", "http://x"), body).then(
        (out) => {
          res.writeHead(out === null ? 404 : 200, { "content-type": "application/json" });
          res.end(JSON.stringify(out ?? { error: "not found" }));
        },
        (e: Error) => {
          res.writeHead(500, { "content-type": "application/json" });
          res.end(JSON.stringify({ error: e.message }));
        },
      );
    });
  })
  .listen(Number(port), "127.0.0.1", () => console.log(`bare-http listening on ${port}`));
