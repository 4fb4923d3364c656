/**
 * Styling: a colour per node type (stable, readable on white), a size by degree, the label in the chosen
 * language. Pure: no sigma, no DOM.
 */
import type { Lang } from "./model";

/** One colour per primary label of graph-seed/vocabulary.ts; anything else gets a colour from its name. */
export const NODE_COLORS: Record<string, string> = {
  Company: "#2563eb",
  Model: "#db2777",
  Product: "#ea580c",
  Framework: "#0d9488",
  ChipCategory: "#7c3aed",
  Dataset: "#65a30d",
  Person: "#ca8a04",
  Investor: "#059669",
  Institute: "#0891b2",
  MediaOutlet: "#0369a1",
  GovernmentBody: "#dc2626",
  StandardsBody: "#b45309",
  Policy: "#9f1239",
  Program: "#a16207",
  ComputingHub: "#475569",
  DataCenterCluster: "#94a3b8",
  Event: "#4f46e5",
  Trend: "#6d28d9",
  Risk: "#e11d48",
  Incident: "#be185d",
  Industry: "#57534e",
  SupplyChainSegment: "#78716c",
  BusinessType: "#64748b",
  MonetizationModel: "#c026d3",
  Statistic: "#15803d",
};
const FALLBACK = ["#0ea5e9", "#f43f5e", "#84cc16", "#f59e0b", "#8b5cf6", "#14b8a6"];

/** A small deterministic string hash (FNV-1a, 32 bits). */
export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * The labels of a database we did not design, in its own order (issue 17): each takes the next of the twelve
 * COMMUNITY_COLORS, so a handful of labels never share one (as a hash of their names would). Set once per page by
 * the graph-mode provider (lib/client/graph-mode.tsx); empty for our graph, whose types have NODE_COLORS.
 */
let typeOrder = new Map<string, number>();

export function setTypeOrder(types: readonly string[]): void {
  if (types.length === typeOrder.size && types.every((t, i) => typeOrder.get(t) === i)) return;
  typeOrder = new Map(types.map((t, i) => [t, i]));
}

export function nodeColor(type: string): string {
  const i = typeOrder.get(type);
  if (i !== undefined) return COMMUNITY_COLORS[i % COMMUNITY_COLORS.length];
  return NODE_COLORS[type] ?? FALLBACK[hashString(type) % FALLBACK.length];
}

/** Twelve colours told apart on white, for the largest communities (the rest share the last, grey). */
export const COMMUNITY_COLORS = [
  "#2563eb",
  "#dc2626",
  "#16a34a",
  "#9333ea",
  "#ea580c",
  "#0891b2",
  "#ca8a04",
  "#db2777",
  "#4f46e5",
  "#65a30d",
  "#0d9488",
  "#a16207",
];
export const OTHER_COLOR = "#94a3b8";

export const EDGE_COLOR = "#cbd5e1";
export const EDGE_COLOR_FOCUS = "#475569";
export const DIMMED_NODE = "#e2e8f0";
/** Relationships off the path while one is shown; the path itself. */
export const EDGE_COLOR_FAINT = "#eef2f6";
export const PATH_COLOR = "#ea580c";

/** Node size in screen pixels: grows with the square root of the degree, so hubs stand out but do not swamp. */
export function nodeSize(degree: number): number {
  return Math.min(26, 6 + 2.6 * Math.sqrt(Math.max(0, degree)));
}

/** Spaces camel-cased labels for people: `GovernmentBody` -> `Government body`. */
export function typeLabel(type: string): string {
  const spaced = type.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** `PARTNER_OF` -> `partner of`. */
export function relLabel(type: string): string {
  return type.toLowerCase().replace(/_/g, " ");
}

const LANG_KEY: Record<Lang, string> = { en: "name", zh: "name_zh", ja: "name_ja" };
export const LANG_NAMES: Record<Lang, string> = { en: "English", zh: "中文", ja: "日本語 (deck)" };

/** The node's name in `lang`, falling back to the English name, then to the display label. */
export function nameIn(attrs: Record<string, unknown>, lang: Lang): string {
  const v = attrs[LANG_KEY[lang]];
  if (typeof v === "string" && v) return v;
  if (typeof attrs.name === "string" && attrs.name) return attrs.name;
  return typeof attrs.label === "string" ? attrs.label : "";
}

/** Every name the node is known by, without repeats: English, Chinese, the deck's, then aliases. */
export function allNames(attrs: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const k of ["name", "name_zh", "name_ja"]) if (typeof attrs[k] === "string") out.push(attrs[k] as string);
  if (Array.isArray(attrs.aliases)) for (const a of attrs.aliases) if (typeof a === "string") out.push(a);
  return [...new Set(out)];
}
