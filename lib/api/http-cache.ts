/**
 * HTTP validators for the read endpoints: every 200 carries an ETag and `Cache-Control: public, no-cache` (a
 * browser or CDN may keep it and must ask again before using it), and a request whose If-None-Match matches gets
 * a 304 with no body. The graph is written by a seed run and read by everyone else, so the answer to a URL changes
 * only when the data, the build or the app's settings do. docs/scaling.md says how a CDN uses this.
 *
 * Two kinds of ETag:
 * - In our own graph (`ours` mode) the ETag is computed BEFORE the query, from the data's version (dataVersion
 *   below), the deployment (build id, settings, views files) and the URL; a match answers 304 without running
 *   the query at all — the win a revalidating CDN gets.
 * - Anywhere else (a database we did not design, or the version cannot be read) the ETag is a hash of the body:
 *   exact, and the 304 saves the transfer, not the query.
 * Community Neo4j exposes no transaction id (SHOW DATABASES' lastCommittedTxn is null there), so the version is
 * what the seed leaves: each set's content hash on its nodes (seed_version, lib/seed/write.ts) with the count
 * store's node and relationship counts. A write that is not a seed run and changes no count (a property edited
 * in Neo4j Browser) is not seen until the version's cache expires AND something countable changes: the app itself
 * never writes (the console is read-only), so its own data path is covered.
 */
import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { env } from "../env";
import { graphMode } from "../neo4j/graph-mode";
import { readQuery, type Db } from "../neo4j/run";
import { viewsFiles } from "../views";

export const CACHE_CONTROL = "public, no-cache";
/** How long one process trusts a data version it read: a 304 may be this stale after a seed run. */
export const VERSION_TTL_MS = 1_000;

const hash = (...parts: (string | Uint8Array)[]) => {
  const h = crypto.createHash("sha256");
  for (const p of parts) h.update(p).update("\0");
  return h.digest("base64url").slice(0, 27);
};

let deployment: string | undefined;
/** What besides the data decides an answer: the build, the settings that change answers, the views' files. */
export function deploymentTag(): string {
  if (deployment) return deployment;
  const buildIdFile = path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "BUILD_ID");
  // `next dev` has no BUILD_ID: its answers change with every edit, so each process is its own deployment.
  const build = fs.existsSync(buildIdFile) ? fs.readFileSync(buildIdFile, "utf8").trim() : `dev-${crypto.randomUUID()}`;
  const e = env();
  // viewsFiles(): VIEWS_FILE's files when it is set (ours or the operator's views), else the seed sets'.
  const views = viewsFiles().map((f) => (fs.existsSync(f) ? fs.readFileSync(f) : ""));
  deployment = hash(build, e.GRAPH_MODE, e.NEO4J_DATABASE, String(e.CYPHER_CONSOLE), ...views.map((v) => hash(v)));
  return deployment;
}

const VERSION_QUERY = `MATCH (n:Entity) WHERE n.seed_set IS NOT NULL
WITH DISTINCT n.seed_set AS s
CALL (s) { MATCH (m:Entity) WHERE m.seed_set = s RETURN m.seed_version AS v LIMIT 1 }
WITH s, v ORDER BY s
RETURN collect(s + ':' + coalesce(v, '')) AS sets, COUNT { MATCH (x) } AS nodes, COUNT { MATCH ()-[r]->() } AS rels`;

const versions = new WeakMap<object, { at: number; value: Promise<string | null> }>();

/**
 * The data's version in our own graph, read at most once per VERSION_TTL_MS per process (concurrent requests share
 * one read); null in a database we did not design or when it cannot be read (then the body is hashed).
 */
export function dataVersion(db: Db): Promise<string | null> {
  const hit = versions.get(db.driver);
  if (hit && Date.now() - hit.at < VERSION_TTL_MS) return hit.value;
  const value = (async () => {
    if ((await graphMode(db)) !== "ours") return null;
    const res = await readQuery(db, VERSION_QUERY, {}, { app: "cn-genai-graph", kind: "version" });
    const r = res.records[0];
    return r ? hash("ours", ...(r.get("sets") as string[]), String(r.get("nodes")), String(r.get("rels"))) : null;
  })().catch(() => null);
  versions.set(db.driver, { at: Date.now(), value });
  return value;
}

export const weakEtag = (...parts: (string | Uint8Array)[]) => `W/"${hash(...parts)}"`;

/** If-None-Match against an ETag: a list of tags or `*`, compared weakly (RFC 9110 13.1.2). */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (t: string) => t.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((t) => t.trim() === "*" || bare(t) === bare(etag));
}

function notModified(etag: string, cacheControl: string): Response {
  return new Response(null, { status: 304, headers: { ETag: etag, "Cache-Control": cacheControl } });
}

export interface ValidatorOptions {
  /** Cache-Control of a 200 and a 304 (default CACHE_CONTROL). */
  cacheControl?: string;
  /** Which answers get a validator (default: every 200); a fallback answer must not be kept as the answer. */
  cacheable?: (res: Response) => boolean;
}

/** The URL's path and query as the request spelled them: the cache key a proxy uses too. */
function resource(req: Request): string {
  const u = new URL(req.url);
  return u.pathname + u.search;
}

/** Wraps a GET's answer in a validator (see the top of this file); anything but a 200 passes through unchanged. */
export async function withValidator(req: Request, db: Db, produce: () => Promise<Response>, opts: ValidatorOptions = {}): Promise<Response> {
  const cacheControl = opts.cacheControl ?? CACHE_CONTROL;
  const cacheable = (r: Response) => r.status === 200 && (opts.cacheable?.(r) ?? true);
  const ifNoneMatch = req.headers.get("if-none-match");
  const version = await dataVersion(db);
  if (version) {
    const etag = weakEtag(deploymentTag(), version, resource(req));
    // A tag matches only where this URL answered 200 at this version, so it still does; `*` ("any answer") needs
    // the answer to know whether there is one.
    if (matchesEtag(ifNoneMatch, etag) && !ifNoneMatch?.includes("*")) return notModified(etag, cacheControl);
    const res = await produce();
    if (!cacheable(res)) return res;
    if (matchesEtag(ifNoneMatch, etag)) return notModified(etag, cacheControl);
    res.headers.set("ETag", etag);
    res.headers.set("Cache-Control", cacheControl);
    return res;
  }
  const res = await produce();
  if (!cacheable(res)) return res;
  const body = new Uint8Array(await res.arrayBuffer());
  const etag = weakEtag(deploymentTag(), "body", body);
  if (matchesEtag(ifNoneMatch, etag)) return notModified(etag, cacheControl);
  const headers = new Headers(res.headers);
  headers.set("ETag", etag);
  headers.set("Cache-Control", cacheControl);
  return new Response(body, { status: 200, headers });
}
