import { AppError } from "../errors";
import { entityIdSchema } from "./params";

/** Validates an id from a URL path segment (Next has already percent-decoded it). */
export function parseEntityId(raw: string): string {
  let id = raw;
  try {
    // A doubly encoded id (company%253Abaidu) is decoded once more; a malformed escape is bad input, not a crash.
    if (/%[0-9a-fA-F]{2}/.test(id)) id = decodeURIComponent(id);
  } catch {
    throw new AppError("bad_request", "The id is not a well-formed URL component.");
  }
  const parsed = entityIdSchema.safeParse(id);
  if (!parsed.success) throw new AppError("bad_request", `The id ${parsed.error.issues[0]?.message ?? "is not valid"}.`);
  return parsed.data;
}
