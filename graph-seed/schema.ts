/**
 * The seed format: what a file set in graph-seed/ may contain, checked with zod before anything is written.
 * See graph-seed/README.md for the layout. Pure module: no I/O, usable from scripts, tests and the app.
 */
import { z } from "zod";
import { ID_PATTERN, isPartialDate } from "../lib/patterns";
import { UNVERIFIED_MARK } from "./citation";
import { LABELS, NODE_LABELS, REL_TYPE_NAMES, REL_TYPES, type NodeLabel } from "./vocabulary";

/** `GovernmentBody` -> `government-body`: the prefix every id of that label starts with. */
export function idPrefix(label: string): string {
  return label.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
}

export const partialDate = z
  .string()
  .refine(isPartialDate, { message: "must be a date written YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date)" });

const text = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => s.trim().length > 0 && s === s.trim(), { message: "must be non-empty, without surrounding spaces" });

export const nodeId = z
  .string()
  .max(120)
  .regex(ID_PATTERN, { message: "must look like `label-prefix:kebab-name`, e.g. company:baidu" });

export const RESERVED_PROPERTIES = new Set([
  "id",
  "label",
  "name",
  "name_zh",
  "name_ja",
  "aliases",
  "sources",
  "date",
  "description",
  "seed_set",
  "search_text",
  "type",
  "key",
  "from",
  "to",
]);

const SNAKE = /^[a-z][a-z0-9_]*$/;
const scalar = z.union([z.string().max(2000), z.number().finite(), z.boolean()]);
/** Extra properties: snake_case keys; scalars or homogeneous lists of scalars (Neo4j property types). */
export const extraProperties = z
  .record(z.string(), z.union([scalar, z.array(scalar).max(500)]))
  .superRefine((props, ctx) => {
    for (const [key, value] of Object.entries(props)) {
      if (!SNAKE.test(key)) ctx.addIssue({ code: "custom", path: [key], message: "property names are snake_case" });
      if (RESERVED_PROPERTIES.has(key)) ctx.addIssue({ code: "custom", path: [key], message: `"${key}" is a reserved property name` });
      if (Array.isArray(value) && new Set(value.map((v) => typeof v)).size > 1) {
        ctx.addIssue({ code: "custom", path: [key], message: "a list property must hold values of one type" });
      }
      if (key.endsWith("_date") && (typeof value !== "string" || !isPartialDate(value))) {
        ctx.addIssue({ code: "custom", path: [key], message: "a *_date property must be YYYY, YYYY-MM or YYYY-MM-DD" });
      }
    }
  });

/** Keys of the file set's sources.json. */
export const sourceKey = z.string().regex(/^[a-z0-9][a-z0-9:._-]*$/, { message: "source keys are lowercase" }).max(100);


export const nodeSchema = z
  .strictObject({
    id: nodeId,
    label: z.enum(NODE_LABELS as [NodeLabel, ...NodeLabel[]]),
    /** English display name. */
    name: text(200),
    /** Simplified Chinese name. */
    name_zh: text(200),
    /** The name as the (Japanese) deck writes it. */
    name_ja: text(200),
    aliases: z.array(text(200)).max(50).default([]),
    sources: z.array(sourceKey).min(1, { message: "every node cites at least one source" }),
    /** The entity's own date: release (models, products), founding (companies, institutes), issue (policies). */
    date: partialDate.optional(),
    description: text(2000).optional(),
    properties: extraProperties.optional(),
  })
  .superRefine((node, ctx) => {
    // Ids are forever: a node keeps its id when its label changes, so the prefixes its label's nodes had are allowed.
    const prefixes = LABELS[node.label].idPrefixes;
    if (!prefixes.some((p) => node.id.startsWith(`${p}:`))) {
      ctx.addIssue({ code: "custom", path: ["id"], message: `a ${node.label} id starts with "${idPrefix(node.label)}:"` });
    }
  });
export type SeedNode = z.infer<typeof nodeSchema>;

export const relationshipSchema = z
  .strictObject({
    type: z.enum(REL_TYPE_NAMES, { message: `is not a relationship type of the vocabulary (graph-seed/vocabulary.ts): ${REL_TYPE_NAMES.join(", ")}` }),
    from: nodeId,
    to: nodeId,
    /** Tells apart two relationships of one type between the same two nodes. */
    key: z.string().regex(/^[a-z0-9-]+$/).max(40).optional(),
    sources: z.array(sourceKey).min(1, { message: "every relationship cites at least one source" }),
    date: partialDate.optional(),
    properties: extraProperties.optional(),
  })
;
export type SeedRelationship = z.infer<typeof relationshipSchema>;

