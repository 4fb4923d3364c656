"use client";
/**
 * The embed's chrome: the title, "Open in the explorer", the graph, a compact legend, and the details of what is
 * clicked. It covers the site's header (a fixed full-window layer): an embed shows the graph, not the site.
 */
import { useTranslations } from "next-intl";
import { DetailsPanel } from "@/app/_components/graph/details-panel";
import { GraphCanvas } from "@/app/_components/graph/graph-canvas";
import { useExplorer } from "@/app/[locale]/explore/use-explorer";
import type { ViewTexts } from "@/lib/view-text";
import { exploreHref } from "@/lib/url/view-state";

export function EmbedView({ startView }: { startView?: ViewTexts } = {}) {
  const ex = useExplorer({ embed: true, startView });
  const t = useTranslations("embed");
  const { state, graph, dispatch, data } = ex;
  const entries = ex.appearance.legend.entries.slice(0, 8);
  return (
    <div className="fixed inset-0 z-50 flex flex-col bg-white" data-testid="explorer" data-ready={ex.ready ? "true" : "false"}>
      <div className="flex items-center gap-3 border-b border-slate-200 px-3 py-1.5 text-sm">
        <h1 className="min-w-0 flex-1 truncate font-semibold">{ex.title}</h1>
        <a href={exploreHref(state)} target="_blank" rel="noopener" className="shrink-0 text-indigo-700 hover:underline">
          {t("open")}
        </a>
      </div>
      <div className="relative min-h-0 flex-1" role="region" aria-label={t("graph")}>
        <GraphCanvas
          {...ex.canvasProps}
          onSelect={(id) => dispatch({ type: "select", id })}
          label={t("graphLabel", { nodes: graph.order, relationships: graph.size })}
        />
        {data.loading && (
          <div role="status" className="absolute top-2 left-2 rounded bg-white/90 px-2 py-1 text-xs shadow">
            {data.loading}
          </div>
        )}
        <ul aria-label={t("legend")} className="absolute bottom-2 left-2 flex max-w-[60%] flex-wrap gap-x-3 gap-y-0.5 rounded bg-white/90 px-2 py-1 text-[11px] shadow">
          {entries.map((e) => (
            <li key={`${e.member ?? ""}${e.type ?? ""}${e.other ? "…" : ""}${e.label}`} className="flex items-center gap-1">
              <span className="inline-block h-2 w-2 rounded-full" style={{ background: e.color }} aria-hidden />
              {ex.legendLabel(e)}
            </li>
          ))}
        </ul>
        {state.selected && (
          <aside aria-label={t("details")} className="absolute top-2 right-2 max-h-[80%] w-72 overflow-auto rounded border border-slate-200 bg-white p-2 shadow">
            <button className="float-right text-xs text-slate-500" onClick={() => dispatch({ type: "select", id: undefined })} aria-label={t("closeDetails")}>
              ×
            </button>
            <DetailsPanel graph={graph} version={data.version} selected={state.selected} lang={state.lang} onAction={dispatch} readOnly fetchCounts={false} />
          </aside>
        )}
      </div>
    </div>
  );
}
