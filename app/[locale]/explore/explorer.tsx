"use client";
/**
 * The explorer's layout: header, notices, toolbar, the filters, the canvas, the details and the tables. What they
 * show and every change they make go through one store (use-explorer.ts); nothing here holds state or fetches.
 */
import { SearchBox } from "@/app/_components/search-box";
import { ViewGallery } from "@/app/_components/view-gallery";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useCallback, useLayoutEffect, useRef } from "react";
import { isEmptyStart } from "@/lib/url/view-state";
import type { ViewTexts } from "@/lib/view-text";
import { ExplorerCanvas } from "./explorer-canvas";
import { FiltersPanel } from "./filters-panel";
import { HelpOverlay } from "./help-overlay";
import { Notices } from "./notices";
import { Toolbar } from "./toolbar";
import { useExplorer } from "./use-explorer";

// Loaded after the page is interactive (not first-load JavaScript): what the first frame does not need.
const AnalysisPanel = dynamic(() => import("./analysis-panel").then((m) => m.AnalysisPanel), { ssr: false });
const PathPanel = dynamic(() => import("./path-panel").then((m) => m.PathPanel), { ssr: false });
const Timeline = dynamic(() => import("./timeline").then((m) => m.Timeline), { ssr: false });
const DetailsPanel = dynamic(() => import("@/app/_components/graph/details-panel").then((m) => m.DetailsPanel), { ssr: false });
const ListView = dynamic(() => import("@/app/_components/graph/list-view").then((m) => m.ListView), { ssr: false });

export function Explorer({ startView }: { startView?: ViewTexts } = {}) {
  const ex = useExplorer({ startView });
  const t = useTranslations("explore.explorer");
  const { state, data, graph, dispatch } = ex;
  // One function for the page's life, so the memoised tables (ListView) are not re-rendered for a new one.
  const latest = useRef(dispatch);
  useLayoutEffect(() => void (latest.current = dispatch));
  const select = useCallback((id: string | undefined) => latest.current({ type: "select", id }), []);
  return (
    <div className="flex flex-1 flex-col gap-3 p-3" data-testid="explorer" data-ready={ex.ready ? "true" : "false"}>
      <div className="flex flex-wrap items-start gap-4">
        <div className="min-w-64 flex-1">
          {/* One line of title and two of description, always: they arrive with the data, and must not push the
            page down when they do (Lighthouse's layout shift). */}
          <h1 className="truncate text-xl font-semibold" title={ex.title}>
            {ex.title}
          </h1>
          <p className="line-clamp-2 min-h-10 text-sm text-slate-600">{ex.description}</p>
        </div>
        <div className="w-full max-w-md">
          <SearchBox
            onPick={(hit) =>
              dispatch(graph.hasNode(hit.id) ? { type: "focus", id: hit.id } : { type: "startFrom", id: hit.id })
            }
          />
        </div>
      </div>
      <Notices ex={ex} />
      <Toolbar ex={ex} />
      {(ex.ui.draft.open || state.path) && <PathPanel ex={ex} />}
      {/* Every box has its size before its content comes: on a phone the canvas first, the panels below it at a
        fixed height (scrolled inside), so nothing moves as the graph and the panels arrive. */}
      <div className="grid grid-cols-1 grid-rows-[60vh_18rem_18rem] gap-3 md:h-[68vh] md:min-h-[420px] md:grid-cols-[16rem_1fr_21rem] md:grid-rows-1">
        <aside aria-label={t("filtersAndLegend")} className="overflow-auto rounded border border-slate-200 bg-white p-3">
          <AnalysisPanel ex={ex} />
          <FiltersPanel graph={graph} version={data.version} filters={ex.filters} onChange={(filters) => dispatch({ type: "filter", filters })} />
        </aside>
        <ExplorerCanvas ex={ex} onSelect={select} />
        <aside aria-label={t("details")} className="overflow-auto rounded border border-slate-200 bg-white p-3">
          <DetailsPanel
            graph={graph}
            version={data.version}
            selected={state.selected}
            lang={state.lang}
            onAction={dispatch}
            isExpanded={ex.isExpanded}
            connecting={ex.ui.draft.connect}
          />
        </aside>
      </div>
      <Timeline ex={ex} />
      <section aria-label={t("listView")}>
        <ListView
          graph={graph}
          version={data.version}
          hiddenNodes={ex.model.hiddenNodes}
          hiddenEdges={ex.model.hiddenEdges}
          selected={state.selected}
          lang={state.lang}
          onSelect={select}
          analysis={ex.analysis.analysis}
        />
      </section>
      {isEmptyStart(state) && (
        <section id="views" aria-label={t("namedViews")} className="flex flex-col gap-3 py-4">
          <h2 className="text-lg font-semibold">{t("namedViews")}</h2>
          <ViewGallery />
        </section>
      )}
      {ex.ui.help && <HelpOverlay onClose={() => dispatch({ type: "help", open: false })} />}
    </div>
  );
}
