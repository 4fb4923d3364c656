"use client";
/**
 * The outcome of a run: a summary line (rows, time, a note when the result was cut at the cap) or an error in the
 * user's terms, then the result in three tabs — graph, table, raw JSON. An error is said by its code in the page's
 * language (the errors namespace); an English page shows the server's own message, which names the detail.
 */
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { errorPosition, errorText } from "@/lib/client/api";
import { scopeResult } from "@/lib/cypher/scope";
import type { ConsoleError, ConsoleResult } from "@/lib/cypher/types";
import dynamic from "next/dynamic";
import { datasetOf, type Scope } from "@/lib/graph/filters";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Message } from "@/lib/i18n/message";
import { useSay } from "@/lib/i18n/use-say";
import { ResultGraph, type ResultCanvas } from "./result-graph";
import { ResultTable } from "./result-table";
import { useGraphMode } from "@/lib/client/graph-mode";

/** Loaded on first use of the page, not with it (first-load JavaScript). */
const ExportMenu = dynamic(() => import("@/app/_components/export-menu").then((m) => m.ExportMenu), { ssr: false });

/**
 * A run's outcome: a result (numbered, so each new one resets the tabs), an error, or nothing yet. An error made
 * in the page (not by the server) carries its own `problem`, said in the page's language.
 */
export type Outcome =
  | { kind: "result"; result: ConsoleResult; id: number }
  | { kind: "error"; error: ConsoleError["error"] & { problem?: Message } }
  | null;
type Tab = "graph" | "table" | "json";

/** The codes whose errors have a title of their own (errors.title.<code>); others are titled "Error". */
const TITLED = new Set([
  "refused",
  "syntax_error",
  "timeout",
  "payload_too_large",
  "rate_limited",
  "bad_request",
  "database_unavailable",
  "console_disabled",
  "network",
]);

function ErrorView({ error }: { error: ConsoleError["error"] & { problem?: Message } }) {
  const t = useTranslations("errors");
  const locale = useLocale() as Locale;
  const say = useSay();
  const { code, message } = error;
  const at = errorPosition(error);
  // Another language than English says the code's message; the server's English words stay one click away (but
  // for "no connection", which the page itself wrote).
  const local = !error.problem && locale !== "en";
  return (
    <section
      role="alert"
      data-testid="console-error"
      data-code={code}
      className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900"
    >
      <p className="font-semibold">{TITLED.has(code) ? t(`title.${code}`) : t("titleFallback")}</p>
      <p className="mt-1 whitespace-pre-wrap">
        {error.problem ? say(error.problem) : errorText(error, locale, say)}
        {local && at && ` ${t("position", { line: at.line, column: at.column })}`}
      </p>
      {local && message && code !== "network" && (
        <details className="mt-1 text-xs">
          <summary className="cursor-pointer">{t("detail")}</summary>
          <p className="mt-1 whitespace-pre-wrap" lang="en" data-i18n-data>
            {message}
          </p>
        </details>
      )}
    </section>
  );
}

