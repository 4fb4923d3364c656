/**
 * Route handlers stay a few lines: parse input with zod, call one lib/ function, and let this wrapper map every
 * error to a status and a JSON body. Never a stack trace, never a 500 for bad input.
 */
import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";
import { env } from "../env";
import { db } from "../neo4j/driver";
import { withValidator } from "./http-cache";
import { clientKey, enforceRateLimit, limiter } from "./rate-limit";
import { AppError, toHttpError } from "../errors";

export function json(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): NextResponse {
  return NextResponse.json(body, { status: init.status ?? 200, headers: { "Cache-Control": "no-store", ...init.headers } });
}

export function errorResponse(e: unknown): NextResponse {
  const { status, body, headers } = toHttpError(e);
  return json(body, { status, headers });
}

type Handler<C> = (req: NextRequest, ctx: C) => Promise<Response>;

/**
 * Wraps a handler so anything it throws becomes a JSON error; applies the API's per-client rate limit.
 * `{ validate: true }` (the reads of the graph): an ETag on every 200 and a 304 for a matching If-None-Match
 * (lib/api/http-cache.ts).
 */
export function route<C>(fn: Handler<C>, opts: { validate?: boolean } = {}): Handler<C> {
  return async (req, ctx) => {
    try {
      const perMinute = env().API_RATE_LIMIT_PER_MINUTE;
      if (perMinute > 0) enforceRateLimit(limiter("api", perMinute), clientKey(req.headers), "API requests");
      return await (opts.validate ? withValidator(req, db(), () => fn(req, ctx)) : fn(req, ctx));
    } catch (e) {
      return errorResponse(e);
    }
  };
}

/** Formats zod issues as one readable sentence naming each parameter. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((i) => `${i.path.length ? `"${i.path.join(".")}"` : "input"}: ${i.message}`)
    .join("; ");
}

const MAX_URL_LENGTH = 8_192;

/** Parses the query string with a zod schema; repeated keys and oversized URLs are refused. */
export function parseSearchParams<T extends z.ZodType>(req: NextRequest, schema: T): z.infer<T> {
  if (req.url.length > MAX_URL_LENGTH) throw new AppError("payload_too_large", `The URL is longer than ${MAX_URL_LENGTH} characters.`);
  const out: Record<string, string> = Object.create(null); // "constructor", "__proto__" are plain names here
  for (const [k, v] of req.nextUrl.searchParams) {
    if (Object.hasOwn(out, k)) throw new AppError("bad_request", `The parameter "${k}" is given more than once.`);
    out[k] = v;
  }
  const parsed = schema.safeParse(out);
  if (!parsed.success) throw new AppError("bad_request", `Bad parameters: ${describeIssues(parsed.error)}.`);
  return parsed.data;
}
