/**
 * Named views: data from graph-seed (slug, title, description, read-only Cypher), run on demand.
 * They are never stored as nodes, so search and the console never mistake them for the ecosystem.
 */
import fs from "node:fs";
import path from "node:path";
import { operatorViewsFileSchema, viewsFileSchema, type OperatorView, type SeedView } from "../graph-seed/schema";
import { graphMode, type GraphMode } from "./neo4j/graph-mode";
import { introspect } from "./neo4j/introspect";
import { AppError } from "./errors";
import type { SerializedGraph } from "./graph/model";
import { isPath } from "neo4j-driver";
import { GraphCollector, isNodeValue, isRelValue } from "./neo4j/mappers";
import { convertParams } from "./neo4j/params";
import { readQuery, type Db } from "./neo4j/run";

export { viewDescription, viewTitle, type ViewTexts } from "./view-text";

/** A view and the seed sets whose records it shows: its own set and the sets that one builds on (set.json). */
export type LoadedView = SeedView & { sets: string[] };
/** A view of a database we did not design: the operator's (VIEWS_FILE), records of any set. */
export type AnyView = OperatorView & { sets?: undefined };

let parsed: LoadedView[] | undefined;
let parsedOperator: AnyView[] | undefined;

/** The slug of the built-in view of a database we did not design: its labels and relationship types. */
export const SCHEMA_VIEW = "schema";

/** A views file's set (its directory's name, as the loader stores it in `seed_set`) and the sets it builds on. */
function setsOf(file: string): string[] {
  const dir = path.dirname(file);
  const setFile = path.join(dir, "set.json");
  const own = path.basename(dir);
  let base: string[] = [];
  try {
    const j = JSON.parse(fs.readFileSync(setFile, "utf8")) as { extends?: unknown };
    if (Array.isArray(j.extends)) base = j.extends.filter((x): x is string => typeof x === "string");
  } catch {
    /* no set.json: a set on its own */
  }
  return [own, ...base];
}

/** The seed sets whose views the app lists by default, in order (a set without views.json has none). */
export const DEFAULT_VIEW_SETS = ["ecosystem", "since-2023"] as const;

/** Where the views live: each default set's views.json, or the comma-separated files of VIEWS_FILE. */
export function viewsFiles(): string[] {
  const env = process.env.VIEWS_FILE;
  const files = env ? env.split(",").filter(Boolean) : DEFAULT_VIEW_SETS.map((set) => path.join("graph-seed", set, "views.json"));
  return files.map((f) => path.resolve(process.cwd(), f));
}

/** The views of the seeded sets, read and validated once; a slug given twice is an error. */
export function listViewDefinitions(): LoadedView[] {
  if (parsed) return parsed;
  const all: LoadedView[] = [];
  for (const file of viewsFiles()) {
    if (!fs.existsSync(file)) continue;
    const result = viewsFileSchema.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
    if (!result.success) throw new Error(`${file} is not a valid views file: ${result.error.message}`);
    for (const v of result.data) {
      if (all.some((w) => w.slug === v.slug)) throw new Error(`The view "${v.slug}" in ${file} is already defined by an earlier views file.`);
      all.push({ ...v, sets: setsOf(file) });
    }
  }
  return (parsed = all);
}

/**
 * The operator's views for a database we did not design (`any` mode): the files of VIEWS_FILE, each an array of
 * {slug, title, query, …} (graph-seed/schema.ts operatorViewSchema); none without VIEWS_FILE. Read once.
 */
export function listOperatorViews(): AnyView[] {
  if (parsedOperator) return parsedOperator;
  const all: AnyView[] = [];
  const files = (process.env.VIEWS_FILE ?? "").split(",").filter(Boolean).map((f) => path.resolve(process.cwd(), f));
  for (const file of files) {
    if (!fs.existsSync(file)) throw new Error(`VIEWS_FILE names ${file}, which does not exist.`);
    const result = operatorViewsFileSchema.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
    if (!result.success) throw new Error(`${file} is not a valid views file: ${result.error.message}`);
    for (const v of result.data) {
      if (v.slug === SCHEMA_VIEW || all.some((w) => w.slug === v.slug)) throw new Error(`The view "${v.slug}" in ${file} is defined twice (or is the built-in "${SCHEMA_VIEW}").`);
      all.push(v);
    }
  }
  return (parsedOperator = all);
}

export function findView(slug: string, mode: GraphMode = "ours"): LoadedView | AnyView {
  const view = (mode === "ours" ? listViewDefinitions() : listOperatorViews()).find((v) => v.slug === slug);
  if (!view) throw new AppError("not_found", `There is no view named "${slug}".`);
  return view;
}

/**
 * Runs a view's query and returns every node, relationship and path it yields as one graph — of its sets only: the
 * deck's views show the deck as it was, whatever later sets add to the database (records with no set stay).
 */
export async function runView(db: Db, view: Pick<SeedView, "slug" | "query" | "params"> & { sets?: string[] }): Promise<SerializedGraph> {
  const params = convertParams(view.params);
  if (!params.ok) throw new Error(`The view "${view.slug}" has parameters the driver cannot take: ${params.reason}`);
  const res = await readQuery(db, view.query, params.params, {
    app: "cn-genai-graph",
    kind: "view",
    view: view.slug,
  });
  const g = new GraphCollector();
  for (const rec of res.records) for (const key of rec.keys) g.add(view.sets?.length ? withinSets(rec.get(key), view.sets) : rec.get(key));
  return g.toGraph({ view: view.slug });
}

/**
 * A driver value less what other seed sets hold: a node or relationship of another set is dropped, and so is a
 * whole path that walks through one (so what is left stays as connected as the view drew it). Records with no set
 * stay. Lists are filtered element by element.
 */
