/** Shared zod schemas for API inputs (pure: usable by tests and the client too). */
import { z } from "zod";
import { ID_PATTERN } from "../../graph-seed/schema";

/** Printable text without control characters. */
const noControl = (s: string) => !/[\u0000-\u001f\u007f]/.test(s);

export const entityIdSchema = z
  .string()
  .min(1, "is empty")
  .max(200, "is longer than 200 characters")
  .refine(noControl, "contains control characters")
  .refine((s) => ID_PATTERN.test(s) || /^element:[\w:-]+$/.test(s), "is not an entity id (like company:baidu)");

const intParam = (def: number, min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,7}$/, `must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`))
    .optional()
    .transform((v) => v ?? def);

export const searchQuerySchema = z.strictObject({
  q: z
    .string()
    .max(200, "is longer than 200 characters")
    .refine(noControl, "contains control characters")
    .refine((s) => s.trim().length > 0, "is empty"),
  limit: intParam(20, 1, 100),
});

export const REL_TYPE = /^[A-Z][A-Z0-9_]{0,59}$/;

export const neighborhoodQuerySchema = z.strictObject({
  depth: intParam(1, 1, 3).transform((d) => d as 1 | 2 | 3),
  limit: intParam(200, 1, 2000),
  types: z
    .string()
    .max(1000)
    .optional()
    .transform((s) => (s ? s.split(",").filter(Boolean) : []))
    .pipe(z.array(z.string().regex(REL_TYPE, "must be relationship types like PARTNER_OF, comma-separated")).max(50)),
});
