/** Shared zod schemas for API inputs (pure: usable by tests and the client too). */
import { z } from "zod";
import { hasControlChars, isNodeId, isRelFilter, MAX_ID_CHARS, MAX_SEARCH_CHARS, REL_KIND_PATTERN, REL_TYPE_PATTERN, SLUG_PATTERN, MAX_SLUG_CHARS } from "../patterns";

/** Printable text without control characters. */
const noControl = (s: string) => !hasControlChars(s);

export const entityIdSchema = z
  .string()
  .min(1, "is empty")
  .max(MAX_ID_CHARS, `is longer than ${MAX_ID_CHARS} characters`)
  .refine(noControl, "contains control characters")
  .refine(isNodeId, "is not an entity id (like company:baidu)");

export const slugSchema = z.string().max(MAX_SLUG_CHARS).regex(SLUG_PATTERN);

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
    .max(MAX_SEARCH_CHARS, `is longer than ${MAX_SEARCH_CHARS} characters`)
    .refine(noControl, "contains control characters")
    .refine((s) => s.trim().length > 0, "is empty"),
  limit: intParam(20, 1, 100),
});

/** Relationship types, comma-separated (at most 50); absent: none. */
const relTypeList = z
    .string()
    .max(1000)
    .optional()
    .transform((s) => (s ? s.split(",").filter(Boolean) : []))
    .pipe(z.array(z.string().regex(REL_TYPE_PATTERN, "must be relationship types like PARTNER_OF, comma-separated")).max(50));

/** Relationship filters, `TYPE` or `TYPE.kind` (only that kind), comma-separated (at most 50); absent: none. */
const relFilterList = z
  .string()
  .max(1000)
  .optional()
  .transform((s) => (s ? s.split(",").filter(Boolean) : []))
  .pipe(
    z
      .array(
        z.string().refine(isRelFilter, "must be relationship types like PARTNER_OF or a type's kind like USES.integrates, comma-separated"),
      )
      .max(50),
  );

export const neighborhoodQuerySchema = z.strictObject({
  depth: intParam(1, 1, 3).transform((d) => d as 1 | 2 | 3),
  limit: intParam(200, 1, 2000),
  types: relTypeList,
  kinds: z
    .string()
    .max(500)
    .optional()
    .transform((s) => (s ? s.split(",").filter(Boolean) : []))
    .pipe(z.array(z.string().regex(REL_KIND_PATTERN, "must be relationship kinds like integrates or built_on, comma-separated")).max(20)),
  overflow: z.enum(["cut", "center"], "must be cut or center").optional().transform((o) => o ?? "cut"),
});

/** `GET /api/search/graph`: the search's top hits as one graph (a search link's start). */
export const searchGraphQuerySchema = searchQuerySchema.extend({ limit: intParam(8, 1, 50) });

const flag = z.enum(["0", "1"], "must be 0 or 1").optional().transform((v) => v === "1");

/** `GET /api/paths`: the entities to join (2..8) and the options of lib/neo4j/queries/paths.ts. */
export const pathsQuerySchema = z.strictObject({
  ids: z
    .string()
    .max(8 * (MAX_ID_CHARS + 1), "is too long")
    .transform((s) => s.split(",").filter(Boolean))
    .pipe(z.array(entityIdSchema).min(2, "must name at least 2 entities, comma-separated").max(8, "must name at most 8 entities")),
  all: flag,
  directed: flag,
  concepts: flag,
  hops: intParam(6, 1, 8),
  ignore: relFilterList,
  scope: z.enum(["all", "deck"], "must be all or deck").optional().transform((s) => s ?? "all"),
});

/** `GET /api/overview`: how many entities at most (the best-connected first). */
export const overviewQuerySchema = z.strictObject({ limit: intParam(1500, 1, 5000) });
