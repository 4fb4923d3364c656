/**
 * What the analysis changes in the picture, from the state's choices (`z`, `k`, `f`, `h`, the path): node sizes
 * and colours for the canvas, the nodes the community choices hide, and the legend that explains them. Pure.
 */
import type { Analysis, Community } from "../graph/analysis";
import type { DataGraph } from "../graph/data-graph";
import type { ColorBy, SizeBy } from "../graph/model";
import { pathElements, type PathsAttributes } from "../graph/paths";
import { changesBetween, isWindowOn, spanOf } from "../graph/timeline";
import type { Emphasis } from "../graph/reducers";
import { COMMUNITY_COLORS, nameIn, nodeColor, nodeSize, OTHER_COLOR, typeLabel } from "../graph/style";
import { isEmptyStart, type ViewState } from "../url/view-state";
import { msg, type Message } from "../i18n/message";

export interface Legend {
  /** What the sizes mean, and the colours: Messages for the page to say in its language. */
  size: Message;
  color: Message;
  entries: LegendEntry[];
  /** True when the entries are communities (each can be focused or hidden). */
  communities: boolean;
}

export interface Appearance {
  colorBy: ColorBy;
  emphasis: Emphasis;
  /** Nodes hidden because their community is hidden or another one is focused. */
  hidden: Set<string>;
  legend: Legend;
}

/** The colouring a state asks for: its own, else the start's default (communities for the overview). */
export function colorByOf(s: ViewState): ColorBy {
  return s.colorBy ?? (isEmptyStart(s) ? "community" : "type");
}

/** True when the picture the state asks for waits on the analysis (community colours or focus, centrality sizes). */
export function needsAnalysis(s: ViewState): boolean {
  return colorByOf(s) === "community" || s.sizeBy !== "degree" || s.focus !== undefined || s.hiddenCommunities.length > 0;
}

export function appearanceOf(
  s: ViewState,
  data: DataGraph,
  analysis: Analysis | null,
  paths: PathsAttributes | undefined,
): Appearance {
  const colorBy = colorByOf(s);
  const emphasis: Emphasis = {};
  if (paths) emphasis.path = pathElements(paths);
  if (analysis && s.sizeBy !== "degree") emphasis.sizes = sizesBy(analysis, s.sizeBy, nodeSize);
  let entries: LegendEntry[] = [];
  if (colorBy === "community") {
    if (analysis) {
      emphasis.colors = new Map(Object.entries(analysis.community).map(([n, c]) => [n, analysis.communities[c].color]));
      entries = analysis.communities.map((c) => ({
        color: c.color,
        label: data.hasNode(c.name) ? nameIn(data.getNodeAttributes(c.name), s.lang) : c.name,
        member: c.name,
        count: c.size,
      }));
    }
  } else if (colorBy.startsWith("prop:")) {
    const p = propertyColors(
      data.mapNodes((n, a) => [n, a] as [string, Record<string, unknown>]),
      colorBy.slice(5),
    );
    emphasis.colors = p.colors;
    entries = p.legend;
  } else {
    const counts = new Map<string, number>();
    data.forEachNode((_n, a) => void counts.set(a.type, (counts.get(a.type) ?? 0) + 1));
    entries = [...counts]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([type, count]) => ({ color: nodeColor(type), label: typeLabel(type), type, count }));
  }
  markTime(s, data, emphasis);
  return {
    colorBy,
    emphasis,
    hidden: communityHidden(analysis, s.focus, s.hiddenCommunities),
    legend: {
      size: SIZE_MEANING[s.sizeBy],
      color: colorMeaning(colorBy, analysis),
      entries,
      communities: colorBy === "community",
    },
  };
}

export const ADDED_COLOR = "#16a34a";
export const ENDED_COLOR = "#dc2626";

/** Time's marks: undated items faint while a window is on (`u=dimmed`); what a comparison finds added or ended. */
function markTime(s: ViewState, data: DataGraph, emphasis: Emphasis): void {
  if (s.undated === "dimmed" && (isWindowOn(s.time) || s.diff)) {
    const dimmed = new Set<string>();
    data.forEachNode((n, a) => void (spanOf(a).start || dimmed.add(n)));
    data.forEachEdge((e, a) => void (spanOf(a).start || dimmed.add(e)));
    emphasis.dimmed = dimmed;
  }
  if (!s.diff) return;
  const items = [...data.mapNodes((id, a) => ({ item: id, span: spanOf(a) })), ...data.mapEdges((id, a) => ({ item: id, span: spanOf(a) }))];
  const colors = new Map(emphasis.colors ?? []);
  const edgeColors = new Map<string, string>();
  for (const c of changesBetween(items, s.diff.from, s.diff.to).changes) {
    const color = c.kind === "added" ? ADDED_COLOR : ENDED_COLOR;
    if (data.hasNode(c.item)) colors.set(c.item, color);
    else edgeColors.set(c.item, color);
  }
  emphasis.colors = colors;
  emphasis.edgeColors = edgeColors;
}

/** Node properties worth colouring by: present on at least two nodes, with at most 40 distinct values or numbers. */
export function colorableProperties(data: DataGraph): string[] {
  const seen = new Map<string, Set<string>>();
  data.forEachNode((_n, a) => {
    for (const [k, v] of Object.entries(a)) {
      if (
        k === "label" ||
        k === "type" ||
        k.startsWith("name") ||
        k === "aliases" ||
        k === "sources" ||
        k === "description"
      )
        continue;
      if (!/^[a-z][a-z0-9_]{0,39}$/.test(k) || v === null || typeof v === "object") continue;
      const set = seen.get(k) ?? new Set();
      set.add(String(v));
      seen.set(k, set);
    }
  });
  return [...seen]
    .filter(([, vals]) => vals.size >= 2 && vals.size <= 40)
    .map(([k]) => k)
    .sort();
}

