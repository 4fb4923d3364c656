/**
 * The console's HTTP input: `POST /api/cypher` with `{"query": string, "params"?: object}`. The body is read with a
 * byte cap (413 past it) before it is parsed; the query length and the parameters' size have their own caps.
 */
import { z } from "zod";
import { describeIssues } from "../api/handler";
import type { Env } from "../env";
import { AppError } from "../errors";
import type { ConsoleLimits } from "./runner";

export function consoleLimits(e: Env): ConsoleLimits {
  return { timeoutMs: e.CYPHER_TIMEOUT_MS, maxRows: e.CYPHER_MAX_ROWS, maxQueryLength: e.CYPHER_MAX_QUERY_LENGTH };
}

const bodySchema = z.strictObject({
  query: z.string({ error: "must be a string (the Cypher query)" }),
  params: z.record(z.string(), z.unknown()).nullish(),
});

/** Reads at most `max` bytes of the body; throws 413 beyond. */
async function readCapped(req: Request, max: number): Promise<string> {
  const declared = Number(req.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > max) throw tooLarge(declared, max);
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(size, max);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

function tooLarge(size: number, max: number): AppError {
  return new AppError("payload_too_large", `The request is larger than ${max} bytes (${size}+). Shorten the query or the parameters.`);
}

/** Parses and size-checks a console request. Throws AppError (400 / 413). */
export async function readConsoleRequest(req: Request, e: Env): Promise<{ query: string; params: Record<string, unknown> }> {
  // A query of N characters is at most 3N bytes in UTF-8, and 6N as JSON escapes; plus the parameters and framing.
  const max = e.CYPHER_MAX_QUERY_LENGTH * 6 + e.CYPHER_MAX_PARAMS_BYTES + 1024;
  const text = await readCapped(req, max);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new AppError("bad_request", 'The body must be JSON: {"query": "MATCH (n) RETURN n LIMIT 5", "params": {}}.');
  }
  const parsed = bodySchema.safeParse(raw);
  if (!parsed.success) throw new AppError("bad_request", `Bad request: ${describeIssues(parsed.error)}.`);
  const { query, params } = parsed.data;
  if (query.length > e.CYPHER_MAX_QUERY_LENGTH) {
    throw new AppError("payload_too_large", `The query is ${query.length} characters long; the limit is ${e.CYPHER_MAX_QUERY_LENGTH}.`);
  }
  const paramBytes = params ? Buffer.byteLength(JSON.stringify(params)) : 0;
  if (paramBytes > e.CYPHER_MAX_PARAMS_BYTES) {
    throw new AppError("payload_too_large", `The parameters are ${paramBytes} bytes as JSON; the limit is ${e.CYPHER_MAX_PARAMS_BYTES}.`);
  }
  return { query, params: params ?? {} };
}
