"use client";
/**
 * The accessible mirror of the canvas: a "Nodes" table and a "Relationships" table listing what is visible.
 * Each row's first cell is a button: Enter or a click selects the node (or relationship) on the canvas too.
 * With an analysis, the nodes table is a ranking: degree, PageRank, betweenness and community, sortable.
 */
import { useState } from "react";
import type { Analysis } from "@/lib/graph/analysis";
import type { DataGraph } from "@/lib/graph/data-graph";
import { nameIn, nodeColor } from "@/lib/graph/style";
import type { Lang } from "@/lib/graph/model";

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

export function ListView({ graph, hiddenNodes, hiddenEdges, selected, lang, onSelect, analysis }: ListViewProps) {
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: "name", desc: false });
  const nodes = graph.filterNodes((n) => !hiddenNodes.has(n));
  const name = (id: string) => nameIn(graph.getNodeAttributes(id), lang);
  const value = (id: string, key: SortKey): number | string => {
    if (key === "name") return name(id);
    if (key === "type") return graph.getNodeAttribute(id, "type");
    if (!analysis) return 0;
    if (key === "community") return analysis.community[id] ?? Number.MAX_SAFE_INTEGER;
    return analysis[key][id] ?? -1;
  };
  const byName = (a: string, b: string) => name(a).localeCompare(name(b)) || (a < b ? -1 : 1);
  nodes.sort((a, b) => {
    const va = value(a, sort.key);
    const vb = value(b, sort.key);
    const c = typeof va === "number" && typeof vb === "number" ? va - vb : String(va).localeCompare(String(vb));
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
  const fmt = (v: number | undefined, digits: number) => (v === undefined ? "" : v.toFixed(digits));
  const edges = graph.filterEdges((e, _a, s, t) => !hiddenEdges.has(e) && !hiddenNodes.has(s) && !hiddenNodes.has(t));
  const rowClass = (id: string) => (id === selected ? "bg-indigo-50" : "");
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <div className="max-h-96 overflow-auto rounded border border-slate-200 bg-white">
        <table aria-label="Nodes" className="w-full text-sm" data-testid="nodes-table">
          <caption className="bg-slate-50 px-2 py-1 text-left font-semibold">Nodes ({nodes.length})</caption>
          <thead>
            <tr>
              {header("name", "Name")}
              {header("type", "Type")}
              {analysis && (
                <>
                  {header("degree", "Degree")}
                  {header("pagerank", "PageRank")}
                  {Object.keys(analysis.betweenness).length > 0 && header("betweenness", "Betweenness")}
                  {header("community", "Community")}
                </>
              )}
              <th className={cell}>id</th>
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
                    {a.type}
                  </td>
                  {analysis && (
                    <>
                      <td className={`${cell} tabular-nums`}>{analysis.degree[n]}</td>
                      <td className={`${cell} tabular-nums`}>{fmt(analysis.pagerank[n], 4)}</td>
                      {Object.keys(analysis.betweenness).length > 0 && (
                        <td className={`${cell} tabular-nums`}>{fmt(analysis.betweenness[n], 4)}</td>
                      )}
                      <td className={cell}>
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
        <table aria-label="Relationships" className="w-full text-sm" data-testid="relationships-table">
          <caption className="bg-slate-50 px-2 py-1 text-left font-semibold">Relationships ({edges.length})</caption>
          <thead>
            <tr>
              <th className={cell}>From</th>
              <th className={cell}>Type</th>
              <th className={cell}>To</th>
              <th className={cell}>Date</th>
            </tr>
          </thead>
          <tbody>
            {edges.slice(0, MAX_ROWS).map((e) => {
              const [s, t] = graph.extremities(e);
              const a = graph.getEdgeAttributes(e);
              return (
                <tr key={e} className={rowClass(e)} aria-current={e === selected ? "true" : undefined} data-id={e}>
                  <td className={cell}>{name(s)}</td>
                  <td className={cell}>
                    <button
                      className="font-mono text-xs text-indigo-700 hover:underline"
                      aria-pressed={e === selected}
                      onClick={() => onSelect(e)}
                    >
                      {a.type}
                    </button>
                  </td>
                  <td className={cell}>{name(t)}</td>
                  <td className={cell}>{typeof a.date === "string" ? a.date : ""}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