export function ResultView({ outcome, running }: { outcome: Outcome; running: boolean }) {
  const t = useTranslations("console");
  const graphMode = useGraphMode();
  const say = useSay();
  const locale = useLocale() as Locale;
  const count = (n: number) => formatNumber(n, locale);
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
      <section
        aria-label={t("result.label")}
        className="flex min-h-64 items-center justify-center rounded border border-dashed border-slate-300 text-sm text-slate-500"
      >
        {running ? t("running") : t("result.empty")}
      </section>
    );
  }
  if (outcome.kind === "error") return <ErrorView error={outcome.error} />;

  const scoped = scopeResult(outcome.result, scope);
  const r = scoped.result;
  const s = r.summary;
  const tabs: [Tab, string][] = [
    ["graph", t("result.tabGraph", { nodes: count(r.graph.nodes.length), edges: count(r.graph.edges.length) })],
    ["table", t("result.tabTable", { rows: count(r.rows.length) })],
    ["json", t("result.tabJson")],
  ];
  const dataset = datasetOf(scope, say);
  const exportTitle = t("result.exportTitle");
  return (
    <section
      aria-label={t("result.label")}
      className="flex min-h-[28rem] flex-1 flex-col rounded border border-slate-200 bg-white"
      data-running={running}
    >
      <div className="flex flex-wrap items-center gap-1 border-b border-slate-200 px-2 pt-2">
        {/* The tabs alone in the tablist (its children may only be tabs); the scope, export and summary beside it. */}
        <div role="tablist" aria-label={t("result.label")} className="flex flex-wrap items-center gap-1">
          {tabs.map(([id, label]) => (
            <button
              key={id}
              role="tab"
              aria-selected={tab === id}
              data-testid={`tab-${id}`}
              className={`rounded-t px-3 py-1.5 text-sm ${tab === id ? "border border-b-white border-slate-200 bg-white font-medium" : "text-slate-600 hover:text-slate-900"}`}
              onClick={() => setTab(id)}
            >
              {label}
            </button>
          ))}
        </div>
        {graphMode === "ours" ? (
          <label className="ml-auto flex items-center gap-1 pb-1 text-xs text-slate-600" title={t("scope.title")}>
            {t("scope.label")}
            <select
              className="rounded border border-slate-300 bg-white px-1"
              value={scope}
              onChange={(e) => setScope(e.target.value as Scope)}
              data-testid="console-scope"
            >
              <option value="all">{t("scope.all")}</option>
              <option value="deck">{t("scope.deck")}</option>
            </select>
          </label>
        ) : (
          <span className="ml-auto" />
        )}
        <ExportMenu
          className="pb-1"
          title={exportTitle}
          picture={async (say) => {
            if (!canvas.current) throw new Error(t("result.openGraphTab"));
            const { toSvg, CAPTION_HEIGHT } = await import("@/lib/graph/picture");
            const p = canvas.current.api.picture();
            const svg = toSvg(p, { title: exportTitle, link: window.location.href, dataset, legend: [] }, say);
            return { svg, width: p.width, height: p.height + CAPTION_HEIGHT };
          }}
          build={async () => {
            const { exportGraph } = await import("@/lib/graph/export");
            const sg = canvas.current?.graph;
            const drawn = (id: string) =>
              sg?.hasNode(id)
                ? (({ x, y, size, color }) => ({ x, y, size, color }))(sg.getNodeAttributes(id))
                : undefined;
            return exportGraph(r.graph, { nodes: () => true, edges: () => true }, drawn, {
              title: exportTitle,
              link: window.location.href,
              dataset,
              exported: new Date().toISOString().slice(0, 10),
            });
          }}
        />
        <span className="pb-1 text-xs text-slate-500" data-testid="result-summary">
          {t("result.summary", { rows: s.rows, ms: String(s.ms) })}
          {running ? t("result.stillRunning") : ""}
        </span>
      </div>
      {(scoped.hiddenRows > 0 || scoped.hiddenNodes > 0) && (
        <p
          role="status"
          data-testid="scope-note"
          className="border-b border-slate-200 bg-slate-50 px-3 py-1.5 text-sm text-slate-700"
        >
          {t("result.scopeNote", { rows: scoped.hiddenRows, nodes: scoped.hiddenNodes })}
        </p>
      )}
      {s.truncated && (
        <p
          role="status"
          data-testid="truncated"
          className="border-b border-amber-200 bg-amber-50 px-3 py-1.5 text-sm text-amber-900"
        >
          {t("result.truncated", { rows: count(s.rows), max: count(s.maxRows) })}
        </p>
      )}
      <div className="relative min-h-0 flex-1">
        {tab === "graph" && (
          <ResultGraph graph={r.graph} resultId={outcome.id} onCanvas={(c) => (canvas.current = c)} />
        )}
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
