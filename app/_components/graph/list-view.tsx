"use client";
/**
 * The accessible mirror of the canvas: a "Nodes" table and a "Relationships" table listing what is visible.
 * Each row's first cell is a button: Enter or a click selects the node (or relationship) on the canvas too.
 */
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
}

const MAX_ROWS = 2000;
const cell = "border-b border-slate-100 px-2 py-1 text-left align-top";

export function ListView({ graph, hiddenNodes, hiddenEdges, selected, lang, onSelect }: ListViewProps) {
  const nodes = graph.filterNodes((n) => !hiddenNodes.has(n));
  const name = (id: string) => nameIn(graph.getNodeAttributes(id), lang);
  nodes.sort((a, b) => name(a).localeCompare(name(b)) || (a < b ? -1 : 1));
  const edges = graph.filterEdges((e, _a, s, t) => !hiddenEdges.has(e) && !hiddenNodes.has(s) && !hiddenNodes.has(t));
  const rowClass = (id: string) => (id === selected ? "bg-indigo-50" : "");
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <div className="max-h-96 overflow-auto rounded border border-slate-200 bg-white">
        <table aria-label="Nodes" className="w-full text-sm" data-testid="nodes-table">
          <caption className="bg-slate-50 px-2 py-1 text-left font-semibold">Nodes ({nodes.length})</caption>
          <thead>
            <tr>
              <th className={cell}>Name</th>
              <th className={cell}>Type</th>
              <th className={cell}>id</th>
            </tr>
          </thead>
          <tbody>
            {nodes.slice(0, MAX_ROWS).map((n) => {
              const a = graph.getNodeAttributes(n);
              return (
                <tr key={n} className={rowClass(n)} aria-current={n === selected ? "true" : undefined} data-id={n}>
                  <td className={cell}>
                    <button className="text-left text-indigo-700 hover:underline" aria-pressed={n === selected} onClick={() => onSelect(n)}>
                      {name(n)}
                    </button>
                  </td>
                  <td className={cell}>
                    <span className="mr-1 inline-block h-2 w-2 rounded-full" style={{ background: nodeColor(a.type) }} aria-hidden />
                    {a.type}
                  </td>
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
                    <button className="font-mono text-xs text-indigo-700 hover:underline" aria-pressed={e === selected} onClick={() => onSelect(e)}>
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