/** The community a member names (by id), if that node is in the analysis. */
export function communityOf(a: Analysis | null, member: string | undefined): Community | undefined {
  if (!a || !member || !(member in a.community)) return undefined;
  return a.communities[a.community[member]];
}

/** Nodes hidden by the community choices: all but the focused community's, and those of hidden communities. */
export function communityHidden(a: Analysis | null, focus: string | undefined, hidden: readonly string[]): Set<string> {
  const out = new Set<string>();
  if (!a) return out;
  const f = communityOf(a, focus);
  const h = new Set(hidden.map((m) => communityOf(a, m)?.index).filter((i): i is number => i !== undefined));
  for (const [n, c] of Object.entries(a.community)) if ((f && c !== f.index) || h.has(c)) out.add(n);
  return out;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const SIZE_MIN = 6;
const SIZE_MAX = 26;

/** Node sizes for a measure: degree as before (lib/graph/style.ts nodeSize), the others scaled to the largest. */
export function sizesBy(a: Analysis, by: SizeBy, degreeSize: (d: number) => number): Map<string, number> {
  const out = new Map<string, number>();
  if (by === "degree") {
    for (const [n, d] of Object.entries(a.degree)) out.set(n, degreeSize(d));
    return out;
  }
  const values = by === "pagerank" ? a.pagerank : a.betweenness;
  const max = Math.max(0, ...Object.values(values));
  for (const n of Object.keys(a.degree)) {
    const v = values[n] ?? 0;
    out.set(n, max > 0 ? SIZE_MIN + (SIZE_MAX - SIZE_MIN) * Math.sqrt(v / max) : SIZE_MIN);
  }
  return out;
}

/** One entry of the colour legend. */
export interface LegendEntry {
  color: string;
  /** A name from the data (a community's member, a property's value), or the type's name in words. */
  label: string;
  /** The node type, for type entries: the page names it in its language (lib/i18n/vocabulary.ts). */
  type?: string;
  /** The entry for the values past the last colour ("other values" in the page's language). */
  other?: true;
  /** The community's naming member (click to focus or hide), for community entries. */
  member?: string;
  count: number;
}

/** A property's values as colours: numbers on a ramp (low → high), text by frequency; absent values grey. */
export function propertyColors(
  nodes: Iterable<[string, Record<string, unknown>]>,
  key: string,
): { colors: Map<string, string>; legend: LegendEntry[]; numeric: boolean } {
  const values = new Map<string, unknown>();
  for (const [n, attrs] of nodes) {
    const v = attrs[key];
    if (v !== undefined && v !== null && v !== "") values.set(n, Array.isArray(v) ? v[0] : v);
  }
  const colors = new Map<string, string>();
  const legend: LegendEntry[] = [];
  const nums = [...values.values()].map((v) =>
    typeof v === "number" ? v : typeof v === "string" && /^\d{4}/.test(v) ? Number(v.slice(0, 4)) : NaN,
  );
  const numeric = values.size > 0 && nums.every((v) => Number.isFinite(v));
  if (numeric) {
    const lo = Math.min(...nums);
    const hi = Math.max(...nums);
    let i = 0;
    for (const n of values.keys()) colors.set(n, ramp(hi > lo ? (nums[i++] - lo) / (hi - lo) : 0.5));
    legend.push({ color: ramp(0), label: String(lo), count: nums.filter((v) => v === lo).length });
    if (hi > lo) legend.push({ color: ramp(1), label: String(hi), count: nums.filter((v) => v === hi).length });
  } else {
    const counts = new Map<string, number>();
    for (const v of values.values()) counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
    const ranked = [...counts].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]));
    const colorOf = new Map(
      ranked.map(([v], i) => [v, i < COMMUNITY_COLORS.length ? COMMUNITY_COLORS[i] : OTHER_COLOR]),
    );
    for (const [n, v] of values) colors.set(n, colorOf.get(String(v))!);
    for (const [v, count] of ranked.slice(0, COMMUNITY_COLORS.length))
      legend.push({ color: colorOf.get(v)!, label: v, count });
    const rest = ranked.slice(COMMUNITY_COLORS.length).reduce((s, [, c]) => s + c, 0);
    if (rest) legend.push({ color: OTHER_COLOR, label: "", other: true, count: rest });
  }
  return { colors, legend, numeric };
}

/** Light blue (0) to dark purple (1). */
function ramp(t: number): string {
  const from = [0x93, 0xc5, 0xfd];
  const to = [0x58, 0x1c, 0x87];
  const c = from.map((f, i) => Math.round(f + (to[i] - f) * Math.min(1, Math.max(0, t))));
  return `#${c.map((v) => v.toString(16).padStart(2, "0")).join("")}`;
}

export const SIZE_MEANING: Record<SizeBy, Message> = {
  degree: msg("explore.legend.sizeDegree"),
  pagerank: msg("explore.legend.sizePagerank"),
  betweenness: msg("explore.legend.sizeBetweenness"),
};

/** The legend's sentence for the colouring. */
export function colorMeaning(by: ColorBy, a: Analysis | null): Message {
  if (by === "type") return msg("explore.legend.colourType");
  if (by === "community") {
    return a
      ? msg("explore.legend.colourCommunities", { count: a.communities.length, modularity: a.modularity.toFixed(2) })
      : msg("explore.legend.colourComputing");
  }
  return msg("explore.legend.colourProperty", { name: by.slice(5) });
}
