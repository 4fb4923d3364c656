/**
 * Neo4j errors from a console query -> AppErrors in the user's terms: a syntax error with its line and column in
 * the user's text, a refused write, a timeout with the limit, a missing parameter. Anything that means "the
 * database is unreachable" is passed through for toHttpError (503).
 */
import { AppError, isTimeout, isUnavailable } from "../errors";

interface Neo4jErrorLike {
  code?: string;
  message?: string;
}

/** How many lines the runner puts before the user's text when it EXPLAINs ("EXPLAIN\n"). */
export const EXPLAIN_PREFIX = "EXPLAIN\n";

const POSITION = /\s*\(line (\d+), column (\d+) \(offset: (\d+)\)\)/;

/** First line of a Neo4j message, without the echoed query and caret, capped. */
function firstLine(message: string): string {
  const line = message.split("\n")[0].trim();
  return line.length > 400 ? `${line.slice(0, 400)}…` : line;
}

/**
 * Maps an error thrown while planning (`explained` true: the text had EXPLAIN_PREFIX before it) or running a
 * console query. Returns the error to throw.
 */
export function consoleError(e: unknown, opts: { timeoutMs: number; explained: boolean }): unknown {
  if (e instanceof AppError || isUnavailable(e)) return e;
  const err = (e ?? {}) as Neo4jErrorLike;
  const code = err.code ?? "";
  const message = String(err.message ?? "");
  if (isTimeout(e)) {
    return new AppError("timeout", `The query ran past the console's time limit of ${formatMs(opts.timeoutMs)} and was stopped. Add a LIMIT, or narrow the MATCH.`);
  }
  if (code === "Neo.ClientError.Statement.SyntaxError") {
    const head = firstLine(message);
    const m = POSITION.exec(head);
    const text = head.replace(POSITION, "").replace(/\s+$/, "");
    if (!m) return new AppError("syntax_error", `Syntax error: ${text}`);
    let line = Number(m[1]);
    if (opts.explained) line -= 1;
    const where = line >= 1 ? `line ${line}, column ${m[2]}` : "the start of the query";
    return new AppError("syntax_error", `Syntax error at ${where}: ${text}`);
  }
  if (code === "Neo.ClientError.Statement.AccessMode" || code.startsWith("Neo.ClientError.Security.Forbidden")) {
    return new AppError("refused", "Refused: this query writes to the graph; the console only reads.");
  }
  if (code === "Neo.ClientError.Statement.ParameterMissing") {
    return new AppError("bad_request", `${firstLine(message)} Add it to the parameters (JSON), e.g. {"name": "Baidu"}.`);
  }
  if (code === "Neo.ClientError.Procedure.ProcedureNotFound") {
    return new AppError("refused", "Refused: that procedure does not exist or is not available in the console.");
  }
  if (/MemoryPoolOutOfMemory|OutOfMemory/i.test(code)) {
    return new AppError("bad_request", "The query needs more memory than the database allows for one query. Return less, or add a LIMIT.");
  }
  if (code.startsWith("Neo.ClientError.")) {
    const text = firstLine(message).replace(POSITION, "");
    return new AppError("bad_request", `The query failed: ${text}`);
  }
  return e;
}

export function formatMs(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms} ms`;
}
