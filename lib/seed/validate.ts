/**
 * Reads and validates a seed file set (a directory of graph-seed/) without touching any database.
 * Every problem is reported with the file, the record and the field, so a bad file can be fixed at once.
 */
import fs from "node:fs";
import path from "node:path";
import {
  dataFileSchema,
  endpointProblem,
  nodeSchema,
  relationshipId,
  relationshipSchema,
  renderCitation,
  sourcesFileSchema,
  viewsFileSchema,
  type SeedNode,
  type SeedRelationship,
  type SeedSource,
  type SeedView,
} from "../../graph-seed/schema";
import { z } from "zod";

export interface SeedProblem {
  file: string;
  /** e.g. `nodes[3] (company:baidu)` */
  record: string;
  /** e.g. `sources[0]` */
  field: string;
  message: string;
}

export interface LoadedNode extends SeedNode {
  /** Rendered citations, as stored in Neo4j. */
  citations: string[];
  file: string;
}
export interface LoadedRelationship extends SeedRelationship {
  id: string;
  citations: string[];
  file: string;
}

export interface SeedSet {
  /** The set's name: its directory name (stored on every node and relationship as `seed_set`). */
  name: string;
  dir: string;
  sources: Record<string, SeedSource>;
  nodes: LoadedNode[];
  relationships: LoadedRelationship[];
  views: SeedView[];
  /** The sets this one builds on (`set.json`: `{ "extends": ["ecosystem"] }`, sibling directories). */
  extends: string[];
  /** Ids of the extended sets' nodes that this set's relationships end at (they must be in the database first). */
  externalIds: string[];
}

const setFileSchema = z.strictObject({
  extends: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "must be a sibling set's directory name")).max(10),
});

