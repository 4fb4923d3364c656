/**
 * What the analysis changes in the picture, from the state's choices (`z`, `k`, `f`, `h`, the path): node sizes
 * and colours for the canvas, the nodes the community choices hide, and the legend that explains them. Pure.
 */
import {
  colorMeaning,
  communityHidden,
  propertyColors,
  SIZE_MEANING,
  sizesBy,
  type Analysis,
  type LegendEntry,
} from "../graph/analysis";
import type { DataGraph } from "../graph/data-graph";
import type { ColorBy } from "../graph/model";
import { pathElements, type PathsAttributes } from "../graph/paths";
import type { Emphasis } from "../graph/reducers";
import { nameIn, nodeColor, nodeSize, typeLabel } from "../graph/style";
import { isEmptyStart, type ViewState } from "../url/view-state";

export interface Legend {
  size: string;
  color: string;
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
      .map(([type, count]) => ({ color: nodeColor(type), label: typeLabel(type), count }));
  }
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
