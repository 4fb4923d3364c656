/**
 * Exports of what a person sees: the visible nodes and relationships with their attributes, as drawn (position,
 * size, colour), and the provenance (title, link, data set, the sources of what is in it). Formats: GEXF (written by
 * graphology-gexf: Gephi and Gephi Lite open it as it looked), GraphML (written here: graphology-graphml only
 * parses), CSV (nodes and relationships, UTF-8 with a BOM so spreadsheets read CJK right) and JSON (graphology's
 * serialized format). Pure: the browser calls it on the explorer's and the console's graphs.
 *
 * The files' own words (captions, the HTML file's page, the GEXF description) are in the page's language: the
 * caller says them with `exportWords` (lib/i18n/messages/<locale>/export.json, `file.*`); without words, English.
 */
import Graph from "graphology";
import writeGexf from "graphology-gexf/common/writer.js";
import { createTranslator } from "use-intl/core";
import enExport from "../i18n/messages/en/export.json";
import type { Json, SerializedGraph } from "./model";

/** Says a message of the export namespace by its full key ("export.file.open"); values fill its placeholders. */
export type ExportSay = (key: string, values?: Record<string, string | number>) => string;

/** The English of the export namespace, for callers without a page language (the file words are plain text). */
export const sayExportInEnglish: ExportSay = (key, values) => englishExport(key, values);
// Through use-intl, not by hand: in the app's build the catalogue arrives precompiled (next.config.js).
const exportTranslator = createTranslator({ locale: "en", messages: { export: enExport }, onError: () => undefined, getMessageFallback: ({ key }) => key });
const englishExport = exportTranslator as unknown as (key: string, values?: Record<string, string | number>) => string;

/** The words the HTML file's viewer shows (lib/export-html/viewer.ts reads them from `window.__WORDS__`). */
export interface ViewerWords {
  hint: string;
  relationships: string;
  sources: string;
}

/** An export's words in one language, said already: plain text, so a worker receives them as they are. */
export interface ExportWords {
  /** The BCP 47 tag of their language (the HTML file's `lang`). */
  lang: string;
  app: string;
  /** The title when the graph has none. */
  untitled: string;
  /** GEXF's <description>: title, data set and sources. */
  description: string;
  /** "N entities, M relationships". */
  counts: string;
  open: string;
  hint: string;
  /** "Data: …. Exported ….". */
  footer: string;
  /** "N sources". */
  sources: string;
  viewer: ViewerWords;
}

/** The words of `g`'s files, said by `say` (the page's translator over full keys) in the language `lang`. */
export function exportWords(g: ExportGraph, say: ExportSay = sayExportInEnglish, lang = "en"): ExportWords {
  const a = g.getAttributes();
  const sources = (a.sources as string[] | undefined) ?? [];
  const untitled = say("export.file.untitled");
  return {
    lang,
    app: say("export.file.app"),
    untitled,
    description: say("export.file.description", {
      title: String(a.title ?? untitled),
      dataset: String(a.dataset ?? ""),
      sources: sources.join(" ; "),
    }),
    counts: say("export.file.counts", { nodes: g.order, edges: g.size }),
    open: say("export.file.open"),
    hint: say("export.file.hint"),
    footer: say("export.file.footer", { dataset: String(a.dataset ?? ""), date: String(a.exported ?? "") }),
    sources: say("export.file.sources", { count: sources.length }),
    viewer: {
      hint: say("export.file.viewerHint"),
      relationships: say("export.file.relationships"),
      sources: say("export.file.sourcesHeading"),
    },
  };
}

export interface Provenance {
  title: string;
  /** The link that reopens what was exported. */
  link: string;
  /** The data set(s) and their dates, in words. */
  dataset: string;
  /** When the export was made (ISO date). */
  exported: string;
}

/** How a node was drawn. */
export interface Drawn {
  x: number;
  y: number;
  size: number;
  color: string;
}

export type ExportGraph = Graph<Record<string, Json>, Record<string, Json>, Record<string, Json>>;

/**
 * The graph to export: `nodes`/`edges` (the visible ones) with every attribute, `drawn` (position, size, colour)
 * for each node, and the provenance with the sources of everything in it as graph attributes.
 */
export function exportGraph(
  source: SerializedGraph | Graph,
  visible: { nodes: (id: string) => boolean; edges: (id: string) => boolean },
  drawn: (id: string) => Drawn | undefined,
  p: Provenance,
): ExportGraph {
  const g: ExportGraph = new Graph({ type: "directed", multi: true, allowSelfLoops: true });
  const s: SerializedGraph = source instanceof Graph ? (source.export() as unknown as SerializedGraph) : source;
  const sources = new Set<string>();
  const addSources = (v: Json | undefined) => {
    if (Array.isArray(v)) for (const x of v) if (typeof x === "string") sources.add(x);
  };
  for (const n of s.nodes) {
    if (!visible.nodes(n.key)) continue;
    const d = drawn(n.key);
    g.addNode(n.key, { ...n.attributes, ...(d ? { x: d.x, y: d.y, size: d.size, color: d.color } : {}) });
    addSources(n.attributes.sources);
  }
  for (const e of s.edges) {
    if (!visible.edges(e.key) || !g.hasNode(e.source) || !g.hasNode(e.target) || g.hasEdge(e.key)) continue;
    g.addDirectedEdgeWithKey(e.key, e.source, e.target, { ...e.attributes });
    addSources(e.attributes.sources);
  }
  g.replaceAttributes({ title: p.title, link: p.link, dataset: p.dataset, exported: p.exported, sources: [...sources].sort() });
  return g;
}

