"use client";
/** The legend doubles as the node-type filter; relationship types and a date range below it. Filters hide, never drop. */
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { isPartialDate } from "@/lib/patterns";
import type { DataGraph } from "@/lib/graph/data-graph";
import { nodeColor } from "@/lib/graph/style";
import type { Filters } from "@/lib/graph/filters";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { useVocabulary } from "@/lib/i18n/vocabulary";

function countBy(items: string[]): [string, number][] {
  const m = new Map<string, number>();
  for (const i of items) m.set(i, (m.get(i) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

export function FiltersPanel({
  graph,
  filters,
  onChange,
}: {
  graph: DataGraph;
  version: number;
  filters: Filters;
  onChange: (f: Filters) => void;
}) {
  const t = useTranslations("explore.filters");
  const locale = useLocale() as Locale;
  const { nodeType, relFilter } = useVocabulary();
  const nodeTypes = countBy(graph.mapNodes((_n, a) => a.type));
  // Filtered-out types stay listed (so they can be turned back on) even when no node has them any more.
  for (const t of filters.hiddenNodeTypes) if (!nodeTypes.some(([x]) => x === t)) nodeTypes.push([t, 0]);
  const relTypes = countBy(graph.mapEdges((_e, a) => a.type));
  // A kind of a type hidden by a link (`r=USES.integrates`, an old link's INTEGRATES) is listed on its own.
  for (const t of filters.hiddenRelTypes) {
    if (relTypes.some(([x]) => x === t)) continue;
    const [base, kind] = t.split(".");
    relTypes.push([t, kind ? graph.filterEdges((_e, a) => a.type === base && a.kind === kind).length : 0]);
  }
  const toggle = (list: readonly string[], x: string) => (list.includes(x) ? list.filter((y) => y !== x) : [...list, x].sort());

  return (
    <div className="flex flex-col gap-4 text-sm">
      <fieldset>
        <legend className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">{t("nodeTypes")}</legend>
        <ul data-testid="legend">
          {nodeTypes.map(([type, n]) => (
            <li key={type}>
              <label className="flex cursor-pointer items-center gap-2 py-1">
                <input
                  type="checkbox"
                  checked={!filters.hiddenNodeTypes.includes(type)}
                  onChange={() => onChange({ ...filters, hiddenNodeTypes: toggle(filters.hiddenNodeTypes, type) })}
                />
                <span className="inline-block h-3 w-3 shrink-0 rounded-full" style={{ background: nodeColor(type) }} aria-hidden />
                <span className="flex-1">{nodeType(type)}</span>
                <span className="text-xs text-slate-500">{formatNumber(n, locale)}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">{t("relTypes")}</legend>
        <ul>
          {relTypes.map(([type, n]) => (
            <li key={type}>
              <label className="flex cursor-pointer items-center gap-2 py-1" title={type}>
                <input
                  type="checkbox"
                  checked={!filters.hiddenRelTypes.includes(type)}
                  onChange={() => onChange({ ...filters, hiddenRelTypes: toggle(filters.hiddenRelTypes, type) })}
                />
                <span className="flex-1 text-xs">{relFilter(type)}</span>
                <span className="text-xs text-slate-500">{formatNumber(n, locale)}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <DateRange filters={filters} onChange={onChange} />
    </div>
  );
}

function DateRange({ filters, onChange }: { filters: Filters; onChange: (f: Filters) => void }) {
  const t = useTranslations("explore.filters");
  const [from, setFrom] = useState(filters.dateFrom ?? "");
  const [to, setTo] = useState(filters.dateTo ?? "");
  useEffect(() => {
    setFrom(filters.dateFrom ?? "");
    setTo(filters.dateTo ?? "");
  }, [filters.dateFrom, filters.dateTo]);
  const bad = (v: string) => v !== "" && !isPartialDate(v);
  const apply = () => {
    if (bad(from) || bad(to)) return;
    let [f, e] = [from || undefined, to || undefined];
    if (f && e && f > e) [f, e] = [e, f];
    if (f !== filters.dateFrom || e !== filters.dateTo) onChange({ ...filters, dateFrom: f, dateTo: e });
  };
  const input = (label: string, v: string, set: (s: string) => void) => (
    <label className="flex flex-col gap-0.5 text-xs">
      {label}
      <input
        value={v}
        onChange={(e) => set(e.target.value.trim())}
        onBlur={apply}
        onKeyDown={(e) => e.key === "Enter" && apply()}
        placeholder="YYYY-MM-DD"
        aria-invalid={bad(v)}
        className={`w-24 rounded border px-1.5 py-0.5 font-mono ${bad(v) ? "border-red-500" : "border-slate-300"}`}
      />
    </label>
  );
  return (
    <fieldset>
      <legend className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">{t("dates")}</legend>
      <p className="mb-1 text-xs text-slate-500">{t("datesHint")}</p>
      <div className="flex gap-2">
        {input(t("from"), from, setFrom)}
        {input(t("to"), to, setTo)}
      </div>
      {(bad(from) || bad(to)) && <p className="mt-1 text-xs text-red-700">{t("badDate")}</p>}
      {(filters.dateFrom || filters.dateTo) && (
        <button className="mt-1 text-xs text-indigo-700 hover:underline" onClick={() => onChange({ ...filters, dateFrom: undefined, dateTo: undefined })}>
          {t("clearDates")}
        </button>
      )}
    </fieldset>
  );
}