export class SeedValidationError extends Error {
  constructor(readonly problems: SeedProblem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? "" : "s"} in the seed files:\n` +
        problems
          .slice(0, 50)
          .map((p) => `  ${p.file}: ${p.record}${p.field ? `, field "${p.field}"` : ""}: ${p.message}`)
          .join("\n") +
        (problems.length > 50 ? `\n  ... and ${problems.length - 50} more` : ""),
    );
    this.name = "SeedValidationError";
  }
}

/** Limits that keep a hostile file from exhausting memory before validation even starts. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;
const MAX_FILES = 10_000;

function issuePath(issue: z.core.$ZodIssue): string {
  return issue.path
    .map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join("");
}

function readJson(file: string, rel: string, problems: SeedProblem[]): unknown {
  let raw: string;
  try {
    const stat = fs.statSync(file);
    if (stat.size > MAX_FILE_BYTES) {
      problems.push({ file: rel, record: "(file)", field: "", message: `is larger than ${MAX_FILE_BYTES} bytes` });
      return undefined;
    }
    raw = fs.readFileSync(file, "utf8");
  } catch (e) {
    problems.push({ file: rel, record: "(file)", field: "", message: `cannot be read: ${(e as Error).message}` });
    return undefined;
  }
  if (raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
  try {
    return JSON.parse(raw);
  } catch (e) {
    problems.push({ file: rel, record: "(file)", field: "", message: `is not valid JSON: ${(e as Error).message}` });
    return undefined;
  }
}

/**
 * Loads `dir` as a seed set: `sources.json`, optional `views.json` and every `data/*.json`.
 * Throws SeedValidationError listing every problem; returns the set only when it is entirely valid.
 */
export function loadSeedSet(dir: string, loading: ReadonlySet<string> = new Set()): SeedSet {
  const problems: SeedProblem[] = [];
  const abs = path.resolve(dir);
  const relName = (f: string) => path.relative(process.cwd(), f) || f;
  if (!fs.existsSync(abs) || !fs.statSync(abs).isDirectory()) {
    throw new SeedValidationError([{ file: relName(abs), record: "(set)", field: "", message: "is not a directory" }]);
  }

  // sources.json
  const sourcesFile = path.join(abs, "sources.json");
  let sources: Record<string, SeedSource> = {};
  if (!fs.existsSync(sourcesFile)) {
    problems.push({ file: relName(sourcesFile), record: "(file)", field: "", message: "is missing: every set needs a sources registry" });
  } else {
    const json = readJson(sourcesFile, relName(sourcesFile), problems);
    if (json !== undefined) {
      const parsed = sourcesFileSchema.safeParse(json);
      if (parsed.success) sources = parsed.data;
      else
        for (const issue of parsed.error.issues) {
          const [key, ...rest] = issue.path;
          problems.push({
            file: relName(sourcesFile),
            record: key === undefined ? "(file)" : `source "${String(key)}"`,
            field: rest.map(String).join("."),
            message: issue.message,
          });
        }
    }
  }

  // set.json: the sets this one builds on. Their nodes may end this set's relationships; none may be redefined here.
  const external = new Map<string, { label: string; set: string }>();
  const extendsSets: string[] = [];
  const setFile = path.join(abs, "set.json");
  if (fs.existsSync(setFile)) {
    const json = readJson(setFile, relName(setFile), problems);
    const parsed = json === undefined ? undefined : setFileSchema.safeParse(json);
    if (parsed && !parsed.success)
      for (const issue of parsed.error.issues) problems.push({ file: relName(setFile), record: "(file)", field: issuePath(issue), message: issue.message });
    for (const name of parsed?.success ? parsed.data.extends : []) {
      const other = path.join(path.dirname(abs), name);
      if (other === abs || loading.has(other)) {
        problems.push({ file: relName(setFile), record: "(file)", field: "extends", message: `"${name}" extends this set in turn: sets cannot build on each other in a circle` });
        continue;
      }
      try {
        const base = loadSeedSet(other, new Set([...loading, abs]));
        for (const n of base.nodes) external.set(n.id, { label: n.label, set: name });
        extendsSets.push(name);
      } catch (e) {
        const detail = e instanceof SeedValidationError ? `${e.problems.length} problem(s), first: ${e.problems[0]?.file}: ${e.problems[0]?.message}` : (e as Error).message;
        problems.push({ file: relName(setFile), record: "(file)", field: "extends", message: `builds on "${name}", which does not load: ${detail}` });
      }
    }
  }

  // views.json
  const viewsFile = path.join(abs, "views.json");
  let views: SeedView[] = [];
  if (fs.existsSync(viewsFile)) {
    const json = readJson(viewsFile, relName(viewsFile), problems);
    if (json !== undefined) {
      const parsed = viewsFileSchema.safeParse(json);
      if (parsed.success) {
        views = parsed.data;
        const seen = new Set<string>();
        views.forEach((v, i) => {
          if (seen.has(v.slug))
            problems.push({ file: relName(viewsFile), record: `views[${i}] (${v.slug})`, field: "slug", message: "duplicate slug" });
          seen.add(v.slug);
        });
      } else
        for (const issue of parsed.error.issues) {
          const [idx, ...rest] = issue.path;
          problems.push({
            file: relName(viewsFile),
            record: idx === undefined ? "(file)" : `views[${String(idx)}]`,
            field: rest.map(String).join("."),
            message: issue.message,
          });
        }
    }
  }

  // data/*.json
  const dataDir = path.join(abs, "data");
  const files = fs.existsSync(dataDir)
    ? fs
        .readdirSync(dataDir)
        .filter((f) => f.endsWith(".json"))
        .sort()
        .map((f) => path.join(dataDir, f))
    : [];
  if (files.length === 0) problems.push({ file: relName(dataDir), record: "(set)", field: "", message: "holds no *.json data files" });
  if (files.length > MAX_FILES) problems.push({ file: relName(dataDir), record: "(set)", field: "", message: `holds more than ${MAX_FILES} files` });

  const nodes: LoadedNode[] = [];
  const relationships: LoadedRelationship[] = [];
  const nodeIds = new Map<string, string>(); // id -> file
  const nodeLabels = new Map<string, string>();
  const relIds = new Map<string, string>();
  const invalidNodeIds = new Set<string>();
  const externalIds = new Set<string>();

  const rendered = new Map<string, string>(); // a set cites few sources, each many times
  // `record` names the record in a problem; it is built only when there is one (a set may hold a million records).
  const cite = (keys: string[], file: string, record: () => string, problemsOut: SeedProblem[]) =>
    keys.map((k, i) => {
      const src = Object.hasOwn(sources, k) ? sources[k] : undefined; // never Object.prototype ("constructor")
      if (!src) {
        problemsOut.push({ file, record: record(), field: `sources[${i}]`, message: `unknown source "${k}" (not in sources.json)` });
        return k;
      }
      let text = rendered.get(k);
      if (text === undefined) rendered.set(k, (text = renderCitation(src)));
      return text;
    });

  const pendingRels: { rel: SeedRelationship; file: string; i: number }[] = [];
  for (const f of files.slice(0, MAX_FILES)) {
    const file = relName(f);
    const json = readJson(f, file, problems);
    if (json === undefined) continue;
    const shape = dataFileSchema.safeParse(json);
    if (!shape.success) {
      for (const issue of shape.error.issues)
        problems.push({ file, record: "(file)", field: issuePath(issue), message: issue.message });
      continue;
    }
    shape.data.nodes.forEach((raw, i) => {
      const id = raw && typeof raw === "object" && typeof (raw as { id?: unknown }).id === "string" ? (raw as { id: string }).id : undefined;
      const record = () => `nodes[${i}]${id !== undefined ? ` (${id})` : ""}`;
      const parsed = nodeSchema.safeParse(raw);
      if (!parsed.success) {
        // Remember the id so relationships to this node are not reported a second time as dangling.
        if (id !== undefined) invalidNodeIds.add(id);
        for (const issue of parsed.error.issues) problems.push({ file, record: record(), field: issuePath(issue), message: issue.message });
        return;
      }
      const node = parsed.data;
      const base = external.get(node.id);
      if (base) {
        problems.push({ file, record: record(), field: "id", message: `"${node.id}" is a node of the set "${base.set}" this one builds on: refer to it, do not define it again` });
        return;
      }
      const prev = nodeIds.get(node.id);
      if (prev !== undefined) {
        problems.push({ file, record: record(), field: "id", message: `duplicate id "${node.id}" (also defined in ${prev})` });
        return;
      }
      nodeIds.set(node.id, file);
      nodeLabels.set(node.id, node.label);
      if (node.aliases.length > 1) {
        const aliasSeen = new Set<string>();
        node.aliases.forEach((a, j) => {
          if (aliasSeen.has(a)) problems.push({ file, record: record(), field: `aliases[${j}]`, message: `duplicate alias "${a}"` });
          aliasSeen.add(a);
        });
      }
      nodes.push({ ...node, citations: cite(node.sources, file, record, problems), file });
    });
    shape.data.relationships.forEach((raw, i) => {
      const parsed = relationshipSchema.safeParse(raw);
      if (!parsed.success) {
        const r = raw as { from?: unknown; type?: unknown; to?: unknown };
        const hint =
          raw && typeof raw === "object" ? ` (${String(r.from ?? "?")} -${String(r.type ?? "?")}-> ${String(r.to ?? "?")})` : "";
        for (const issue of parsed.error.issues)
          problems.push({ file, record: `relationships[${i}]${hint}`, field: issuePath(issue), message: issue.message });
        return;
      }
      pendingRels.push({ rel: parsed.data, file, i });
    });
  }

  for (const { rel, file, i } of pendingRels) {
    const record = () => `relationships[${i}] (${rel.from} -${rel.type}-> ${rel.to})`;
    let ok = true;
    for (const end of ["from", "to"] as const) {
      const base = external.get(rel[end]);
      if (base && !nodeIds.has(rel[end])) {
        nodeIds.set(rel[end], `set ${base.set}`);
        nodeLabels.set(rel[end], base.label);
        externalIds.add(rel[end]);
      }
      if (!nodeIds.has(rel[end]) && !invalidNodeIds.has(rel[end])) {
        problems.push({ file, record: record(), field: end, message: `no node has id "${rel[end]}"` });
        ok = false;
      } else if (!nodeIds.has(rel[end])) ok = false;
    }
    if (ok) {
      const bad = endpointProblem(rel.type, nodeLabels.get(rel.from)!, nodeLabels.get(rel.to)!);
      if (bad) {
        problems.push({ file, record: record(), field: bad.field, message: bad.message });
        ok = false;
      }
    }
    if (rel.from === rel.to) {
      problems.push({ file, record: record(), field: "to", message: "a relationship must join two different nodes" });
      ok = false;
    }
    const id = relationshipId(rel);
    const prev = relIds.get(id);
    if (prev !== undefined) {
      problems.push({ file, record: record(), field: "key", message: `duplicate relationship "${id}" (also in ${prev}); give each a distinct "key"` });
      ok = false;
    }
    relIds.set(id, file);
    if (ok) relationships.push({ ...rel, id, citations: cite(rel.sources, file, record, problems), file });
  }

  if (problems.length > 0) throw new SeedValidationError(problems);
  return { name: path.basename(abs), dir: abs, sources, nodes, relationships, views, extends: extendsSets, externalIds: [...externalIds].sort() };
}
