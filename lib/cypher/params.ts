/**
 * Parses the parameters as the console's URL carries them (`p=` JSON text). Also checks the byte cap.
 * Returns the raw JSON value; run convertParams on it.
 */
export function parseParamsText(text: string, maxBytes: number): { ok: true; value: unknown } | { ok: false; reason: string; tooLarge?: boolean } {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > maxBytes) return { ok: false, reason: `The parameters are ${bytes} bytes; the limit is ${maxBytes}.`, tooLarge: true };
  if (!text.trim()) return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, reason: `The parameters are not valid JSON: ${(e as Error).message}` };
  }
}
