/**
 * Runs one console query under every guard, in this order:
 *   1. the text (text-guard.ts: one statement, no writes/loads/USE/admin, allowed procedures and functions). When
 *      the text calls a procedure outside the always-allowed built-ins, this server's procedure catalogue is read
 *      first (procedures.ts, cached): its read-only procedures are allowed too, minus the denied families;
 *   2. the parameters (params.ts: a JSON object, any names, size/depth caps, whole numbers as INTEGER);
 *   3. the plan: EXPLAIN in a READ transaction, refused unless read-only and clean (plan-guard.ts). A query text
 *      whose plan passed is remembered (the verdict depends on the text alone: parameters carry values, never
 *      clauses), so running it again skips the EXPLAIN round trip;
 *   4. the run, in the same READ transaction with the server-side timeout and console metadata; records are
 *      streamed and reading stops at the row cap (the stream is cancelled, the query is never rewritten).
 * A watchdog closes the session if the server has not stopped the query shortly after its timeout.
 */
import neo4j, { type Driver, type Session } from "neo4j-driver";
import { AppError } from "../errors";
import { GraphCollector } from "../neo4j/mappers";
import type { Json } from "../graph/model";
import { consoleError, EXPLAIN_PREFIX } from "./errors";
import type { ProcedureCatalogue } from "./allow-list";
import { convertConsoleParams } from "./params";
import { checkPlan, type PlanLike } from "./plan-guard";
import { readProcedureCatalogue } from "./procedures";
import { checkQueryText, needsProcedureCatalogue } from "./text-guard";
import type { ConsoleResult } from "./types";
import { toCell } from "./values";

export const CONSOLE_METADATA = { app: "cn-genai-graph", kind: "console" } as const;

export interface ConsoleDb {
  driver: Driver;
  database: string;
}

export interface ConsoleLimits {
  timeoutMs: number;
  maxRows: number;
  maxQueryLength: number;
  /** Stop reading once the rows read so far are about this large as JSON (protects the server's memory). */
  maxResultBytes?: number;
}

const DEFAULT_MAX_RESULT_BYTES = 32 * 1024 * 1024;
/**
 * Console queries running at once in this process (each may hold a CPU for the timeout). More wait in line for a
 * slot, up to QUEUE_WAIT_MS; only then are they answered 429.
 */
export const MAX_CONCURRENT = 8;
const QUEUE_WAIT_MS = 10_000;
const waiting: (() => void)[] = [];

/** Takes a slot, waiting in line for at most QUEUE_WAIT_MS; false when none came free in time. */
function acquireSlot(): Promise<boolean> {
  if (running < MAX_CONCURRENT) {
    running++;
    return Promise.resolve(true);
  }
  return new Promise((resolve) => {
    const grant = () => {
      clearTimeout(timer);
      running++;
      resolve(true);
    };
    const timer = setTimeout(() => {
      const i = waiting.indexOf(grant);
      if (i >= 0) waiting.splice(i, 1);
      resolve(false);
    }, QUEUE_WAIT_MS);
    waiting.push(grant);
  });
}

function releaseSlot(): void {
  running--;
  waiting.shift()?.();
}
/** Extra time the server gets to stop a timed-out query before the session is closed from here. */
const WATCHDOG_GRACE_MS = 3_000;

let running = 0;

/**
 * Checks the text and the parameters without touching the database. `procedures`: this server's catalogue, when
 * the text calls procedures beyond the built-ins (else those are refused). Throws AppError.
 */
export function prepareConsoleQuery(query: string, rawParams: unknown, limits: Pick<ConsoleLimits, "maxQueryLength">, procedures?: ProcedureCatalogue) {
  if (query.length > limits.maxQueryLength) {
    throw new AppError("payload_too_large", `The query is ${query.length} characters long; the limit is ${limits.maxQueryLength}.`);
  }
  const text = checkQueryText(query, procedures);
  if (!text.ok) throw new AppError(text.reason.startsWith("The query is empty") ? "bad_request" : "refused", text.reason);
  const params = convertConsoleParams(rawParams);
  if (!params.ok) throw new AppError(params.tooLarge ? "payload_too_large" : "bad_request", params.reason);
  return { query: text.query, params: params.params };
}

