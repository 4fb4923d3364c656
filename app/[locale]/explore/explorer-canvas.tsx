"use client";
/**
 * The explorer's canvas box: the graph, the node menu, the loading line and "nothing to show". Every change it
 * asks for is an action of the store (use-explorer.ts).
 */
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { GraphCanvas } from "@/app/_components/graph/graph-canvas";
import type { Explorer } from "./use-explorer";

// Loaded after the page is interactive: the first frame does not need it.
const NodeMenu = dynamic(() => import("./node-menu").then((m) => m.NodeMenu), { ssr: false });

export function ExplorerCanvas({ ex, onSelect }: { ex: Explorer; onSelect: (id: string | undefined) => void }) {
  const t = useTranslations("explore.explorer");
  const { data, graph, dispatch } = ex;
  return (
    <section
      aria-label={t("graph")}
      className="relative order-first min-h-[360px] overflow-hidden rounded border border-slate-200 bg-white md:order-none"
      data-loading={data.loading ? "true" : "false"}
    >
      <GraphCanvas
        {...ex.canvasProps}
        onSelect={onSelect}
        onExpand={(id) => dispatch({ type: "requestExpand", id })}
        onPin={(id, x, y) => dispatch({ type: "pin", id, x, y })}
        onMenu={(id, x, y) => dispatch({ type: "menu", at: { id, x, y } })}
        onToggle={(id) => dispatch({ type: "connectToggle", id })}
        label={t("graphLabel", { nodes: graph.order, relationships: graph.size })}
      />
      <NodeMenu ex={ex} />
      {data.loading && (
        <div role="status" className="absolute top-3 left-3 rounded bg-white/90 px-3 py-1.5 text-sm shadow">
          {data.loading}
        </div>
      )}
      {!data.loading && data.builtFor && graph.order === 0 && (
        <p className="absolute inset-0 flex items-center justify-center text-sm text-slate-500">{t("nothing")}</p>
      )}
    </section>
  );
}