/** Fonts for text in any of the data's scripts: CJK ones listed, so Chinese and Japanese never turn into tofu. */
export const FONT_STACK =
  'system-ui, "Noto Sans CJK SC", "Noto Sans CJK JP", "PingFang SC", "Hiragino Sans", "Microsoft YaHei", sans-serif';

/** A list as one cell or attribute value ("a | b"); other values as they are; objects as JSON. */
function flat(v: Json): string | number | boolean {
  if (v === null) return "";
  if (Array.isArray(v)) return v.map((x) => (typeof x === "object" && x !== null ? JSON.stringify(x) : String(x))).join(" | ");
  if (typeof v === "object") return JSON.stringify(v);
  return v;
}

const DRAWN = new Set(["x", "y", "size", "color"]);

function flatAttributes(a: Record<string, Json>, skip: ReadonlySet<string> = DRAWN): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(a)) if (!skip.has(k)) out[k] = flat(v);
  return out;
}

export function toGexf(g: ExportGraph, words: ExportWords = exportWords(g)): string {
  const xml = writeGexf(g, {
    version: "1.3",
    formatNode: (_key, a) => ({
      label: typeof a.label === "string" ? a.label : undefined,
      attributes: flatAttributes(a, new Set([...DRAWN, "label"])),
      viz: {
        ...(typeof a.color === "string" ? { color: a.color } : {}),
        ...(typeof a.size === "number" ? { size: a.size } : {}),
        ...(typeof a.x === "number" && typeof a.y === "number" ? { x: a.x, y: a.y } : {}),
      },
    }),
    formatEdge: (_key, a) => ({ label: typeof a.type === "string" ? a.type : undefined, attributes: flatAttributes(a) }),
  });
  // The provenance, where GEXF keeps it: the <meta> block.
  const attrs = g.getAttributes();
  const meta =
    `<meta lastmodifieddate="${escapeXml(String(attrs.exported))}"><creator>${escapeXml(words.app)} — ${escapeXml(String(attrs.link))}</creator>` +
    `<description>${escapeXml(words.description)}</description></meta>`;
  return xml.replace(/<meta[\s\S]*?<\/meta>|(<gexf[^>]*>)/, (m, open: string | undefined) => (open ? `${open}${meta}` : meta));
}

export function escapeXml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    // XML 1.0 forbids most control characters even escaped.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "");
}

type XmlType = "string" | "double" | "boolean";
const typeOf = (v: string | number | boolean): XmlType => (typeof v === "number" ? "double" : typeof v === "boolean" ? "boolean" : "string");