/** Why a relationship's ends do not fit its type's declared domain -> range, or null when they do. */
export function endpointProblem(type: string, fromLabel: string, toLabel: string): { field: "from" | "to"; message: string } | null {
  const def = (REL_TYPES as Record<string, { from: readonly string[]; to: readonly string[] }>)[type];
  if (!def) return null;
  if (!def.from.includes(fromLabel)) return { field: "from", message: `a ${type} relationship starts at ${def.from.join(", ")}, not at a ${fromLabel}` };
  if (!def.to.includes(toLabel)) return { field: "to", message: `a ${type} relationship ends at ${def.to.join(", ")}, not at a ${toLabel}` };
  return null;
}

/** The stable id of a relationship, used as the edge key in graphs and URLs. */
export function relationshipId(rel: Pick<SeedRelationship, "from" | "type" | "to" | "key">): string {
  return `${rel.from}-${rel.type}->${rel.to}${rel.key ? `#${rel.key}` : ""}`;
}

export const dataFileSchema = z.strictObject({
  nodes: z.array(z.unknown()).default([]),
  relationships: z.array(z.unknown()).default([]),
});

export const sourceSchema = z.strictObject({
  /** deck: the briefing itself; cited: a source the deck cites; public: widely documented public knowledge. */
  kind: z.enum(["deck", "cited", "public"]),
  title: text(500),
  author: text(200).optional(),
  publisher: text(200).optional(),
  date: partialDate.optional(),
  /** For the deck: its section (e.g. "1-2 中国生成AI業界の代表事例"). */
  section: text(200).optional(),
  /** For the deck: the slide's title as written. */
  slide: text(500).optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** When the page was published (the deck's own date is `date`). */
  published: partialDate.optional(),
  /** False when no readable public page states the fact: the citation says so and the details panel shows it. */
  verified: z.boolean().optional(),
  /** For public knowledge: the date the fact is stated as of. */
  as_of: partialDate.optional(),
  note: text(1000).optional(),
});
export type SeedSource = z.infer<typeof sourceSchema>;
export const sourcesFileSchema = z.record(sourceKey, sourceSchema);

/** Japanese (kana or kanji) and Chinese (Han) characters: a translation holds some of its language's script. */
const JAPANESE_SCRIPT = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
const CHINESE_SCRIPT = /\p{Script=Han}/u;

export const viewSchema = z
  .strictObject({
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(60),
    /** English: the API's `title` and `description`. */
    title: text(120),
    /** Japanese (names as the deck spells them) and Simplified Chinese: every view has all three languages. */
    title_ja: text(120),
    title_zh: text(120),
    description: text(1000),
    description_ja: text(1000),
    description_zh: text(1000),
    /** A read-only Cypher query returning nodes, relationships and/or paths. */
    query: text(5000),
    params: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), z.unknown()).default({}),
  })
  .superRefine((view, ctx) => {
    const translations = [
      ["title_ja", view.title_ja, view.title, JAPANESE_SCRIPT, "Japanese"],
      ["description_ja", view.description_ja, view.description, JAPANESE_SCRIPT, "Japanese"],
      ["title_zh", view.title_zh, view.title, CHINESE_SCRIPT, "Chinese"],
      ["description_zh", view.description_zh, view.description, CHINESE_SCRIPT, "Chinese"],
    ] as const;
    for (const [field, value, english, script, language] of translations) {
      if (value === english) ctx.addIssue({ code: "custom", path: [field], message: "must be translated, not a copy of the English" });
      else if (!script.test(value)) ctx.addIssue({ code: "custom", path: [field], message: `must be written in ${language}` });
    }
  });
export type SeedView = z.infer<typeof viewSchema>;
export const viewsFileSchema = z.array(viewSchema);

/**
 * A named view an operator writes for a database we did not design (VIEWS_FILE in `any` mode, issue 17): a slug,
 * an English title and a read-only query; the description and the Japanese / Chinese texts are optional.
 */
export const operatorViewSchema = z.strictObject({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(60),
  title: text(120),
  title_ja: text(120).optional(),
  title_zh: text(120).optional(),
  description: text(1000).optional(),
  description_ja: text(1000).optional(),
  description_zh: text(1000).optional(),
  query: text(5000),
  params: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), z.unknown()).default({}),
});
export type OperatorView = z.infer<typeof operatorViewSchema>;
export const operatorViewsFileSchema = z.array(operatorViewSchema);

/** Renders a source as the one-line citation stored on nodes and relationships. */
export function renderCitation(src: SeedSource): string {
  const parts: string[] = [];
  if (src.kind === "public") parts.push("Public knowledge:");
  parts.push(src.title);
  const by = [src.author, src.publisher].filter(Boolean).join(", ");
  if (by) parts.push(`(${by}${src.date ? `, ${src.date}` : ""})`);
  else if (src.date) parts.push(`(${src.date})`);
  if (src.section) parts.push(`§ ${src.section}`);
  if (src.slide) parts.push(`— slide “${src.slide}”`);
  if (src.as_of) parts.push(`[as of ${src.as_of}]`);
  if (src.verified === false) parts.push(UNVERIFIED_MARK);
  if (src.url) parts.push(src.url);
  return parts.join(" ");
}