export function withinSets(v: unknown, sets: readonly string[]): unknown {
  const ok = (props: Record<string, unknown>) => typeof props.seed_set !== "string" || sets.includes(props.seed_set);
  if (isNodeValue(v) || isRelValue(v)) return ok(v.properties) ? v : undefined;
  if (isPath(v)) return ok(v.start.properties) && v.segments.every((s) => ok(s.relationship.properties) && ok(s.end.properties)) ? v : undefined;
  if (Array.isArray(v)) return v.map((x) => withinSets(x, sets)).filter((x) => x !== undefined);
  return v;
}

/** A view as the explorer titles it: the English `title` and `description`, and each in Japanese and Chinese. */
export interface ViewInfo {
  slug: string;
  title: string;
  title_ja?: string;
  title_zh?: string;
  description?: string;
  description_ja?: string;
  description_zh?: string;
}

/** What the API says of a view: its slug and its texts (viewTitle / viewDescription pick one language). */
function viewInfo(v: SeedView | OperatorView | ViewInfo): ViewInfo {
  const { slug, title, title_ja, title_zh, description, description_ja, description_zh } = v;
  return { slug, title, title_ja, title_zh, description, description_ja, description_zh };
}

/** `GET /api/views/{slug}`: the view and its graph. */
export interface ViewGraph {
  view: ViewInfo;
  graph: SerializedGraph;
}

/** Runs the named view; 404 when there is none. */
export async function getViewGraph(db: Db, slug: string): Promise<ViewGraph> {
  const mode = await graphMode(db);
  if (mode === "any" && slug === SCHEMA_VIEW) return { view: SCHEMA_VIEW_INFO, graph: await schemaGraph(db) };
  const view = findView(slug, mode);
  const graph = await runView(db, view);
  return { view: viewInfo(view), graph };
}

/** The built-in view of a database we did not design (English; the page says its own title in its language). */
export const SCHEMA_VIEW_INFO: ViewInfo = {
  slug: SCHEMA_VIEW,
  title: "The database's schema",
  title_ja: "データベースのスキーマ",
  title_zh: "数据库的模式",
  description: "Every label as a node (with how many nodes carry it) and every relationship type between them: where to start in a database you do not know.",
  description_ja: "ラベルごとに1つのノード(そのラベルを持つノード数付き)と、その間のリレーションシップの種類。よく知らないデータベースを探索する出発点です。",
  description_zh: "每个标签显示为一个节点(附带拥有该标签的节点数),以及它们之间的关系类型:探索陌生数据库的起点。",
};

/** `schema:<label>` keys: lower-case, non-alphanumerics as hyphens, a number when two labels meet. */
function schemaKeys(labels: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const l of labels) {
    const base = `schema:${l.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "label"}`;
    let key = base;
    for (let i = 2; used.has(key); i++) key = `${base}-${i}`;
    used.add(key);
    out.set(l, key);
  }
  return out;
}

/**
 * The schema as a graph (lib/neo4j/introspect.ts): a node per label (`type` the label itself, so it takes that
 * label's colour; `count`, its properties), a relationship per (label, type, label) seen in a sample.
 */
export async function schemaGraph(db: Db): Promise<SerializedGraph> {
  const schema = await introspect(db);
  const keys = schemaKeys(schema.labels.map((l) => l.label));
  const nodes = schema.labels.map((l) => ({
    key: keys.get(l.label)!,
    attributes: {
      label: l.label,
      type: l.label,
      count: l.count,
      properties: l.properties.map((p) => p.key),
      ...(l.nameKeys.length ? { named_by: l.nameKeys[0] } : {}),
      ...(l.idKey ? { unique_key: l.idKey } : {}),
      schema: true,
    },
  }));
  const edges = schema.patterns
    .filter((p) => keys.has(p.from) && keys.has(p.to))
    .map((p) => ({
      key: `${keys.get(p.from)}-${p.type}->${keys.get(p.to)}`,
      source: keys.get(p.from)!,
      target: keys.get(p.to)!,
      attributes: { type: p.type, count: p.count },
    }));
  return { attributes: { view: SCHEMA_VIEW, schema: true }, options: { type: "directed", multi: true, allowSelfLoops: true }, nodes, edges };
}

/** One entry of `GET /api/views`: a view with its counts (null when unknown). */
export interface ViewSummary extends ViewInfo {
  nodes: number | null;
  relationships: number | null;
}

/** `GET /api/views`. */
export interface ViewList {
  views: ViewSummary[];
}

let summaryCache: { at: number; views: ViewSummary[] } | undefined;
const SUMMARY_TTL_MS = 60_000;

/** Every view with its node and relationship counts (cached for a minute: the gallery asks often). */
export async function listViews(db: Db): Promise<ViewSummary[]> {
  const mode = await graphMode(db);
  if (mode === "any") {
    const schema = await introspect(db);
    const own = await Promise.all(
      listOperatorViews().map(async (v) => {
        const g = await runView(db, v);
        return { ...viewInfo(v), nodes: g.nodes.length, relationships: g.edges.length };
      }),
    );
    return [{ ...SCHEMA_VIEW_INFO, nodes: schema.labels.length, relationships: schema.patterns.length }, ...own];
  }
  if (summaryCache && Date.now() - summaryCache.at < SUMMARY_TTL_MS) return summaryCache.views;
  const views = await Promise.all(
    listViewDefinitions().map(async (v) => {
      const g = await runView(db, v);
      return { ...viewInfo(v), nodes: g.nodes.length, relationships: g.edges.length };
    }),
  );
  summaryCache = { at: Date.now(), views };
  return views;
}
