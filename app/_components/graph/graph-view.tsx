"use client";
/**
 * A ready-made graph view for any serialized graph (the Cypher console's results, for one):
 *
 *   <GraphView graph={serializedGraph} />                // lib/neo4j/mappers.ts SerializedGraph
 *   <GraphView graph={g} lang="zh" height="50vh" onSelect={(id) => …} />
 *
 * Same drawing as the explorer (colours by type with a legend, size by degree, deterministic layout in a
 * worker, hover, drag to pin) and the same details panel for what is clicked, read-only (no expansion).
 * Pass a new `graph` object to show new data: the canvas is reused, not re-mounted.
 */
import { useEffect, useRef, useState } from "react";
import { newDataGraph, rebuildDataGraph, type DataGraph } from "@/lib/graph/data-graph";
import type { Filters } from "@/lib/graph/filters";
import { nodeColor, typeLabel } from "@/lib/graph/style";
import type { SerializedGraph } from "@/lib/neo4j/mappers";
import type { Lang, Pin } from "@/lib/url/view-state";
import { DetailsPanel } from "./details-panel";
import { GraphCanvas, type CanvasApi } from "./graph-canvas";
import { useCanvasModel } from "./use-canvas-model";

const NO_FILTERS: Filters = { hiddenNodeTypes: [], hiddenRelTypes: [] };

export interface GraphViewProps {
  graph: SerializedGraph;
  lang?: Lang;
  /** CSS height of the canvas. */
  height?: string;
  onSelect?: (id: string | undefined) => void;
}

export function GraphView({ graph, lang = "en", height = "60vh", onSelect }: GraphViewProps) {
  const data = useRef<DataGraph | null>(null);
  data.current ??= newDataGraph();
  const [version, setVersion] = useState(0);
  const [selected, setSelected] = useState<string>();
  const [pins, setPins] = useState<Pin[]>([]);
  const [api, setApi] = useState<CanvasApi | null>(null);
  useEffect(() => {
    rebuildDataGraph(data.current!, [graph], [], () => undefined);
    setPins([]);
    setSelected(undefined);
    setVersion((v) => v + 1);
  }, [graph]);
  const model = useCanvasModel(data.current, version, lang, pins, NO_FILTERS);
  const select = (id: string | undefined) => {
    setSelected(id);
    onSelect?.(id);
  };
  const types = [...new Set(data.current.mapNodes((_n, a) => a.type))].sort();

  return (
    <div className="grid grid-cols-1 gap-3 md:grid-cols-[1fr_20rem]">
      <div className="relative overflow-hidden rounded border border-slate-200 bg-white" style={{ height }}>
        <GraphCanvas
          {...model}
          selected={selected}
          onSelect={select}
          onPin={(id, x, y) => setPins((p) => [...p.filter((q) => q.id !== id), { id, x, y }])}
          onReady={setApi}
        />
        <ul className="absolute top-2 right-2 rounded bg-white/90 px-2 py-1 text-xs shadow" aria-label="Legend">
          {types.map((t) => (
            <li key={t} className="flex items-center gap-1.5">
              <span className="inline-block h-2.5 w-2.5 rounded-full" style={{ background: nodeColor(t) }} aria-hidden />
              {typeLabel(t)}
            </li>
          ))}
        </ul>
      </div>
      <aside aria-label="Details" className="overflow-auto rounded border border-slate-200 bg-white p-3" style={{ maxHeight: height }}>
        <DetailsPanel
          graph={data.current}
          version={version}
          selected={selected}
          lang={lang}
          fetchCounts={false}
          onFocus={(id) => {
            select(id);
            api?.centerOn(id);
          }}
        />
      </aside>
    </div>
  );
}