/** GraphML with a key per attribute (typed: string, double, boolean), graph-level provenance keys, directed edges. */
export function toGraphml(g: ExportGraph): string {
  const keys = new Map<string, { for: "node" | "edge" | "graph"; name: string; type: XmlType }>();
  const keyOf = (scope: "node" | "edge" | "graph", name: string, v: string | number | boolean) => {
    const id = `${scope[0]}_${name}`;
    const k = keys.get(id);
    if (!k) keys.set(id, { for: scope, name, type: typeOf(v) });
    else if (k.type !== typeOf(v)) k.type = "string"; // mixed values: text
    return id;
  };
  const data = (scope: "node" | "edge" | "graph", a: Record<string, string | number | boolean>) =>
    Object.entries(a)
      .map(([k, v]) => `<data key="${escapeXml(keyOf(scope, k, v))}">${escapeXml(String(v))}</data>`)
      .join("");
  const graphData = data("graph", flatAttributes(g.getAttributes(), new Set()));
  const nodes = g.mapNodes((n, a) => `<node id="${escapeXml(n)}">${data("node", flatAttributes(a, new Set()))}</node>`);
  const edges = g.mapEdges(
    (e, a, s, t) => `<edge id="${escapeXml(e)}" source="${escapeXml(s)}" target="${escapeXml(t)}">${data("edge", flatAttributes(a, new Set()))}</edge>`,
  );
  const keyXml = [...keys].map(([id, k]) => `<key id="${escapeXml(id)}" for="${k.for}" attr.name="${escapeXml(k.name)}" attr.type="${k.type}"/>`);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`,
    ...keyXml,
    `<graph id="G" edgedefault="directed">${graphData}`,
    ...nodes,
    ...edges,
    `</graph>`,
    `</graphml>`,
  ].join("\n");
}

const BOM = "\uFEFF";

function csvCell(v: string | number | boolean): string {
  const s = String(v);
  // Quote what needs it; a leading = + - @ is prefixed so a spreadsheet never runs it as a formula.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csv(header: string[], rows: (string | number | boolean)[][]): string {
  return BOM + [header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** Nodes as CSV: id, then every attribute any node has (sorted, drawn ones last). */
export function nodesCsv(g: ExportGraph): string {
  const cols = new Set<string>();
  g.forEachNode((_n, a) => Object.keys(a).forEach((k) => cols.add(k)));
  const order = [...cols].filter((k) => !DRAWN.has(k)).sort().concat([...DRAWN].filter((k) => cols.has(k)));
  return csv(["id", ...order], g.mapNodes((n, a) => [n, ...order.map((k) => (a[k] === undefined ? "" : flat(a[k])))]));
}

/** Relationships as CSV: id, source, target, type, then every other attribute. */
export function relationshipsCsv(g: ExportGraph): string {
  const cols = new Set<string>();
  g.forEachEdge((_e, a) => Object.keys(a).forEach((k) => k !== "type" && cols.add(k)));
  const order = [...cols].sort();
  return csv(
    ["id", "source", "target", "type", ...order],
    g.mapEdges((e, a, s, t) => [e, s, t, String(a.type ?? ""), ...order.map((k) => (a[k] === undefined ? "" : flat(a[k])))]),
  );
}

export function toJson(g: ExportGraph): string {
  return JSON.stringify(g.export(), null, 2);
}

/**
 * A file name from a title: "Path: Huawei → BAAI" -> "path-huawei-baai", "コンソールの結果" as it is. Latin accents are
 * dropped (é -> e); kana keep their voicing marks (グ stays グ, not ク-).
 */
export function fileStem(title: string): string {
  const s = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return s || "graph";
}

/** JSON that is safe inside a <script> element (no "</script>", no line separators JavaScript rejects). */
function scriptJson(v: unknown): string {
  return JSON.stringify(v).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

/**
 * One self-contained HTML file: the graph as drawn, interactive offline (pan, zoom, hover, details with sources),
 * with the provenance and the link back. `viewerJs` is public/export-viewer.js (scripts/build-viewer.ts).
 */
export function toHtml(g: ExportGraph, viewerJs: string, words: ExportWords = exportWords(g)): string {
  const a = g.getAttributes();
  const sources = (a.sources as string[] | undefined) ?? [];
  const title = escapeXml(String(a.title ?? words.untitled));
  return `<!doctype html>
<html lang="${escapeXml(words.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${escapeXml(words.app)}</title>
<style>
  html, body { margin: 0; height: 100%; font-family: ${FONT_STACK}; color: #0f172a; }
  body { display: flex; flex-direction: column; }
  header { padding: 8px 12px; border-bottom: 1px solid #e2e8f0; display: flex; gap: 12px; align-items: baseline; flex-wrap: wrap; }
  header h1 { font-size: 18px; margin: 0; }
  header a { color: #4338ca; }
  main { flex: 1; display: flex; min-height: 0; }
  #graph { flex: 1; min-width: 0; }
  #details { width: 320px; overflow: auto; border-left: 1px solid #e2e8f0; padding: 8px 12px; font-size: 13px; }
  #details table { border-collapse: collapse; } #details th { text-align: left; padding-right: 8px; color: #475569; font-weight: 500; vertical-align: top; }
  .id, .hint, footer { color: #64748b; font-size: 12px; }
  footer { padding: 6px 12px; border-top: 1px solid #e2e8f0; }
  footer details { display: inline; }
</style>
</head>
<body>
<header><h1>${title}</h1><span>${escapeXml(words.counts)}</span><a href="${escapeXml(String(a.link ?? ""))}">${escapeXml(words.open)}</a></header>
<main><div id="graph" role="img" aria-label="${title}"></div><aside id="details"><p class="hint">${escapeXml(words.hint)}</p></aside></main>
<footer>${escapeXml(words.footer)} <details><summary>${escapeXml(words.sources)}</summary><ol>${sources.map((s) => `<li>${escapeXml(s)}</li>`).join("")}</ol></details></footer>
<script>window.__WORDS__ = ${scriptJson(words.viewer)};</script>
<script>window.__GRAPH__ = ${scriptJson(g.export())};</script>
<script>${viewerJs.replace(/<\/script/gi, "<\\/script")}</script>
</body>
</html>
`;
}

/** The file text for a format name of the export menu (gexf, graphml, nodes.csv, relationships.csv, json, html). */
export function writeExport(format: string, g: ExportGraph, viewerJs = "", words: ExportWords = exportWords(g)): string {
  if (format === "html") return toHtml(g, viewerJs, words);
  if (format === "gexf") return toGexf(g, words);
  if (format === "graphml") return toGraphml(g);
  if (format === "nodes.csv") return nodesCsv(g);
  if (format === "relationships.csv") return relationshipsCsv(g);
  return toJson(g);
}
