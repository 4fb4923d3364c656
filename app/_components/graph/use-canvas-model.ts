"use client";
/**
 * From the data graph to what GraphCanvas needs: the derived sigma graph (one instance, synced in place),
 * the deterministic layout input and its key, and the sets the filters hide.
 */
import { useMemo, useState } from "react";
import { useLocale } from "next-intl";
import { useVocabulary } from "@/lib/i18n/vocabulary";
import type { DataGraph } from "@/lib/graph/data-graph";
import { edgePasses, nodePasses, type Filters } from "@/lib/graph/filters";
import { prepareLayout, seedPosition } from "@/lib/graph/layout";
import { newSigmaGraph, syncSigmaGraph, type SigmaGraph } from "@/lib/graph/sigma-graph";
import { hashString } from "@/lib/graph/style";
import type { Lang, Pin } from "@/lib/graph/model";

export function useCanvasModel(data: DataGraph, version: number, lang: Lang, pins: readonly Pin[], filters: Filters) {
  const [sigmaGraph] = useState<SigmaGraph>(() => newSigmaGraph());
  // Relationship types on the canvas in the page's language (English keeps the graph's own words, `partners with`).
  const locale = useLocale();
  const { relType } = useVocabulary();
  const relName = locale === "en" ? undefined : relType;
  const pinsKey = pins.map((p) => `${p.id}~${p.x}~${p.y}`).join(",");

  const layout = useMemo(() => {
    syncSigmaGraph(sigmaGraph, data, lang, (id) => {
      // A new node starts next to a neighbour already drawn, so the picture grows from where you clicked.
      const near = data.neighbors(id).find((n) => sigmaGraph.hasNode(n));
      if (!near) return seedPosition(id, data.order);
      const { x, y } = sigmaGraph.getNodeAttributes(near);
      const angle = (hashString(id) / 2 ** 32) * 2 * Math.PI;
      return { x: x + 20 * Math.cos(angle), y: y + 20 * Math.sin(angle) };
    }, relName);
    const pinMap = new Map(pins.filter((p) => data.hasNode(p.id)).map((p) => [p.id, { x: p.x, y: p.y }]));
    for (const [id, p] of pinMap) sigmaGraph.mergeNodeAttributes(id, p);
    const input = prepareLayout(sigmaGraph, pinMap);
    const key = `${input.ids.length}-${hashString(JSON.stringify([input.ids, input.edges, [...pinMap]]))}`;
    return { input, key };
    // `version` stands for the data graph's content.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sigmaGraph, data, version, lang, pinsKey]);

  const filtersKey = JSON.stringify(filters);
  const hidden = useMemo(() => {
    const nodes = new Set(data.filterNodes((_n, a) => !nodePasses(a, filters)));
    const edges = new Set(data.filterEdges((_e, a) => !edgePasses(a, filters)));
    return { nodes, edges };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, version, filtersKey]);

  // Shaped as GraphCanvas's data props, so a caller passes them with one spread: <GraphCanvas {...model} ... />.
  return { graph: sigmaGraph, layoutInput: layout.input, layoutKey: layout.key, hiddenNodes: hidden.nodes, hiddenEdges: hidden.edges };
}
