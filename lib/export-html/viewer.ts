/**
 * The viewer inside an exported HTML file: the graph as it was drawn (positions, sizes, colours from the export),
 * pan and zoom, hover to see a node's relationships, click for its details with sources, and the link back. Built
 * into public/export-viewer.js by scripts/build-viewer.ts (esbuild, one self-contained script) and inlined into
 * each export, so the file opens offline from disk. Its words come with the data (`window.__WORDS__`, written by
 * lib/graph/export.ts toHtml in the language of the page that exported it).
 */
import Graph from "graphology";
import Sigma from "sigma";
import type { ViewerWords } from "../graph/export";

type Attrs = Record<string, unknown>;
declare global {
  interface Window {
    __GRAPH__: { attributes: Attrs; nodes: { key: string; attributes: Attrs }[]; edges: { key: string; source: string; target: string; attributes: Attrs }[] };
    __WORDS__: ViewerWords;
    __VIEWER__?: { nodes: number; edges: number };
  }
}

const esc = (s: unknown) =>
  String(s ?? "").replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] as string);

function main(): void {
  const data = window.__GRAPH__;
  const words = window.__WORDS__;
  const g = new Graph({ type: "directed", multi: true, allowSelfLoops: true });
  for (const n of data.nodes) {
    const a = n.attributes;
    g.addNode(n.key, {
      x: Number(a.x ?? Math.random()),
      y: Number(a.y ?? Math.random()),
      size: Number(a.size ?? 8),
      color: String(a.color ?? "#64748b"),
      label: String(a.label ?? n.key),
      data: a,
    });
  }
  for (const e of data.edges) {
    if (!g.hasNode(e.source) || !g.hasNode(e.target)) continue;
    g.addDirectedEdgeWithKey(e.key, e.source, e.target, { size: 1.5, color: "#cbd5e1", type: e.source === e.target ? "line" : "arrow", label: String(e.attributes.type ?? ""), data: e.attributes });
  }
  const container = document.getElementById("graph")!;
  const details = document.getElementById("details")!;
  let hovered: string | undefined;
  let selected: string | undefined;
  const focus = () => hovered ?? selected;
  const renderer = new Sigma(g, container, {
    renderEdgeLabels: true,
    labelFont: 'system-ui, "Noto Sans CJK SC", "Noto Sans CJK JP", "PingFang SC", "Hiragino Sans", "Microsoft YaHei", sans-serif',
    labelWeight: "600",
    labelDensity: 1,
    labelRenderedSizeThreshold: g.order <= 60 ? 0 : 6,
    nodeReducer: (n, a) => {
      const f = focus();
      if (!f) return a;
      if (n === f || g.areNeighbors(n, f)) return { ...a, forceLabel: true, zIndex: 1 };
      return { ...a, color: "#e2e8f0", label: "" };
    },
    edgeReducer: (e, a) => {
      const f = focus();
      if (!f) return { ...a, label: "" };
      return g.hasExtremity(e, f) ? { ...a, color: "#475569", size: 2.5 } : { ...a, hidden: true };
    },
  });
  renderer.on("enterNode", ({ node }) => {
    hovered = node;
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on("leaveNode", () => {
    hovered = undefined;
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on("clickStage", () => {
    selected = undefined;
    details.innerHTML = `<p class='hint'>${esc(words.hint)}</p>`;
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on("clickNode", ({ node }) => {
    selected = node;
    const a = g.getNodeAttribute(node, "data") as Attrs;
    const skip = new Set(["x", "y", "size", "color", "label", "sources", "seed_set"]);
    const props = Object.entries(a)
      .filter(([k]) => !skip.has(k))
      .map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(Array.isArray(v) ? v.join(", ") : v)}</td></tr>`)
      .join("");
    const sources = Array.isArray(a.sources) ? a.sources.map((s) => `<li>${esc(s)}</li>`).join("") : "";
    const rels = g
      .mapEdges(node, (_e, ea, s, t) => `<li>${esc(g.getNodeAttribute(s, "label"))} —${esc(ea.label)}→ ${esc(g.getNodeAttribute(t, "label"))}</li>`)
      .join("");
    details.innerHTML = `<h2>${esc(a.label ?? node)}</h2><p class="id">${esc(node)}</p><table>${props}</table>${rels ? `<h3>${esc(words.relationships)}</h3><ul>${rels}</ul>` : ""}${sources ? `<h3>${esc(words.sources)}</h3><ol>${sources}</ol>` : ""}`;
    renderer.refresh({ skipIndexation: true });
  });
  window.__VIEWER__ = { nodes: g.order, edges: g.size };
  document.body.dataset.ready = "true";
}

main();
