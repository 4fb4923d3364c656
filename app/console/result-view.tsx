"use client";
/**
 * The outcome of a run: a summary line (rows, time, a note when the result was cut at the cap) or an error in the
 * user's terms, then the result in three tabs — graph, table, raw JSON.
 */
import { useEffect, useRef, useState } from "react";
import { scopeResult } from "@/lib/cypher/scope";
import type { ConsoleError, ConsoleResult } from "@/lib/cypher/types";
import dynamic from "next/dynamic";
import { datasetOf, type Scope } from "@/lib/graph/filters";
import { ResultGraph, type ResultCanvas } from "./result-graph";
import { ResultTable } from "./result-table";

/** Loaded on first use of the page, not with it (first-load JavaScript). */
const ExportMenu = dynamic(() => import("@/app/_components/export-menu").then((m) => m.ExportMenu), { ssr: false });

/** A run's outcome: a result (numbered, so each new one resets the tabs), an error, or nothing yet. */
export type Outcome = { kind: "result"; result: ConsoleResult; id: number } | { kind: "error"; error: ConsoleError["error"] } | null;
type Tab = "graph" | "table" | "json";

const ERROR_TITLES: Record<string, string> = {
  refused: "Refused",
  syntax_error: "Syntax error",
  timeout: "Timed out",
  payload_too_large: "Too large",
  rate_limited: "Too many queries",
  bad_request: "The query failed",
  database_unavailable: "Database unavailable",
  console_disabled: "Console switched off",
  network: "No connection",
};

export function ResultView({ outcome, running }: { outcome: Outcome; running: boolean }) {
  const result = outcome?.kind === "result" ? outcome.result : null;
  const [tab, setTab] = useState<Tab>("table");
  const [scope, setScope] = useState<Scope>("all");
  const canvas = useRef<ResultCanvas | null>(null);
  const resultId = outcome?.kind === "result" ? outcome.id : 0;

  // Each new result opens on the graph when it has nodes, else on the table.
  useEffect(() => {
    if (result) setTab(result.graph.nodes.length > 0 ? "graph" : "table");
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [resultId]);

  if (!outcome) {
    return (
      <section aria-label="Result" className="flex min-h-64 items-center justify-center rounded border border-dashed border-slate-300 text-sm text-slate-500">
        {running ? "Running…" : "Write a query and run it, or pick an example."}
      </section>
    );
  }
  if (outcome.kind === "error") {
    const { code, message } = outcome.error;
    return (
      <section role="alert" data-testid="console-error" data-code={code} className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
        <p className="font-semibold">{ERROR_TITLES[code] ?? "Error"}</p>
        <p className="mt-1 whitespace-pre-wrap">{message}</p>
      </section>
    );
  }

  const scoped = scopeResult(outcome.result, scope);
  const r = scoped.result;
  const s = r.summary;
  const tabs: [Tab, string][] = [
    ["graph", `Graph (${r.graph.nodes.length} nodes, ${r.graph.edges.length} relationships)`],
    ["table", `Table (${r.rows.length} rows)`],
    ["json", "JSON"],
  ];
  return (
    <section aria-label="Result" className="flex min-h-[28rem] flex-1 flex-col rounded border border-slate-200 bg-white" data-running={running}>
      <div className="flex flex-wrap items-center gap-1 border-b border-slate-200 px-2 pt-2" role="tablist">
        {tabs.map(([t, label]) => (
          <button
            key={t}
            role="tab"
            aria-selected={tab === t}
            data-testid={`tab-${t}`}
            className={`rounded-t px-3 py-1.5 text-sm ${tab === t ? "border border-b-white border-slate-200 bg-white font-medium" : "text-slate-600 hover:text-slate-900"}`}
            onClick={() => setTab(t)}
          >
            {label}
          </button>
        ))}
        <label className="ml-auto flex items-center gap-1 pb-1 text-xs text-slate-600" title="The deck is the July 2023 briefing; since 2023 is a separate set from public sources">
          Data
          <select className="rounded border border-slate-300 bg-white px-1" value={scope} onChange={(e) => setScope(e.target.value as Scope)} data-testid="console-scope">
            <option value="all">the deck + since 2023</option>
            <option value="deck">the deck (July 2023)</option>
          </select>
        </label>
        <ExportMenu
          className="pb-1"
          title="Console result"
          picture={async () => {
            if (!canvas.current) throw new Error("open the Graph tab to export its picture");
            const { toSvg, CAPTION_HEIGHT } = await import("@/lib/graph/picture");
            const p = canvas.current.api.picture();
            const svg = toSvg(p, { title: "Console result", link: window.location.href, dataset: datasetOf(scope), legend: [] });
            return { svg, width: p.width, height: p.height + CAPTION_HEIGHT };
          }}
          build={async () => {
            const { exportGraph } = await import("@/lib/graph/export");
            const sg = canvas.current?.graph;
            const drawn = (id: string) => (sg?.hasNode(id) ? (({ x, y, size, color }) => ({ x, y, size, color }))(sg.getNodeAttributes(id)) : undefined);
            return exportGraph(r.graph, { nodes: () => true, edges: () => true }, drawn, {
              title: "Console result",
              link: window.location.href,
              dataset: datasetOf(scope),
              exported: new Date().toISOString().slice(0, 10),
            });
          }}
        />
        <span className="pb-1 text-xs text-slate-500" data-testid="result-summary">
          {s.rows.toLocaleString("en")} {s.rows === 1 ? "row" : "rows"} in {s.ms} ms{running ? " · running…" : ""}
        </span>
      </div>
      {(scoped.hiddenRows > 0 || scoped.hiddenNodes > 0) && (
        <p role="status" data-testid="scope-note" className="border-b border-slate-200 bg-slate-50 px-3 py-1.5 text-sm text-slate-700">
          Showing the deck only: {scoped.hiddenRows} {scoped.hiddenRows === 1 ? "row" : "rows"} and {scoped.hiddenNodes}{" "}
          {scoped.hiddenNodes === 1 ? "node" : "nodes"} from since 2023 are left out.
        </p>
      )}
      {s.truncated && (
        <p role="status" data-testid="truncated" className="border-b border-amber-200 bg-amber-50 px-3 py-1.5 text-sm text-amber-900">
          Only the first {s.rows.toLocaleString("en")} rows are shown: the result was cut at the console&apos;s cap of{" "}
          {s.maxRows.toLocaleString("en")} rows. Add a LIMIT, or aggregate, to see what you need.
        </p>
      )}
      <div className="relative min-h-0 flex-1">
        {tab === "graph" && <ResultGraph graph={r.graph} resultId={outcome.id} onCanvas={(c) => (canvas.current = c)} />}
        {tab === "table" && <ResultTable key={outcome.id} columns={r.columns} rows={r.rows} />}
        {tab === "json" && (
          <pre className="h-full max-h-[60vh] overflow-auto p-3 font-mono text-xs" data-testid="result-json">
            {JSON.stringify(r, null, 2).slice(0, 2_000_000)}
          </pre>
        )}
      </div>
    </section>
  );
}
