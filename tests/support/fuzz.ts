/** Generators of hostile input for property-based tests, and a parallel runner for HTTP properties. */
import fc from "fast-check";

const pieces = [
  "百度",
  "文心一言",
  "通義千問",
  "ﾊﾞｲﾄﾞｩ",
  "مرحبا",
  "שלום",
  "\u202e",
  "\u200b",
  "\u0000",
  "\n",
  "%",
  "%00",
  "%ZZ",
  "../",
  "..%2F",
  "'",
  '"',
  "`",
  "\\",
  "$",
  "{",
  "}",
  "[",
  "]",
  "(",
  ")",
  ":",
  ";",
  "*",
  "~",
  "AND",
  "OR",
  "MATCH (n) DETACH DELETE n",
  "company:baidu",
  "model:ernie-bot",
  "99999999999999999999999",
  "-1",
  "1e309",
  "NaN",
  "Infinity",
  "0x10",
  "true",
  "null",
  "[]",
  "{}",
  '{"a":'.repeat(50),
  "𠀀",
  "😀",
  "é",
];

/** Strings mixing random code points (control characters included) with known troublemakers. */
export const hostileString = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.array(fc.constantFrom(...pieces), { maxLength: 6 }).map((a) => a.join("")),
  fc.integer().map(String),
  fc.double().map(String),
  fc.bigInt().map(String),
  fc.string({ minLength: 251, maxLength: 3000 }),
);

/** A query string with random keys (repeats included) and hostile values. */
export const hostileQuery = (knownKeys: string[]) =>
  fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...knownKeys), hostileString), hostileString), { maxLength: 5 })
    .map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join("&"));

export interface Probe {
  path: string;
  status: number;
  body: unknown;
}

/** Runs `fetchOne` over every input with bounded concurrency; returns the responses that broke `ok`. */
export async function probeAll(
  inputs: string[],
  fetchOne: (input: string) => Promise<Probe>,
  ok: (p: Probe) => boolean,
  concurrency = 12,
): Promise<Probe[]> {
  const bad: Probe[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < inputs.length) {
        const input = inputs[next++];
        const p = await fetchOne(input);
        if (!ok(p)) bad.push(p);
      }
    }),
  );
  return bad;
}
