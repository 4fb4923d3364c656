/**
 * This server's procedures as the console's guard needs them: `SHOW PROCEDURES YIELD name, mode, admin, …`, read
 * once and cached per driver and database for PROCEDURE_CATALOGUE_TTL_MS (plugins come and go only with a server
 * restart). The policy that uses it is in allow-list.ts (procedureVerdict). A failed read is remembered for a short
 * while and means "the always-allowed built-ins only"; an unreachable database is not remembered and is thrown, so
 * the caller answers 503 as for any query.
 */
import type { Driver } from "neo4j-driver";
import { isUnavailable } from "../errors";
import { readQuery } from "../neo4j/run";
import { procedureVerdict, type ProcedureCatalogue, type ProcedureInfo } from "./allow-list";

/** How long a catalogue is trusted. */
export const PROCEDURE_CATALOGUE_TTL_MS = 5 * 60_000;
/** How long a failed read (no privilege, an old server…) is remembered before the server is asked again. */
export const PROCEDURE_CATALOGUE_RETRY_MS = 30_000;
const QUERY_TIMEOUT_MS = 3_000;

export const PROCEDURES_QUERY = "SHOW PROCEDURES YIELD name, mode, admin, signature, returnDescription";

interface Entry {
  /** When this entry stops being trusted (ms since the epoch). */
  until: number;
  value: Promise<ProcedureCatalogue | undefined>;
}

const cache = new WeakMap<Driver, Map<string, Entry>>();

/**
 * The catalogue of this driver's server (for this database), from the cache when it is fresh. Undefined when the
 * server could not say (the guard then allows the built-ins only). Throws only when the database is unreachable.
 */
export async function readProcedureCatalogue(db: { driver: Driver; database: string }, now: () => number = Date.now): Promise<ProcedureCatalogue | undefined> {
  let perDb = cache.get(db.driver);
  if (!perDb) cache.set(db.driver, (perDb = new Map()));
  const hit = perDb.get(db.database);
  if (hit && hit.until > now()) return hit.value;

  const entry: Entry = { until: Number.POSITIVE_INFINITY, value: Promise.resolve(undefined) };
  entry.value = fetchCatalogue(db).then(
    (catalogue) => {
      entry.until = now() + PROCEDURE_CATALOGUE_TTL_MS;
      return catalogue;
    },
    (e: unknown) => {
      if (isUnavailable(e)) {
        if (perDb.get(db.database) === entry) perDb.delete(db.database);
        throw e;
      }
      entry.until = now() + PROCEDURE_CATALOGUE_RETRY_MS;
      return undefined;
    },
  );
  perDb.set(db.database, entry); // concurrent callers share the one read in flight
  return entry.value;
}

/** Forgets a driver's cached catalogues (tests; a server known to have changed its plugins). */
export function forgetProcedureCatalogues(driver: Driver): void {
  cache.delete(driver);
}

async function fetchCatalogue(db: { driver: Driver; database: string }): Promise<ProcedureCatalogue> {
  const res = await readQuery({ ...db, timeoutMs: QUERY_TIMEOUT_MS }, PROCEDURES_QUERY, {}, { app: "cn-genai-graph", kind: "console-procedures" });
  return catalogueFrom(res.records.map((r) => r.toObject() as Record<string, unknown>));
}

/**
 * Builds a catalogue from SHOW PROCEDURES rows. Names are keyed lower-cased; when two differ only in case, the
 * stricter one is kept (not READ, or admin-only), so a case trick cannot borrow a read-only twin's verdict.
 */
export function catalogueFrom(rows: readonly Record<string, unknown>[]): ProcedureCatalogue {
  const out = new Map<string, ProcedureInfo>();
  for (const row of rows) {
    if (typeof row.name !== "string" || !row.name) continue;
    const info: ProcedureInfo = {
      name: row.name,
      mode: typeof row.mode === "string" ? row.mode.toUpperCase() : "UNKNOWN",
      admin: row.admin !== false, // unknown counts as admin-only
      signature: editorSignature(row.name, row.signature),
      returnItems: returnItems(row.returnDescription),
    };
    const key = row.name.toLowerCase();
    const seen = out.get(key);
    if (!seen || (isReadOnly(seen) && !isReadOnly(info))) out.set(key, info);
  }
  return out;
}

const isReadOnly = (p: ProcedureInfo) => p.mode === "READ" && !p.admin;

/** `db.labels() :: (label :: STRING)` -> `() :: (label :: STRING)` (what the editor's completion shows). */
function editorSignature(name: string, signature: unknown): string {
  if (typeof signature !== "string") return "";
  return signature.startsWith(name) ? signature.slice(name.length) : signature;
}

function returnItems(description: unknown): { name: string; signature: string }[] {
  if (!Array.isArray(description)) return [];
  return description.flatMap((d: unknown) => {
    const r = d as { name?: unknown; type?: unknown } | null;
    return r && typeof r.name === "string" ? [{ name: r.name, signature: typeof r.type === "string" ? r.type : "ANY" }] : [];
  });
}

/** The procedures of a catalogue the console lets people call, sorted by name (the editor's completion). */
export function callableProcedures(catalogue: ProcedureCatalogue | undefined): ProcedureInfo[] {
  if (!catalogue) return [];
  return [...catalogue.values()].filter((p) => procedureVerdict(p.name, catalogue).ok).sort((a, b) => a.name.localeCompare(b.name));
}
