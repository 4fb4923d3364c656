/** Errors with a code and a human message, mapped to an HTTP status in one place (toHttpError). */
import neo4j from "neo4j-driver";

export type ErrorCode =
  | "bad_request"
  | "not_found"
  | "payload_too_large"
  | "rate_limited"
  | "forbidden"
  | "refused"
  | "syntax_error"
  | "timeout"
  | "resource_limit"
  | "database_unavailable"
  | "console_disabled"
  | "internal";

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  forbidden: 403,
  refused: 403,
  not_found: 404,
  timeout: 408,
  resource_limit: 422,
  payload_too_large: 413,
  syntax_error: 422,
  rate_limited: 429,
  internal: 500,
  database_unavailable: 503,
  console_disabled: 404,
};

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "AppError";
  }
  get status(): number {
    return STATUS[this.code];
  }
}

const UNAVAILABLE_CODES = new Set([
  neo4j.error.SERVICE_UNAVAILABLE,
  neo4j.error.SESSION_EXPIRED,
  "Neo.TransientError.General.DatabaseUnavailable",
  "Neo.ClientError.Database.DatabaseNotFound",
  "Neo.ClientError.Security.Unauthorized",
  "Neo.ClientError.Security.AuthenticationRateLimit",
  "ECONNREFUSED",
]);

/** True when a driver error means "the database can't be reached" rather than "this query is wrong". */
export function isUnavailable(e: unknown): boolean {
  const err = e as { code?: string; message?: string; name?: string };
  if (!err || typeof err !== "object") return false;
  if (err.code && UNAVAILABLE_CODES.has(err.code)) return true;
  const msg = String(err.message ?? "");
  return /ECONNREFUSED|ECONNRESET|connection.*(closed|refused|terminated)|Could not perform discovery|Failed to connect|acquisition timed out|Pool is closed/i.test(
    msg,
  );
}

/** True when the server stopped the transaction because it ran past its timeout. */
export function isTimeout(e: unknown): boolean {
  const err = e as { code?: string; message?: string };
  return (
    !!err &&
    (err.code === "Neo.ClientError.Transaction.TransactionTimedOut" ||
      err.code === "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration" ||
      /transaction has been terminated|timed out/i.test(String(err.message ?? "")))
  );
}

/** Maps anything thrown to a status and a JSON body that is safe to send to a browser (no stack, no internals). */
export function toHttpError(e: unknown): { status: number; body: { error: { code: ErrorCode; message: string } }; headers: Record<string, string> } {
  // Duck-typed as well: an AppError created before a dev hot reload belongs to an older copy of this class.
  if (e instanceof AppError || (e instanceof Error && e.name === "AppError" && "code" in e && (e as AppError).code in STATUS)) {
    const err = e as AppError;
    return { status: STATUS[err.code], body: { error: { code: err.code, message: err.message } }, headers: err.headers ?? {} };
  }
  if (isUnavailable(e)) {
    return {
      status: 503,
      body: { error: { code: "database_unavailable", message: "The graph database is unavailable right now. Try again in a few seconds." } },
      headers: { "Retry-After": "5" },
    };
  }
  if (/MemoryPoolOutOfMemoryError|memory\.transaction\.max/.test(`${(e as { code?: string })?.code ?? ""} ${(e as Error)?.message ?? ""}`)) {
    return {
      status: 422,
      body: { error: { code: "resource_limit", message: "The query needs more memory than one query may use here. Narrow it down." } },
      headers: {},
    };
  }
  if (isTimeout(e)) {
    return { status: 408, body: { error: { code: "timeout", message: "The query ran past its time limit and was stopped." } }, headers: {} };
  }
  console.error("[api] unexpected error:", e);
  return { status: 500, body: { error: { code: "internal", message: "Something went wrong on the server." } }, headers: {} };
}
