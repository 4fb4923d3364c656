/**
 * An in-memory token bucket per client: `perMinute` tokens, refilled continuously, one per request. Enough for one
 * process (the app runs as one); behind several instances use the proxy's limiter instead. Pure apart from the
 * clock, which tests can pass in.
 */
import { env } from "../env";
import { AppError } from "../errors";

export type TakeResult = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

/** Buckets kept at most; beyond this the oldest (least recently used) are dropped. */
const MAX_KEYS = 10_000;

export class RateLimiter {
  private buckets = new Map<string, Bucket>();

  constructor(
    readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one token for `key`. A limit of 0 means no limit. */
  take(key: string): TakeResult {
    if (this.perMinute <= 0) return { ok: true, remaining: Infinity };
    const t = this.now();
    const perMs = this.perMinute / 60_000;
    const b = this.buckets.get(key) ?? { tokens: this.perMinute, at: t };
    b.tokens = Math.min(this.perMinute, b.tokens + Math.max(0, t - b.at) * perMs);
    b.at = t;
    // Re-insert so the Map's order is least-recently-used first.
    this.buckets.delete(key);
    this.buckets.set(key, b);
    if (this.buckets.size > MAX_KEYS) this.buckets.delete(this.buckets.keys().next().value as string);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return { ok: true, remaining: Math.floor(b.tokens) };
    }
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - b.tokens) / perMs / 1000)) };
  }

  get size(): number {
    return this.buckets.size;
  }
}

/**
 * Takes a token or throws a 429 AppError with Retry-After. A free function (not a method) so that a limiter kept on
 * globalThis across hot reloads never throws a stale copy of AppError.
 */
export function enforceRateLimit(l: RateLimiter, key: string, what = "requests"): void {
  const r = l.take(key);
  if (!r.ok) {
    throw new AppError("rate_limited", `Too many ${what}: the limit is ${l.perMinute} a minute. Try again in ${r.retryAfterSeconds} s.`, {
      "Retry-After": String(r.retryAfterSeconds),
    });
  }
}

/**
 * The client's key: behind a trusted proxy (TRUST_PROXY=on), the first hop of X-Forwarded-For (the address the proxy
 * saw), else X-Real-IP. Without a trusted proxy those headers are the client's own words, so every client shares
 * one key: the limit is then a global ceiling that no client can dodge by inventing addresses.
 */
export function clientKey(headers: Headers, trustProxy = env().TRUST_PROXY): string {
  if (!trustProxy) return "shared";
  const xff = headers.get("x-forwarded-for");
  const first = xff?.split(",")[0]?.trim();
  if (first) return first.slice(0, 100);
  const real = headers.get("x-real-ip")?.trim();
  return real ? real.slice(0, 100) : "shared";
}

const globalForLimiters = globalThis as unknown as { __cngraphLimiters?: Map<string, RateLimiter> };

/** One limiter per name and rate, kept across hot reloads in development. */
export function limiter(name: string, perMinute: number): RateLimiter {
  const all = (globalForLimiters.__cngraphLimiters ??= new Map());
  const id = `${name}:${perMinute}`;
  let l = all.get(id);
  if (!l) {
    l = new RateLimiter(perMinute);
    all.set(id, l);
  }
  return l;
}
