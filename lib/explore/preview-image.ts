/**
 * The picture a shared link's preview shows (og:image): the graph the link starts from — its view, nodes, search,
 * path, or the whole ecosystem — laid out with the explorer's own deterministic layout and colours, drawn as an SVG
 * (relationships and nodes) under text labels. Bounded: at most PREVIEW_MAX_NODES nodes, the best-connected first.
 */
import "server-only";
import { mergeInto, newDataGraph } from "../graph/data-graph";
import { prepareLayout, runLayout, seedPosition } from "../graph/layout";
import type { SerializedGraph } from "../graph/model";
import { newSigmaGraph, syncSigmaGraph } from "../graph/sigma-graph";
import { EDGE_COLOR } from "../graph/style";
import { db } from "../neo4j/driver";
import { getNeighborhood } from "../neo4j/queries/nodes";
import { getOverview } from "../neo4j/queries/overview";
import { findPaths } from "../neo4j/queries/paths";
import { searchGraph } from "../neo4j/queries/search";
import { isEmptyStart, type ViewState } from "../url/view-state";
import { findView, runView } from "../views";
import { BUSY, SEARCH_START_LIMIT } from "./limits";
import { drawable } from "./preview-fonts";

export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;
export const PREVIEW_MAX_NODES = 150;
const TOP = 86;
const PAD = 40;

export interface PreviewPicture {
  /** The relationships and nodes, as an SVG the size of the drawing area. */
  svg: string;
  labels: { x: number; y: number; text: string }[];
  nodes: number;
  relationships: number;
}

/** The graphs the link's start names (the first three start nodes; expansions are left out of a preview). */
async function startGraphs(s: ViewState): Promise<SerializedGraph[]> {
  const d = db();
  const out: SerializedGraph[] = [];
  if (s.view) out.push(await runView(d, findView(s.view)));
  for (const id of s.nodes.slice(0, 3)) out.push(await getNeighborhood(d, id, 1, BUSY, [], "center").catch(() => ({ nodes: [], edges: [] }) as never));
  if (s.query) out.push(await searchGraph(d, s.query, SEARCH_START_LIMIT));
  if (s.path) out.push(await findPaths(d, s.path.ids, s.path.options, s.scope).catch(() => ({ nodes: [], edges: [] }) as never));
  if (isEmptyStart(s)) out.push(await getOverview(d, PREVIEW_MAX_NODES));
  return out.filter((g) => g && Array.isArray(g.nodes));
}

export async function previewPicture(s: ViewState): Promise<PreviewPicture | null> {
  const data = newDataGraph();
  for (const g of await startGraphs(s)) mergeInto(data, g);
  if (data.order === 0) return null;
  if (data.order > PREVIEW_MAX_NODES) {
    const keep = new Set(data.nodes().sort((a, b) => data.degree(b) - data.degree(a) || (a < b ? -1 : 1)).slice(0, PREVIEW_MAX_NODES));
    for (const n of data.nodes()) if (!keep.has(n)) data.dropNode(n);
  }
  const sg = newSigmaGraph();
  syncSigmaGraph(sg, data, s.lang, (id) => seedPosition(id, data.order));
  const pos = runLayout(prepareLayout(sg, new Map()));
  const xs = [...pos.values()].map((p) => p.x);
  const ys = [...pos.values()].map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const W = PREVIEW_SIZE.width;
  const H = PREVIEW_SIZE.height - TOP;
  const k = Math.min((W - 2 * PAD - 160) / Math.max(1e-9, x1 - x0), (H - 2 * PAD) / Math.max(1e-9, y1 - y0));
  // Centred, room on the right for the labels; sigma's y axis points up, the picture's down.
  const ox = (W - 160 - (x1 - x0) * k) / 2;
  const oy = (H - (y1 - y0) * k) / 2;
  const at = (id: string) => {
    const p = pos.get(id)!;
    return { x: ox + (p.x - x0) * k, y: H - oy - (p.y - y0) * k };
  };
  const parts: string[] = [`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">`];
  sg.forEachEdge((_e, _a, source, target) => {
    const a = at(source);
    const b = at(target);
    parts.push(`<line x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${b.x.toFixed(1)}" y2="${b.y.toFixed(1)}" stroke="${EDGE_COLOR}" stroke-width="1.5"/>`);
  });
  const labels: PreviewPicture["labels"] = [];
  const byDegree = sg.nodes().sort((a, b) => sg.getNodeAttribute(b, "degree") - sg.getNodeAttribute(a, "degree"));
  const labelled = new Set(byDegree.slice(0, data.order <= 40 ? 40 : 12));
  sg.forEachNode((n, a) => {
    const p = at(n);
    const r = Math.max(4, Math.min(18, a.size * 0.8));
    parts.push(`<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${r.toFixed(1)}" fill="${a.color}"/>`);
    // What the preview fonts draw (Latin, kana, the data's Han; lib/explore/preview-fonts.ts).
    const text = drawable(a.label);
    if (labelled.has(n) && text) labels.push({ x: Math.round(p.x + r + 3), y: Math.round(p.y - 9), text });
  });
  parts.push("</svg>");
  return { svg: parts.join(""), labels, nodes: data.order, relationships: data.size };
}
