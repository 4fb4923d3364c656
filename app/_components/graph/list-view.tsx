"use client";
/**
 * The accessible mirror of the canvas: a "Nodes" table and a "Relationships" table listing what is visible.
 * Each row's first cell is a button: Enter or a click selects the node (or relationship) on the canvas too.
 * With an analysis, the nodes table is a ranking: degree, PageRank, betweenness and community, sortable.
 */
import { useLocale, useTranslations } from "next-intl";
import { memo, useState } from "react";
import type { Analysis } from "@/lib/graph/analysis";
import type { DataGraph } from "@/lib/graph/data-graph";
import { nameIn, nodeColor } from "@/lib/graph/style";
import type { Lang } from "@/lib/graph/model";
import { compareText, formatDate, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { useVocabulary } from "@/lib/i18n/vocabulary";

export interface ListViewProps {
  graph: DataGraph;
  version?: number;
  hiddenNodes: ReadonlySet<string>;
  hiddenEdges: ReadonlySet<string>;
  selected?: string;
  lang: Lang;
  onSelect: (id: string) => void;
  /** Who is central and which community (lib/graph/analysis.ts): adds the ranking columns. */
  analysis?: Analysis | null;
}

type SortKey = "name" | "type" | "degree" | "pagerank" | "betweenness" | "community";
const NUMERIC: readonly SortKey[] = ["degree", "pagerank", "betweenness"];

const MAX_ROWS = 2000;
const cell = "border-b border-slate-100 px-2 py-1 text-left align-top";

/**
 * Memoised: the explorer re-renders with every layout progress report (5 a second while it runs), and the tables
 * — every visible node sorted, every relationship — took ~100 ms a time on a phone's CPU (Lighthouse, the overview).
 * Its props are stable while the data, the filters, the selection and the analysis are; `onSelect` must be too.
 */
export const ListView = memo(function ListView({ graph, hiddenNodes, hiddenEdges, selected, lang, onSelect, analysis }: ListViewProps) {
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: "name", desc: false });
  const t = useTranslations("panels");
  const locale = useLocale() as Locale;
  const vocabulary = useVocabulary();
  const collate = compareText(locale);
  /**
   * A relationship type as the table names it: its Cypher name on an English page (as the links' `x=` and the
   * console write it), the vocabulary's word in the other languages (the Cypher name as its tooltip).
   */
  const relName = (type: string) => (locale === "en" ? type : vocabulary.relType(type));
  const nodes = graph.filterNodes((n) => !hiddenNodes.has(n));
  const name = (id: string) => nameIn(graph.getNodeAttributes(id), lang);
  const typeOf = (id: string) => vocabulary.nodeType(graph.getNodeAttribute(id, "type"));
  const value = (id: string, key: SortKey): number | string => {
    if (key === "name") return name(id);
    if (key === "type") return typeOf(id);
    if (!analysis) return 0;
    if (key === "community") return analysis.community[id] ?? Number.MAX_SAFE_INTEGER;
    return analysis[key][id] ?? -1;
  };
  const byName = (a: string, b: string) => collate(name(a), name(b)) || (a < b ? -1 : 1);
  nodes.sort((a, b) => {
    const va = value(a, sort.key);
    const vb = value(b, sort.key);
    const c = typeof va === "number" && typeof vb === "number" ? va - vb : collate(String(va), String(vb));
    return (sort.desc ? -c : c) || byName(a, b);
  });
  const header = (key: SortKey, text: string) => (
    <th className={cell} aria-sort={sort.key === key ? (sort.desc ? "descending" : "ascending") : "none"}>
      <button
        className="font-semibold hover:underline"
        onClick={() => setSort((s) => ({ key, desc: s.key === key ? !s.desc : NUMERIC.includes(key) }))}
      >
        {text}
        {sort.key === key ? (sort.desc ? " ↓" : " ↑") : ""}
      </button>
    </th>
  );
  const community = (id: string) =>
    analysis && id in analysis.community ? analysis.communities[analysis.community[id]] : undefined;
  // Fixed decimals (a column of scores lines up); the three languages write decimals alike.
  const fmt = (v: number | undefined, digits: number) => (v === undefined ? "" : v.toFixed(digits));
  const edges = graph.filterEdges((e, _a, s, t) => !hiddenEdges.has(e) && !hiddenNodes.has(s) && !hiddenNodes.has(t));
  const rowClass = (id: string) => (id === selected ? "bg-indigo-50" : "");
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <div className="max-h-96 overflow-auto rounded border border-slate-200 bg-white">
        <table aria-label={t("list.nodes")} className="w-full text-sm" data-testid="nodes-table">
          <caption className="bg-slate-50 px-2 py-1 text-left font-semibold">{t("list.nodesCaption", { count: formatNumber(nodes.length, locale) })}</caption>
          <thead>
            <tr>
              {header("name", t("list.name"))}
              {header("type", t("list.type"))}
              {analysis && (
                <>
                  {header("degree", t("list.degree"))}
                  {header("pagerank", t("list.pagerank"))}
                  {Object.keys(analysis.betweenness).length > 0 && header("betweenness", t("list.betweenness"))}
                  {header("community", t("list.community"))}
                </>
              )}
              <th className={cell}>{t("list.id")}</th>
            </tr>
          </thead>
          <tbody>
            {nodes.slice(0, MAX_ROWS).map((n) => {
              const a = graph.getNodeAttributes(n);
              return (
                <tr key={n} className={rowClass(n)} aria-current={n === selected ? "true" : undefined} data-id={n}>
                  <td className={cell}>
                    <button
                      className="text-left text-indigo-700 hover:underline"
                      aria-pressed={n === selected}
                      onClick={() => onSelect(n)}
                      data-i18n-data
                    >
                      {name(n)}
                    </button>
                  </td>
                  <td className={cell}>
                    <span
                      className="mr-1 inline-block h-2 w-2 rounded-full"
                      style={{ background: nodeColor(a.type) }}
                      aria-hidden
                    />
                    {vocabulary.nodeType(a.type)}
                  </td>
                  {analysis && (
                    <>
                      <td className={`${cell} tabular-nums`}>{analysis.degree[n] === undefined ? "" : formatNumber(analysis.degree[n], locale)}</td>
                      <td className={`${cell} tabular-nums`}>{fmt(analysis.pagerank[n], 4)}</td>
                      {Object.keys(analysis.betweenness).length > 0 && (
                        <td className={`${cell} tabular-nums`}>{fmt(analysis.betweenness[n], 4)}</td>
                      )}
                      <td className={cell} data-i18n-data>
                        {community(n) && (
                          <>
                            <span
                              className="mr-1 inline-block h-2 w-2 rounded-full"
                              style={{ background: community(n)!.color }}
                              aria-hidden
                            />
                            {name(community(n)!.name)}
                          </>
                        )}
                      </td>
                    </>
                  )}
                  <td className={`${cell} font-mono text-xs text-slate-600`}>{n}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="max-h-96 overflow-auto rounded border border-slate-200 bg-white">
        <table aria-label={t("list.relationships")} className="w-full text-sm" data-testid="relationships-table">
          <caption className="bg-slate-50 px-2 py-1 text-left font-semibold">
            {t("list.relationshipsCaption", { count: formatNumber(edges.length, locale) })}
          </caption>
          <thead>
            <tr>
              <th className={cell}>{t("list.from")}</th>
              <th className={cell}>{t("list.type")}</th>
              <th className={cell}>{t("list.to")}</th>
              <th className={cell}>{t("list.date")}</th>
            </tr>
          </thead>
          <tbody>
            {edges.slice(0, MAX_ROWS).map((e) => {
              const [from, to] = graph.extremities(e);
              const a = graph.getEdgeAttributes(e);
              return (
                <tr key={e} className={rowClass(e)} aria-current={e === selected ? "true" : undefined} data-id={e}>
                  <td className={cell} data-i18n-data>
                    {name(from)}
                  </td>
                  <td className={cell}>
                    <button
                      className={`${locale === "en" ? "font-mono text-xs" : "text-xs"} text-indigo-700 hover:underline`}
                      aria-pressed={e === selected}
                      onClick={() => onSelect(e)}
                      title={locale === "en" ? undefined : a.type}
                    >
                      {relName(a.type)}
                    </button>
                  </td>
                  <td className={cell} data-i18n-data>
                    {name(to)}
                  </td>
                  <td className={cell}>{typeof a.date === "string" ? formatDate(a.date, locale) : ""}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
});
