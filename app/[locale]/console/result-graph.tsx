"use client";
/**
 * The graph tab: the explorer's own canvas and (read-only) details panel over the result's nodes and
 * relationships. One data graph per console, refilled in place for each result (graph.clear + merge), so sigma is
 * never re-mounted between queries. Names are in the page's language (the console has no label-language switch).
 */
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { DetailsPanel } from "@/app/_components/graph/details-panel";
import { GraphCanvas, type CanvasApi } from "@/app/_components/graph/graph-canvas";
import type { SigmaGraph } from "@/lib/graph/sigma-graph";
import { useCanvasModel } from "@/app/_components/graph/use-canvas-model";
import type { SerializedGraph } from "@/lib/graph/model";
import { mergeInto, newDataGraph, type DataGraph } from "@/lib/graph/data-graph";
import type { Filters } from "@/lib/graph/filters";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

const NO_FILTERS: Filters = { hiddenNodeTypes: [], hiddenRelTypes: [] };
const NO_PINS: never[] = [];

/** What the result's canvas offers the exports: its picture, and the positions it drew. */
export interface ResultCanvas {
  api: CanvasApi;
  graph: SigmaGraph;
}

export function ResultGraph({
  graph: serialized,
  resultId,
  onCanvas,
}: {
  graph: SerializedGraph;
  resultId: number;
  onCanvas?: (c: ResultCanvas | null) => void;
}) {
  const t = useTranslations("console");
  const locale = useLocale() as Locale;
  const [data] = useState<DataGraph>(() => newDataGraph());
  const [version, setVersion] = useState(0);
  const [selected, setSelected] = useState<string>();

  useEffect(() => {
    data.clear();
    mergeInto(data, serialized);
    setSelected(undefined);
    setVersion((v) => v + 1);
  }, [data, serialized, resultId]);

  const model = useCanvasModel(data, version, locale, NO_PINS, NO_FILTERS);
  const empty = serialized.nodes.length === 0;

  return (
    <div className="grid h-full grid-cols-1 md:grid-cols-[1fr_20rem]">
      <section aria-label={t("graph.label")} className="relative min-h-[320px] overflow-hidden">
        <GraphCanvas
          {...model}
          selected={selected}
          onSelect={setSelected}
          onReady={(api) => onCanvas?.(api ? { api, graph: model.graph } : null)}
          label={t("graph.canvasLabel", { nodes: formatNumber(serialized.nodes.length, locale), edges: formatNumber(serialized.edges.length, locale) })}
        />
        {empty && (
          <p className="absolute inset-0 flex items-center justify-center p-6 text-center text-sm text-slate-500">
            {t.rich("graph.noNodes", { code: (chunks) => <code className="mx-1">{chunks}</code> })}
          </p>
        )}
      </section>
      <aside aria-label={t("graph.details")} className="overflow-auto border-l border-slate-200 p-3">
        <DetailsPanel graph={data} version={version} selected={selected} lang={locale} fetchCounts={false} readOnly onAction={(a) => a.type === "focus" && setSelected(a.id)} />
      </aside>
    </div>
  );
}
