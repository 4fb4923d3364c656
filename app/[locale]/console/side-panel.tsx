"use client";
/** Examples for this ecosystem (one click runs them) and the user's own history (kept in this browser). */
import { useLocale, useTranslations } from "next-intl";
import type { ConsoleExample } from "@/lib/cypher/examples";
import { LOCALE_TAGS, type Locale } from "@/lib/i18n/locales";
import { useSay } from "@/lib/i18n/use-say";
import type { HistoryEntry } from "./use-history";

export interface SidePanelProps {
  examples: readonly ConsoleExample[];
  history: HistoryEntry[];
  onPick: (query: string, params?: string) => void;
  onClear: () => void;
}

function firstLine(q: string): string {
  const line = q.trim().split("\n").join(" ");
  return line.length > 90 ? `${line.slice(0, 90)}…` : line;
}

export function SidePanel({ examples, history, onPick, onClear }: SidePanelProps) {
  const t = useTranslations("console");
  const say = useSay();
  const locale = useLocale() as Locale;
  return (
    <aside className="flex min-w-0 flex-col gap-4" aria-label={t("side.label")}>
      <section className="rounded border border-slate-200 bg-white p-3">
        <h2 className="mb-2 text-sm font-semibold">{t("side.examples")}</h2>
        <ul className="flex flex-col gap-1" data-testid="examples">
          {examples.map((e) => (
            <li key={e.title.key}>
              {/* The tooltip is the example's Cypher. */}
              <button
                className="w-full rounded px-2 py-1 text-left text-sm text-indigo-700 hover:bg-indigo-50"
                title={e.query}
                data-i18n-data
                onClick={() => onPick(e.query, e.params ?? "{}")}
              >
                {say(e.title)}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section className="rounded border border-slate-200 bg-white p-3">
        <div className="mb-2 flex items-center justify-between">
          <h2 className="text-sm font-semibold">{t("side.history")}</h2>
          {history.length > 0 && (
            <button className="text-xs text-slate-500 hover:text-slate-900" onClick={onClear}>
              {t("side.clear")}
            </button>
          )}
        </div>
        {history.length === 0 ? (
          <p className="text-xs text-slate-500">{t("side.historyEmpty")}</p>
        ) : (
          <ol className="flex max-h-96 flex-col gap-1 overflow-auto" data-testid="history">
            {history.map((h) => (
              <li key={`${h.at}-${h.query}`}>
                <button
                  className="w-full rounded px-2 py-1 text-left font-mono text-xs hover:bg-slate-100"
                  title={t("side.historyEntry", { query: h.query, params: h.params, when: new Date(h.at).toLocaleString(LOCALE_TAGS[locale]) })}
                  data-i18n-data
                  onClick={() => onPick(h.query, h.params)}
                >
                  {firstLine(h.query)}
                </button>
              </li>
            ))}
          </ol>
        )}
      </section>
    </aside>
  );
}