/** Runs a console query; see the file comment. Throws AppError (or a driver error meaning "unavailable"). */
export async function runConsoleQuery(db: ConsoleDb, query: string, rawParams: unknown, limits: ConsoleLimits): Promise<ConsoleResult> {
  const started = Date.now();
  const procedures = query.length <= limits.maxQueryLength && needsProcedureCatalogue(query) ? await readProcedureCatalogue(db) : undefined;
  const prepared = prepareConsoleQuery(query, rawParams, limits, procedures);
  if (!(await acquireSlot())) {
    throw new AppError("rate_limited", `The console is busy running ${MAX_CONCURRENT} queries; try again in a moment.`, { "Retry-After": "2" });
  }
  const session = db.driver.session({
    defaultAccessMode: neo4j.session.READ,
    database: db.database,
    fetchSize: Math.min(limits.maxRows + 1, 1000),
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const watchdog = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      session.close().catch(() => undefined);
      reject(Object.assign(new Error("timed out"), { code: "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration" }));
    }, limits.timeoutMs + WATCHDOG_GRACE_MS);
  });
  const stage = { explained: true };
  try {
    return await Promise.race([execute(session, db.database, prepared, limits, started, stage, procedures), watchdog]);
  } catch (e) {
    throw consoleError(e, { timeoutMs: limits.timeoutMs, explained: stage.explained });
  } finally {
    clearTimeout(timer);
    releaseSlot();
    await session.close().catch(() => undefined);
  }
}

/** Query texts (per database) whose plan passed the plan guard; the oldest is forgotten first. */
const passedPlans = new Set<string>();
const MAX_PASSED_PLANS = 1_000;

async function execute(
  session: Session,
  database: string,
  { query, params }: { query: string; params: Record<string, unknown> },
  limits: ConsoleLimits,
  started: number,
  stage: { explained: boolean },
  procedures: ProcedureCatalogue | undefined,
): Promise<ConsoleResult> {
  const tx = await session.beginTransaction({ timeout: limits.timeoutMs, metadata: { ...CONSOLE_METADATA } });
  try {
    const key = `${database}\u0000${query}`;
    if (!passedPlans.has(key)) {
      const explain = await tx.run(EXPLAIN_PREFIX + query, params);
      const verdict = checkPlan(explain.summary.queryType, explain.summary.plan as PlanLike | false, database, procedures);
      if (!verdict.ok) throw new AppError("refused", verdict.reason);
      if (passedPlans.size >= MAX_PASSED_PLANS) passedPlans.delete(passedPlans.values().next().value as string);
      passedPlans.add(key);
    }
    stage.explained = false;

    const result = tx.run(query, params);
    const columns = [...(await result.keys())];
    const rows: Json[][] = [];
    const graph = new GraphCollector();
    const maxBytes = limits.maxResultBytes ?? DEFAULT_MAX_RESULT_BYTES;
    let bytes = 0;
    let truncated = false;
    for await (const record of result) {
      if (rows.length >= limits.maxRows || bytes > maxBytes) {
        truncated = true;
        break; // the iterator's return() cancels the stream: the server stops producing rows
      }
      const row = columns.map((c) => toCell(record.get(c)));
      bytes += JSON.stringify(row).length;
      for (const c of columns) graph.add(record.get(c));
      rows.push(row);
    }
    return {
      columns,
      rows,
      graph: graph.toGraph(),
      summary: { queryType: "r", rows: rows.length, truncated, ms: Date.now() - started, maxRows: limits.maxRows },
    };
  } finally {
    await tx.rollback().catch(() => undefined);
  }
}
