/**
 * The deep-link parser under 10,000 generated links (FUZZ_RUNS): random strings, huge numbers, CJK and RTL text,
 * control characters, nested JSON, repeated keys. It never throws; it either refuses with a message or returns a
 * state whose serialisation parses back to the same state (a fixed point), within the documented limits.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_IDS, parseViewState, serializeViewState } from "../../lib/url/view-state";
import { hostileString } from "../support/fuzz";

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const KEYS = ["v", "n", "q", "x", "r", "s", "l", "f", "ft", "fr", "d0", "d1", "p", "c", "e", "rm"];

const link = fc.oneof(
  // Known keys with hostile values, repeated keys included.
  fc
    .array(fc.tuple(fc.constantFrom(...KEYS), hostileString), { maxLength: 8 })
    .map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("&")),
  // Raw text, not even URL-encoded.
  hostileString,
  // Plausible ids in bulk, sometimes past the limit.
  fc.array(fc.constantFrom("company:baidu", "model:ernie-bot", "x:y", "bad id", "企業:百度"), { maxLength: 700 }).map((ids) => `n=${ids.join(",")}`),
  // Numbers at and past every edge.
  fc.tuple(fc.double(), fc.double(), fc.double()).map(([a, b, c]) => `n=company:baidu&c=${a},${b},${c}`),
);

describe(`deep-link parser under ${RUNS} generated links`, () => {
  it("never throws, and any state it accepts is a fixed point of serialise -> parse", () => {
    fc.assert(
      fc.property(link, (raw) => {
        const parsed = parseViewState(raw);
        if (!parsed.ok) {
          expect(typeof parsed.error).toBe("string");
          expect(parsed.error.length).toBeGreaterThan(5);
          return;
        }
        const once = serializeViewState(parsed.state);
        const again = parseViewState(once);
        expect(again.ok).toBe(true);
        if (again.ok) expect(serializeViewState(again.state)).toBe(once);
        expect(parsed.state.nodes.length).toBeLessThanOrEqual(MAX_IDS);
      }),
      { numRuns: RUNS, seed: 20260728 },
    );
  });

  it("refuses a link naming 10,000 ids, fast", () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => `company:c${i}`).join(",");
    const t = performance.now();
    const r = parseViewState(`n=${ids}`);
    expect(r.ok).toBe(false);
    expect(performance.now() - t).toBeLessThan(1_000);
  });
});
