"use client";
/**
 * The Cypher console: editor + parameters, run (Ctrl/Cmd+Enter), results in three tabs (graph, table, raw JSON),
 * examples and the browser-kept history. The query and its parameters live in the URL (`?q=…&p=…`): opening such
 * a link fills the editor and runs it — through the same guarded endpoint as any other query.
 */
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { formatNumber } from "@/lib/i18n/format";
import { msg } from "@/lib/i18n/message";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { api, ApiError, networkError } from "@/lib/client/api";
import type { ConsoleExample } from "@/lib/cypher/examples";
import { consoleHref, exploreLinkFor, isEmptyParams } from "@/lib/cypher/console-url";
import type { ConsoleSchema } from "@/lib/cypher/schema";
import { CypherInput } from "./cypher-input";
import { ResultView, type Outcome } from "./result-view";
import { SidePanel } from "./side-panel";
import { useHistory } from "./use-history";

export interface ConsoleAppProps {
  initialQuery: string;
  initialParams: string;
  schema: ConsoleSchema;
  examples: readonly ConsoleExample[];
  limits: { maxRows: number; timeoutMs: number };
}


const base = "rounded border px-3 py-1.5 text-sm disabled:opacity-40";
const btn = `${base} border-slate-300 bg-white hover:bg-slate-100`;
const primary = `${base} border-indigo-600 bg-indigo-600 text-white hover:bg-indigo-700`;

/** Parameter names in the parameters text, for autocompletion of `$name`. */
function paramNames(text: string): string[] {
  try {
    const v = JSON.parse(text) as unknown;
    return v && typeof v === "object" && !Array.isArray(v) ? Object.keys(v) : [];
  } catch {
    return [];
  }
}

export function ConsoleApp({ initialQuery, initialParams, schema, examples, limits }: ConsoleAppProps) {
  const locale = useLocale() as Locale;
  const t = useTranslations("console");
  const [query, setQuery] = useState(initialQuery);
  const [paramsText, setParamsText] = useState(initialParams || "{}");
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [running, setRunning] = useState(false);
  const [copied, setCopied] = useState(false);
  const history = useHistory();
  const addHistory = history.add;
  const abort = useRef<AbortController | null>(null);
  const counter = useRef(0);
  const latest = useRef({ query, paramsText });
  latest.current = { query, paramsText };

  const run = useCallback(
    async (q = latest.current.query, p = latest.current.paramsText) => {
      if (!q.trim()) return;
      let params: unknown = {};
      if (!isEmptyParams(p)) {
        try {
          params = JSON.parse(p);
        } catch (e) {
          const problem = msg("console.paramsNotJson", { detail: (e as Error).message });
          setOutcome({ kind: "error", error: { code: "bad_request", message: t("paramsNotJson", problem.values), problem } });
          return;
        }
      }
      const href = consoleHref(q, p, locale);
      if (href) window.history.replaceState(window.history.state, "", href);
      addHistory(q, p);
      abort.current?.abort();
      const ctrl = new AbortController();
      abort.current = ctrl;
      setRunning(true);
      try {
        setOutcome({ kind: "result", result: await api.cypher(q, params, ctrl.signal), id: ++counter.current });
      } catch (e) {
        if ((e as Error).name === "AbortError") return;
        const err = e instanceof ApiError ? e : networkError();
        setOutcome({ kind: "error", error: { code: err.code, message: err.message, ...err.where } });
      } finally {
        if (abort.current === ctrl) setRunning(false);
      }
    },
    [addHistory, locale, t],
  );

  // A link with ?q= runs once on arrival (React's strict mode mounts twice in development: the ref keeps it once).
  const ran = useRef(false);
  useEffect(() => {
    if (ran.current || !initialQuery.trim()) return;
    ran.current = true;
    void run(initialQuery, initialParams || "{}");
  }, [initialQuery, initialParams, run]);

  const names = useMemo(() => paramNames(paramsText), [paramsText]);
  const result = outcome?.kind === "result" ? outcome.result : null;
  const explore = useMemo(() => (result ? exploreLinkFor(result.graph.nodes.map((n) => n.key), locale) : null), [result, locale]);
  const share = consoleHref(query, paramsText, locale);

  async function copyLink() {
    if (!share) return;
    const url = new URL(share, window.location.origin).toString();
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      window.prompt(t("copyPrompt"), url);
    }
  }

  function load(q: string, p = "{}", runNow = true) {
    setQuery(q);
    setParamsText(p);
    if (runNow) void run(q, p);
  }

  return (
    <div className="grid flex-1 grid-cols-1 gap-3 p-3 lg:grid-cols-[1fr_18rem]">
      <div className="flex min-w-0 flex-col gap-3">
        <section aria-label={t("query")} className="flex flex-col gap-2">
          <div className="flex flex-wrap items-center gap-2">
            <h1 className="mr-auto text-lg font-semibold">{t("title")}</h1>
            <button className={`${primary} whitespace-nowrap`} onClick={() => void run()} disabled={running || !query.trim()}>
              {running ? t("running") : t("run")} <kbd className="ml-1 text-xs opacity-80">Ctrl+Enter</kbd>
            </button>
            <button className={btn} onClick={() => void copyLink()} disabled={!share || !query.trim()} title={share ? undefined : t("tooLong")}>
              {copied ? t("copied") : t("copyLink")}
            </button>
            {explore && explore.count > 0 ? (
              <Link className={btn} href={explore.href} data-testid="open-in-explorer">
                {t("openInExplorerCount", { count: formatNumber(explore.count, locale) })}
              </Link>
            ) : (
              <button className={btn} disabled title={t("runFirst")}>
                {t("openInExplorer")}
              </button>
            )}
          </div>
          <CypherInput value={query} onChange={setQuery} onRun={() => void run()} schema={schema} parameterNames={names} />
          <details className="rounded border border-slate-200 bg-white" open={!isEmptyParams(paramsText)}>
            <summary className="cursor-pointer px-3 py-1.5 text-sm text-slate-700">
              {names.length ? t("paramsNamed", { names: names.map((n) => `$${n}`).join(", ") }) : t("params")}
            </summary>
            <textarea
              aria-label={t("params")}
              data-testid="params-editor"
              className="block h-24 w-full resize-y border-t border-slate-200 p-2 font-mono text-sm outline-none"
              spellCheck={false}
              value={paramsText}
              onChange={(e) => setParamsText(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
                  e.preventDefault();
                  void run();
                }
              }}
            />
          </details>
          <p className="text-xs text-slate-500">
            {t("limits", { seconds: String(limits.timeoutMs / 1000), rows: formatNumber(limits.maxRows, locale) })}
          </p>
        </section>
        <ResultView outcome={outcome} running={running} />
      </div>
      <SidePanel examples={examples} history={history.entries} onClear={history.clear} onPick={load} />
    </div>
  );
}
